package io.genx3d.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Wavefront OBJ with its MTL material library, zipped together ({@code <name>.obj} + {@code <name>.mtl}) so the
 * colours travel with the geometry. One group ({@code g}) per part, one material per colour, vertex normals
 * included.
 */
public final class ObjExporter {

    private ObjExporter() {
    }

    public static byte[] export(String baseName, List<PlacedMesh> meshes) {
        Map<String, String> materials = new LinkedHashMap<>();
        meshes.forEach(placed -> materials.computeIfAbsent(placed.color(), color -> "color_" + color.substring(1)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(baseName + ".obj"));
            zip.write(obj(baseName, meshes, materials).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(baseName + ".mtl"));
            zip.write(mtl(materials).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String obj(String baseName, List<PlacedMesh> meshes, Map<String, String> materials) {
        StringBuilder obj = new StringBuilder(64 * 1024);
        obj.append("# genx3D\nmtllib ").append(baseName).append(".mtl\n");
        int offset = 1;
        for (PlacedMesh placed : meshes) {
            Mesh mesh = placed.mesh();
            float[] p = mesh.positions();
            float[] n = mesh.normals();
            obj.append("g ").append(placed.name().replaceAll("\\s+", "_")).append('\n');
            obj.append("usemtl ").append(materials.get(placed.color())).append('\n');
            for (int i = 0; i < p.length; i += 3) {
                obj.append("v ").append(p[i]).append(' ').append(p[i + 1]).append(' ').append(p[i + 2]).append('\n');
            }
            for (int i = 0; i < n.length; i += 3) {
                obj.append("vn ").append(n[i]).append(' ').append(n[i + 1]).append(' ').append(n[i + 2]).append('\n');
            }
            int[] indices = mesh.indices();
            for (int i = 0; i < indices.length; i += 3) {
                obj.append('f');
                for (int k = 0; k < 3; k++) {
                    int vertex = indices[i + k] + offset;
                    obj.append(' ').append(vertex).append("//").append(vertex);
                }
                obj.append('\n');
            }
            offset += mesh.vertexCount();
        }
        return obj.toString();
    }

    static String mtl(Map<String, String> materials) {
        StringBuilder mtl = new StringBuilder("# genx3D\n");
        materials.forEach((hex, name) -> {
            double[] rgb = Colors.srgb(hex);
            mtl.append("newmtl ").append(name).append('\n')
                    .append(String.format(Locale.ROOT, "Kd %.4f %.4f %.4f%n", rgb[0], rgb[1], rgb[2]))
                    .append("Ka 0 0 0\nKs 0 0 0\nd 1\nillum 1\n");
        });
        return mtl.toString();
    }
}
