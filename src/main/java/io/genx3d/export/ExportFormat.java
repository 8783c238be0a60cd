package io.genx3d.export;

import io.genx3d.errors.ApiException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The export formats: name, media type, file extension and the exporter that writes it. */
public enum ExportFormat {
    GLTF("model/gltf+json", "gltf", GltfExporter::gltf),
    GLB("model/gltf-binary", "glb", GltfExporter::glb),
    OBJ("application/zip", "obj.zip", ObjExporter::write),
    STL("model/stl", "stl", StlExporter::write);

    private final String mediaType;
    private final String extension;
    private final Writer exporter;

    ExportFormat(String mediaType, String extension, Writer exporter) {
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

    /** Writes the file to {@code out}, one part at a time; {@code baseName} names the files inside an OBJ archive. */
    public void write(String baseName, List<? extends PartShape> parts, OutputStream out) throws IOException {
        exporter.write(baseName, parts, out);
    }

    @FunctionalInterface
    private interface Writer {
        void write(String baseName, List<? extends PartShape> parts, OutputStream out) throws IOException;
    }
}
