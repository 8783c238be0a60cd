package io.genx3d.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies flow one way: from the domain at the top down to the ground floor. Each feature package has a
 * floor; a class may use its own floor or below, never above. Every use counts, read from the compiled classes by
 * ArchUnit: imports, fully qualified names in code, annotations, signatures, method calls. Read the floors as the architecture:
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
            Set.of("monitoring", "accounts", "organizations"),
            Set.of("keys"),
            Set.of("usage", "sessions", "requestlogs"),
            Set.of("models", "verification", "audit", "invitations", "leaks", "reminders", "notices", "chat.scene"),
            Set.of(
                    "chat",
                    "chat.objects",
                    "users",
                    "profile",
                    "dashboard",
                    "health",
                    "openapi",
                    "organizations.resources",
                    ""));

    /** Uses allowed to go up ("from.Class -> to.Class"), each with its reason. None today; at most two tolerated. */
    private static final Map<String, String> JUSTIFIED = Map.of();

    private static final String ROOT = "io.genx3d";
    private static final Path SOURCES = Path.of("src/main/java/io/genx3d");

    @Test
    void usesNeverGoUpAFloor() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        Set<String> upward = new TreeSet<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = feature(origin);
            for (Dependency use : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = use.getTargetClass().getBaseComponentType();
                if (!isOurs(target) || target.getPackageName().equals(origin.getPackageName())) {
                    continue;
                }
                String to = feature(target);
                String edge = from + "." + topLevel(origin) + " -> " + to + "." + topLevel(target);
                checked.merge(from, 1, Integer::sum);
                if (floor(to) > floor(from) && !JUSTIFIED.containsKey(edge)) {
                    upward.add(edge + " (" + use.getDescription() + ")");
                }
            }
        }
        System.out.printf(
                "PackageLayersTest: %d uses between genx3D packages in %d classes checked; %d go up a floor "
                        + "(%d justified)%n",
                checked.values().stream().mapToInt(Integer::intValue).sum(),
                classes.size(),
                upward.size(),
                JUSTIFIED.size());
        assertTrue(classes.size() > 300, "the application's classes were found (" + classes.size() + ")");
        assertTrue(JUSTIFIED.size() <= 2, "at most two justified upward uses");
        assertEquals(Set.of(), upward);
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

    private static boolean isOurs(JavaClass type) {
        return type.getPackageName().equals(ROOT) || type.getPackageName().startsWith(ROOT + ".");
    }

    /** The feature a class belongs to: its package below the root, e.g. {@code keys} or {@code chat.language}. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        return name.equals(ROOT) ? "" : name.substring(ROOT.length() + 1);
    }

    private static String topLevel(JavaClass type) {
        String simple = type.getName().substring(type.getPackageName().length() + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file.getParent());
        return relative.toString().replace('/', '.');
    }
}
