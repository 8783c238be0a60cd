package io.genx3d.support;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every JAX-RS operation the server has, found by reflection over the compiled classes (not a hand-kept list),
 * as {@code "GET /api/v1/models/{modelId}"}. Tests that must cover every endpoint compare against this.
 */
public final class ResourceMethods {

    private static final String API_ROOT = "/api/v1";

    private ResourceMethods() {}

    public record Operation(Class<?> resource, Method method, String verb, String path) {
        public String key() {
            return verb + " " + path;
        }
    }

    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = API_ROOT + "/" + strip(classPath) + (sub == null ? "" : "/" + strip(sub.value()));
                operations.add(new Operation(resource, method, verb, path));
            }
        }
        return operations;
    }

    /** "/keys" and "keys" are the same path to JAX-RS. */
    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static List<Class<?>> resourceClasses() {
        java.nio.file.Path classes = java.nio.file.Path.of(System.getProperty("main.classes", "target/classes"));
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class")
                            && !file.toString().contains("$"))
                    .map(file -> classes.relativize(file)
                            .toString()
                            .replace('/', '.')
                            .replaceAll("\\.class$", ""))
                    .map(ResourceMethods::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
