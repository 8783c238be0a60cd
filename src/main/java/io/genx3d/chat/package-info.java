/**
 * The chat that builds and edits models from messages ("Create a cube").
 */
package io.genx3d.chat;
