/**
 * Decides whether a request body is acceptable: size limits and strict reading of JSON fields.
 */
package io.genx3d.validation;
