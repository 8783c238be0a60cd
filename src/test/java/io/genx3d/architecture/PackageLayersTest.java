package io.genx3d.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Package imports flow one way: from the domain at the top down to the ground floor. Each feature package has a
 * floor; a class may import from its own floor or below, never from above. Read the floors as the architecture:
 * the caller model at the bottom, authentication on it, accounts and keys on that, usage and sessions on keys,
 * the 3D domain on top. A new package must be given a floor here, and an import that goes up is either removed or
 * listed in {@link #JUSTIFIED} with the reason.
 */
class PackageLayersTest {

    /** Floors, ground first; "" is the root package (the JAX-RS application). */
    private static final List<Set<String>> FLOORS = List.of(
            Set.of("json", "errors", "tokens", "network", "caches", "ratelimit.quota"),
            Set.of("validation", "storage", "export", "mail", "chat.language", "monitoring.otlp"),
            Set.of("caller"),
            Set.of("ratelimit"),
            Set.of("auth"),
            Set.of("monitoring", "accounts"),
            Set.of("keys"),
            Set.of("usage", "sessions"),
            Set.of("models", "verification", "audit", "leaks", "reminders", "chat.scene"),
            Set.of("chat", "chat.objects", "users", "dashboard", "health", "openapi", ""));

    /** Imports allowed to go up, each with its reason. None today; at most two are tolerated. */
    private static final Map<String, String> JUSTIFIED = Map.of();

    private static final Path SOURCES = Path.of("src/main/java/io/genx3d");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?io\\.genx3d\\.(?:([a-z]+)\\.)?([A-Z]\\w*)", Pattern.MULTILINE);

    @Test
    void importsNeverGoUpAFloor() throws IOException {
        List<String> upward = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (Path file : javaFiles()) {
            String from = packageOf(file);
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String to = imports.group(1) == null ? "" : imports.group(1);
                String edge = from + "." + fileName(file) + " -> " + to + "." + imports.group(2);
                checked.merge(from, 1, Integer::sum);
                if (floor(to) > floor(from) && !JUSTIFIED.containsKey(edge)) {
                    upward.add(edge);
                }
            }
        }
        System.out.printf(
                "PackageLayersTest: %d imports between genx3D packages checked; %d go up a floor " + "(%d justified)%n",
                checked.values().stream().mapToInt(Integer::intValue).sum(), upward.size(), JUSTIFIED.size());
        assertTrue(JUSTIFIED.size() <= 2, "at most two justified upward imports");
        assertEquals(List.of(), upward);
    }

    @Test
    void everyPackageHasAFloorAndSaysWhatItDecides() throws IOException {
        for (Path file : javaFiles()) {
            floor(packageOf(file));
            Path packageInfo = file.resolveSibling("package-info.java");
            assertTrue(Files.exists(packageInfo), "no package-info.java beside " + file);
        }
    }

    private static int floor(String feature) {
        for (int i = 0; i < FLOORS.size(); i++) {
            if (FLOORS.get(i).contains(feature)) {
                return i;
            }
        }
        throw new AssertionError("package io.genx3d." + feature + " has no floor in PackageLayersTest.FLOORS");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file.getParent());
        return relative.toString().replace('/', '.');
    }

    private static String fileName(Path file) {
        return file.getFileName().toString().replace(".java", "");
    }
}
