package io.genx3d.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
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
 * normals, and 32-bit indices.
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

    public static byte[] gltf(String title, List<PlacedMesh> meshes) {
        Layout layout = layout(meshes);
        // The data URI is spliced in after writing: base64 needs no escaping, and running megabytes of it through
        // the JSON writer's escaping would dominate the export time.
        String json = document(title, meshes, layout, BUFFER_PLACEHOLDER).toString();
        int at = json.indexOf(BUFFER_PLACEHOLDER);
        byte[] before =
                (json.substring(0, at) + "data:application/octet-stream;base64,").getBytes(StandardCharsets.UTF_8);
        byte[] after = json.substring(at + BUFFER_PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8);
        byte[] base64 = Base64.getEncoder().encode(layout.binary);
        byte[] file = new byte[before.length + base64.length + after.length];
        System.arraycopy(before, 0, file, 0, before.length);
        System.arraycopy(base64, 0, file, before.length, base64.length);
        System.arraycopy(after, 0, file, before.length + base64.length, after.length);
        return file;
    }

    public static byte[] glb(String title, List<PlacedMesh> meshes) {
        Layout layout = layout(meshes);
        byte[] json =
                padded(document(title, meshes, layout, null).toString().getBytes(StandardCharsets.UTF_8), (byte) ' ');
        byte[] bin = padded(layout.binary, (byte) 0);
        ByteBuffer glb =
                ByteBuffer.allocate(12 + 8 + json.length + 8 + bin.length).order(ByteOrder.LITTLE_ENDIAN);
        glb.putInt(GLB_MAGIC).putInt(2).putInt(glb.capacity());
        glb.putInt(json.length).putInt(JSON_CHUNK).put(json);
        glb.putInt(bin.length).putInt(BIN_CHUNK).put(bin);
        return glb.array();
    }

    /** Where each part's positions, normals and indices sit in the one binary buffer. */
    private record Layout(byte[] binary, List<int[]> offsets) {}

    private static Layout layout(List<PlacedMesh> meshes) {
        int size = meshes.stream()
                .mapToInt(m -> 4 * (6 * m.mesh().vertexCount() + 3 * m.mesh().triangleCount()))
                .sum();
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        List<int[]> offsets = new ArrayList<>();
        for (PlacedMesh placed : meshes) {
            Mesh mesh = placed.mesh();
            int positions = buffer.position();
            for (float value : mesh.positions()) {
                buffer.putFloat(value);
            }
            int normals = buffer.position();
            for (float value : mesh.normals()) {
                buffer.putFloat(value);
            }
            int indices = buffer.position();
            for (int index : mesh.indices()) {
                buffer.putInt(index);
            }
            offsets.add(new int[] {positions, normals, indices});
        }
        return new Layout(buffer.array(), offsets);
    }

    private static JsonObject document(String title, List<PlacedMesh> meshes, Layout layout, String uri) {
        Map<String, Integer> materialIndex = new LinkedHashMap<>();
        meshes.forEach(placed -> materialIndex.putIfAbsent(placed.color(), materialIndex.size()));
        JsonArrayBuilder views = JSON.createArrayBuilder();
        JsonArrayBuilder accessors = JSON.createArrayBuilder();
        JsonArrayBuilder gltfMeshes = JSON.createArrayBuilder();
        JsonArrayBuilder nodes = JSON.createArrayBuilder();
        JsonArrayBuilder sceneNodes = JSON.createArrayBuilder();
        for (int part = 0; part < meshes.size(); part++) {
            Mesh mesh = meshes.get(part).mesh();
            int[] at = layout.offsets.get(part);
            int vertexBytes = 12 * mesh.vertexCount();
            views.add(view(at[0], vertexBytes, ARRAY_BUFFER))
                    .add(view(at[1], vertexBytes, ARRAY_BUFFER))
                    .add(view(at[2], 12 * mesh.triangleCount(), ELEMENT_ARRAY_BUFFER));
            int firstView = 3 * part;
            accessors
                    .add(positions(firstView, mesh))
                    .add(accessor(firstView + 1, FLOAT, mesh.vertexCount(), "VEC3"))
                    .add(accessor(firstView + 2, UNSIGNED_INT, 3 * mesh.triangleCount(), "SCALAR"));
            gltfMeshes.add(JSON.createObjectBuilder()
                    .add("name", meshes.get(part).name())
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
                                                            meshes.get(part).color()))
                                            .add("mode", 4))));
            nodes.add(JSON.createObjectBuilder()
                    .add("name", meshes.get(part).name())
                    .add("mesh", part));
            sceneNodes.add(part);
        }
        JsonObjectBuilder buffer = JSON.createObjectBuilder().add("byteLength", layout.binary.length);
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
        if (!meshes.isEmpty()) {
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

    private static JsonObjectBuilder view(int offset, int length, int target) {
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
    private static JsonObjectBuilder positions(int view, Mesh mesh) {
        float[] p = mesh.positions();
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < p.length; i++) {
            min[i % 3] = Math.min(min[i % 3], p[i]);
            max[i % 3] = Math.max(max[i % 3], p[i]);
        }
        return accessor(view, FLOAT, mesh.vertexCount(), "VEC3")
                .add("min", JSON.createArrayBuilder().add(min[0]).add(min[1]).add(min[2]))
                .add("max", JSON.createArrayBuilder().add(max[0]).add(max[1]).add(max[2]));
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
}
