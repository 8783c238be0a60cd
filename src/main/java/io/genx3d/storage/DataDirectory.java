package io.genx3d.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the embedded default keeps its state ({@code genx3d.data-dir}, {@code GENX3D_DATA_DIR}, default
 * {@code ./genx3d-data}): the H2 database files and the generated pepper.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "genx3d.data-dir", defaultValue = "./genx3d-data")
    String configured;

    private Path path;

    @PostConstruct
    void init() {
        path = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
    }

    public Path path() {
        return path;
    }
}
