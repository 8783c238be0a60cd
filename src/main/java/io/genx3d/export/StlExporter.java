package io.genx3d.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Binary STL: an 80-byte header, the triangle count, then each triangle's facet normal and three corners
 * (little-endian floats). STL has no colours or parts; every part's triangles are written in turn.
 */
public final class StlExporter {

    private StlExporter() {}

    public static byte[] export(String title, List<PlacedMesh> meshes) {
        int triangles = meshes.stream()
                .mapToInt(placed -> placed.mesh().triangleCount())
                .sum();
        ByteBuffer out = ByteBuffer.allocate(84 + 50 * triangles).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[80];
        byte[] text = ("genx3D " + title).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 0, Math.min(text.length, 80));
        // An STL header must not start with "solid", or readers take the file for ASCII STL.
        if (new String(header, 0, 5, StandardCharsets.US_ASCII).equalsIgnoreCase("solid")) {
            header[0] = '_';
        }
        out.put(header).putInt(triangles);
        for (PlacedMesh placed : meshes) {
            Mesh mesh = placed.mesh();
            int[] indices = mesh.indices();
            float[] p = mesh.positions();
            for (int i = 0; i < indices.length; i += 3) {
                int a = 3 * indices[i];
                int b = 3 * indices[i + 1];
                int c = 3 * indices[i + 2];
                float[] normal = facetNormal(p, a, b, c);
                out.putFloat(normal[0]).putFloat(normal[1]).putFloat(normal[2]);
                for (int corner : new int[] {a, b, c}) {
                    out.putFloat(p[corner]).putFloat(p[corner + 1]).putFloat(p[corner + 2]);
                }
                out.putShort((short) 0);
            }
        }
        return out.array();
    }

    static float[] facetNormal(float[] p, int a, int b, int c) {
        double ux = p[b] - p[a];
        double uy = p[b + 1] - p[a + 1];
        double uz = p[b + 2] - p[a + 2];
        double vx = p[c] - p[a];
        double vy = p[c + 1] - p[a + 1];
        double vz = p[c + 2] - p[a + 2];
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (length == 0) {
            return new float[] {0, 0, 0};
        }
        return new float[] {(float) (nx / length), (float) (ny / length), (float) (nz / length)};
    }
}
