package io.genx3d.chat.objects;

/**
 * The object file has a line that cannot be read: thrown while the library loads, naming the file and the line, so a
 * mistake in a new object stops the build's tests (and the server's start) instead of building something wrong.
 */
public final class MalformedObjectFile extends IllegalArgumentException {

    private final int line;

    MalformedObjectFile(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.line = line;
    }

    /** The line the problem is on, counting from 1. */
    public int line() {
        return line;
    }
}
