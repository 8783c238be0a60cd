/**
 * Carries out typed chat commands on a model: a pure {@code apply(command, context)} that returns the changed parts,
 * the reply and what the conversation is about next. It reads no English; it knows things in the model by their
 * parts' names ("chair 2 leg 1" is a piece of chair 2) and places, sizes and paints them.
 */
package io.genx3d.chat.scene;
