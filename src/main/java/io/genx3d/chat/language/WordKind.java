package io.genx3d.chat.language;

import java.util.Optional;

/** The kinds of word the chat knows, each with the table it is read from (null: given by the object library). */
public enum WordKind {
    INTENT("intents"),
    SHAPE("shapes"),
    OBJECT(null),
    PIECE("pieces"),
    COLOUR(null),
    MATERIAL("materials"),
    SIZE("sizes"),
    FILLER("fillers"),
    RELATION("relations"),
    DIRECTION("directions"),
    POSITION("positions"),
    LAYOUT("layouts"),
    NUMBER("numbers"),
    ORDINAL("ordinals"),
    REFERENT("referents"),
    UNIT("units"),
    DETERMINER("determiners"),
    CONNECTIVE("connectives"),
    COMPARATIVE("comparatives"),
    /** An everyday word that instructs nothing by itself but is never to be corrected into a word that does. */
    PLAIN("plain");

    private final String table;

    WordKind(String table) {
        this.table = table;
    }

    /** The vocabulary file this kind is read from, if it has one. */
    Optional<String> table() {
        return Optional.ofNullable(table);
    }
}
