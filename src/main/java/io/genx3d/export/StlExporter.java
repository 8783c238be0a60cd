package io.genx3d.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Binary STL: an 80-byte header, the triangle count, then each triangle's facet normal and three corners
 * (little-endian floats). STL has no colours or parts; every part's triangles are written in turn, one part at a
 * time, so memory stays at one part's mesh whatever the file's size.
 */
public final class StlExporter {

    private StlExporter() {}

    public static void write(String title, List<? extends PartShape> parts, OutputStream out) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(84).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[80];
        byte[] text = ("genx3D " + title).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 0, Math.min(text.length, 80));
        // An STL header must not start with "solid", or readers take the file for ASCII STL.
        if (new String(header, 0, 5, StandardCharsets.US_ASCII).equalsIgnoreCase("solid")) {
            header[0] = '_';
        }
        // The count is an unsigned 32-bit integer; the export limit keeps it far below that.
        out.write(head.put(header).putInt((int) Shapes.triangleCount(parts)).array());
        for (PartShape part : parts) {
            out.write(triangles(PlacedMesh.of(part).mesh()));
        }
    }

    private static byte[] triangles(Mesh mesh) {
        ByteBuffer out = ByteBuffer.allocate(50 * mesh.triangleCount()).order(ByteOrder.LITTLE_ENDIAN);
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
