package io.genx3d.export;

import io.genx3d.errors.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The export formats: name, media type, file extension and the exporter that writes it. */
public enum ExportFormat {
    GLTF("model/gltf+json", "gltf", GltfExporter::gltf),
    GLB("model/gltf-binary", "glb", GltfExporter::glb),
    OBJ("application/zip", "obj.zip", ObjExporter::export),
    STL("model/stl", "stl", StlExporter::export);

    private final String mediaType;
    private final String extension;
    private final BiFunction<String, List<PlacedMesh>, byte[]> exporter;

    ExportFormat(String mediaType, String extension, BiFunction<String, List<PlacedMesh>, byte[]> exporter) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.exporter = exporter;
    }

    public static ExportFormat parse(String value) {
        String name = value == null ? "" : value.toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiException.badField("format", "must be one of gltf, glb, obj, stl"));
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName(String modelName) {
        String base = modelName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return (base.isEmpty() ? "model" : base) + "." + extension;
    }

    /** The file's bytes; {@code baseName} names the files inside an OBJ archive. */
    public byte[] export(String baseName, List<PlacedMesh> meshes) {
        return exporter.apply(baseName, meshes);
    }
}
