/**
 * The 3D models: parts, colours, storage and the models resource with its exports.
 */
package io.genx3d.models;
