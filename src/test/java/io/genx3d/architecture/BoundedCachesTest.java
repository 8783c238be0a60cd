package io.genx3d.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every in-memory cache is built by {@code caches.Caches}: bounded by its setting, evicting a few entries at a time,
 * with its size and hit rate in {@code /metrics}. So no class empties a collection because it is full (the cliff at
 * which every key missed at once and all their lookups reached the database together), and no class builds a
 * Caffeine cache of its own, with a bound, a thread pool or metrics of its own. The first check reads the source
 * for the shape that rule was broken in ({@code if (x.size() >= MAX) x.clear()}); it cannot see every other way.
 */
class BoundedCachesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/genx3d");
    private static final Path THE_FACTORY = SOURCES.resolve("caches/Caches.java");

    private static final Pattern EMPTIED_WHEN_FULL = Pattern.compile(
            "if\\s*\\(\\s*([\\w.]+)\\.(?:size|estimatedSize)\\(\\)\\s*>=?[^{;]*\\)\\s*\\{?\\s*\\1\\.(?:clear|invalidateAll)\\(\\)");

    private static final Pattern BUILDS_A_CACHE = Pattern.compile("\\bCaffeine\\s*\\.\\s*newBuilder\\s*\\(");

    @Test
    void noCollectionIsEmptiedBecauseItIsFull() throws IOException {
        assertEquals(List.of(), filesMatching(EMPTIED_WHEN_FULL));
    }

    @Test
    void onlyCachesBuildsACache() throws IOException {
        assertEquals(List.of(THE_FACTORY.toString()), filesMatching(BUILDS_A_CACHE));
    }

    private static List<String> filesMatching(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                if (matcher.find()) {
                    found.add(file.toString());
                }
            }
        }
        return found;
    }
}
