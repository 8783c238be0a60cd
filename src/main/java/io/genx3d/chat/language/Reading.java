package io.genx3d.chat.language;

/** One thing a word can mean: its kind and, within the kind, what it stands for ("ball" is a SHAPE meaning sphere). */
public record Reading(WordKind kind, String meaning) {}
