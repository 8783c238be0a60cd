package io.genx3d.chat.language;

/**
 * A kind of thing a sentence names: one of the eight shapes ({@code shape} set, e.g. "sphere" for "ball") or an object
 * of the library ({@code object} set, e.g. "sofa" for "couch"). {@code word} is what the person called it, which is
 * also what the new thing is called in the model ("couch 1").
 */
public record Thing(String shape, String object, String word) {

    public static Thing shape(String shape, String word) {
        return new Thing(shape, null, word);
    }

    public static Thing object(String object, String word) {
        return new Thing(null, object, word);
    }

    public boolean isShape() {
        return shape != null;
    }
}
