package io.genx3d.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * glTF 2.0, as a {@code .gltf} JSON document with its buffer embedded as a data URI, or as a binary {@code .glb}.
 * One node and mesh per part, one material per colour (PBR, linear base colour), positions with their bounds,
 * normals, and 32-bit indices. Parts are meshed twice (bounds first, since the JSON precedes the data) rather than
 * held: memory stays at the JSON document and one part's mesh whatever the file's size.
 */
public final class GltfExporter {

    private static final int ARRAY_BUFFER = 34962;
    private static final int ELEMENT_ARRAY_BUFFER = 34963;
    private static final int FLOAT = 5126;
    private static final int UNSIGNED_INT = 5125;
    private static final int GLB_MAGIC = 0x46546C67;
    private static final int JSON_CHUNK = 0x4E4F534A;
    private static final int BIN_CHUNK = 0x004E4942;
    /** One factory for the whole exporter: {@code JSON.createObjectBuilder()} looks the provider up on every call. */
    private static final String BUFFER_PLACEHOLDER = "genx3d-buffer-uri";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private GltfExporter() {}

    public static void gltf(String title, List<? extends PartShape> parts, OutputStream out) throws IOException {
        Layout layout = layout(parts);
        // The data URI is spliced in while writing: base64 needs no escaping, and running megabytes of it through
        // the JSON writer's escaping would dominate the export time.
        String json = document(title, parts, layout, BUFFER_PLACEHOLDER).toString();
        int at = json.indexOf(BUFFER_PLACEHOLDER);
        out.write((json.substring(0, at) + "data:application/octet-stream;base64,").getBytes(StandardCharsets.UTF_8));
        try (OutputStream base64 = Base64.getEncoder().wrap(new KeptOpen(out))) {
            writeBinary(parts, base64);
        }
        out.write(json.substring(at + BUFFER_PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8));
    }

    public static void glb(String title, List<? extends PartShape> parts, OutputStream out) throws IOException {
        Layout layout = layout(parts);
        byte[] json =
                padded(document(title, parts, layout, null).toString().getBytes(StandardCharsets.UTF_8), (byte) ' ');
        long binLength = (layout.binaryLength + 3) & ~3L;
        ByteBuffer head = ByteBuffer.allocate(12 + 8).order(ByteOrder.LITTLE_ENDIAN);
        // GLB lengths are unsigned 32-bit; the export limit keeps a file far below 4 GiB.
        head.putInt(GLB_MAGIC).putInt(2).putInt((int) (12 + 8 + json.length + 8 + binLength));
        head.putInt(json.length).putInt(JSON_CHUNK);
        out.write(head.array());
        out.write(json);
        out.write(ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) binLength)
                .putInt(BIN_CHUNK)
                .array());
        writeBinary(parts, out);
        out.write(new byte[(int) (binLength - layout.binaryLength)]);
    }

    /**
     * Where each part's positions, normals and indices sit in the one binary buffer, and the bounds of its
     * positions (which glTF requires before the data): a first pass meshes every part and keeps only this.
     */
    private record Layout(long binaryLength, List<PartLayout> parts) {}

    private record PartLayout(
            int vertices,
            int triangles,
            long positionsAt,
            long normalsAt,
            long indicesAt,
            double[] min,
            double[] max) {}

    private static Layout layout(List<? extends PartShape> parts) {
        List<PartLayout> layouts = new ArrayList<>(parts.size());
        long at = 0;
        for (PartShape part : parts) {
            Mesh mesh = PlacedMesh.of(part).mesh();
            int vertices = mesh.vertexCount();
            int triangles = mesh.triangleCount();
            double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            float[] p = mesh.positions();
            for (int i = 0; i < p.length; i++) {
                min[i % 3] = Math.min(min[i % 3], p[i]);
                max[i % 3] = Math.max(max[i % 3], p[i]);
            }
            layouts.add(new PartLayout(vertices, triangles, at, at + 12L * vertices, at + 24L * vertices, min, max));
            at += 4L * (6 * vertices + 3 * triangles);
        }
        return new Layout(at, layouts);
    }

    /** The second pass: each part meshed again and its positions, normals and indices written in layout order. */
    private static void writeBinary(List<? extends PartShape> parts, OutputStream out) throws IOException {
        for (PartShape part : parts) {
            Mesh mesh = PlacedMesh.of(part).mesh();
            ByteBuffer buffer = ByteBuffer.allocate(4 * (6 * mesh.vertexCount() + 3 * mesh.triangleCount()))
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (float value : mesh.positions()) {
                buffer.putFloat(value);
            }
            for (float value : mesh.normals()) {
                buffer.putFloat(value);
            }
            for (int index : mesh.indices()) {
                buffer.putInt(index);
            }
            out.write(buffer.array());
        }
    }

    private static JsonObject document(String title, List<? extends PartShape> parts, Layout layout, String uri) {
        Map<String, Integer> materialIndex = new LinkedHashMap<>();
        parts.forEach(part -> materialIndex.putIfAbsent(part.color(), materialIndex.size()));
        JsonArrayBuilder views = JSON.createArrayBuilder();
        JsonArrayBuilder accessors = JSON.createArrayBuilder();
        JsonArrayBuilder gltfMeshes = JSON.createArrayBuilder();
        JsonArrayBuilder nodes = JSON.createArrayBuilder();
        JsonArrayBuilder sceneNodes = JSON.createArrayBuilder();
        for (int part = 0; part < parts.size(); part++) {
            PartLayout at = layout.parts.get(part);
            int vertexBytes = 12 * at.vertices;
            views.add(view(at.positionsAt, vertexBytes, ARRAY_BUFFER))
                    .add(view(at.normalsAt, vertexBytes, ARRAY_BUFFER))
                    .add(view(at.indicesAt, 12 * at.triangles, ELEMENT_ARRAY_BUFFER));
            int firstView = 3 * part;
            accessors
                    .add(positions(firstView, at))
                    .add(accessor(firstView + 1, FLOAT, at.vertices, "VEC3"))
                    .add(accessor(firstView + 2, UNSIGNED_INT, 3 * at.triangles, "SCALAR"));
            gltfMeshes.add(JSON.createObjectBuilder()
                    .add("name", parts.get(part).name())
                    .add(
                            "primitives",
                            JSON.createArrayBuilder()
                                    .add(JSON.createObjectBuilder()
                                            .add(
                                                    "attributes",
                                                    JSON.createObjectBuilder()
                                                            .add("POSITION", firstView)
                                                            .add("NORMAL", firstView + 1))
                                            .add("indices", firstView + 2)
                                            .add(
                                                    "material",
                                                    materialIndex.get(
                                                            parts.get(part).color()))
                                            .add("mode", 4))));
            nodes.add(JSON.createObjectBuilder()
                    .add("name", parts.get(part).name())
                    .add("mesh", part));
            sceneNodes.add(part);
        }
        JsonObjectBuilder buffer = JSON.createObjectBuilder().add("byteLength", layout.binaryLength);
        if (uri != null) {
            buffer.add("uri", uri);
        }
        JsonObjectBuilder document = JSON.createObjectBuilder()
                .add("asset", JSON.createObjectBuilder().add("version", "2.0").add("generator", "genx3D"))
                .add("scene", 0)
                .add(
                        "scenes",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("name", title)
                                        .add("nodes", sceneNodes)))
                .add("nodes", nodes)
                .add("materials", materials(materialIndex))
                .add("buffers", JSON.createArrayBuilder().add(buffer))
                .add("bufferViews", views)
                .add("accessors", accessors);
        if (!parts.isEmpty()) {
            document.add("meshes", gltfMeshes);
        }
        return document.build();
    }

    private static JsonArrayBuilder materials(Map<String, Integer> materialIndex) {
        JsonArrayBuilder materials = JSON.createArrayBuilder();
        materialIndex.keySet().forEach(hex -> {
            double[] rgb = Colors.linear(hex);
            materials.add(JSON.createObjectBuilder()
                    .add("name", hex)
                    .add(
                            "pbrMetallicRoughness",
                            JSON.createObjectBuilder()
                                    .add(
                                            "baseColorFactor",
                                            JSON.createArrayBuilder()
                                                    .add(rgb[0])
                                                    .add(rgb[1])
                                                    .add(rgb[2])
                                                    .add(1.0))
                                    .add("metallicFactor", 0.0)
                                    .add("roughnessFactor", 0.8)));
        });
        return materials;
    }

    private static JsonObjectBuilder view(long offset, int length, int target) {
        return JSON.createObjectBuilder()
                .add("buffer", 0)
                .add("byteOffset", offset)
                .add("byteLength", length)
                .add("target", target);
    }

    private static JsonObjectBuilder accessor(int view, int componentType, int count, String type) {
        return JSON.createObjectBuilder()
                .add("bufferView", view)
                .add("componentType", componentType)
                .add("count", count)
                .add("type", type);
    }

    /** Positions carry their bounds, which glTF requires. */
    private static JsonObjectBuilder positions(int view, PartLayout at) {
        return accessor(view, FLOAT, at.vertices, "VEC3")
                .add(
                        "min",
                        JSON.createArrayBuilder().add(at.min[0]).add(at.min[1]).add(at.min[2]))
                .add(
                        "max",
                        JSON.createArrayBuilder().add(at.max[0]).add(at.max[1]).add(at.max[2]));
    }

    private static byte[] padded(byte[] bytes, byte filler) {
        int length = (bytes.length + 3) & ~3;
        if (length == bytes.length) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(bytes);
        for (int i = bytes.length; i < length; i++) {
            out.write(filler);
        }
        return out.toByteArray();
    }

    /** The response stays open after the base64 encoder, which closes what it wraps, is done. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
