/**
 * The library of everyday objects the chat builds from primitives ("a table", "a traffic light"): read once from the
 * data file {@code chat/objects.txt} on the classpath, checked strictly as it is read, and asked which object a word
 * names and which pieces make it. Knows nothing of messages or scenes; the chat package reads it.
 */
package io.genx3d.chat.objects;
