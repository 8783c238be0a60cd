package io.genx3d.chat;

/** One change a message made, e.g. {@code {"type":"add_part","part":"cube 1"}}. */
public record ChatAction(String type, String part) {}
