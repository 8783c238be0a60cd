package io.genx3d.mail;

/** A plain-text message to one person. */
public record Mail(String to, String subject, String text) {}
