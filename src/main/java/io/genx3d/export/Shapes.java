package io.genx3d.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The primitives as meshes in their natural size, centred on the origin with y up: cube, plane and pyramid are
 * 1 × 1 × 1 (the plane has no height), sphere, cylinder and cone have diameter 1 and height 1, the torus fits
 * 1 × 0.25 × 1 and the capsule 1 × 2 × 1. Every shape but the plane is closed (watertight), and normals point
 * outwards.
 */
public final class Shapes {

    static final int SEGMENTS = 32;
    static final int RINGS = 16;
    static final double TORUS_MAJOR = 0.375;
    static final double TORUS_MINOR = 0.125;

    private static final Map<Primitive, Integer> TRIANGLES = new EnumMap<>(Primitive.class);

    static {
        for (Primitive primitive : Primitive.values()) {
            TRIANGLES.put(primitive, of(primitive).triangleCount());
        }
    }

    private Shapes() {}

    /** How many triangles the parts export to, known before any mesh is built: what the export limit checks. */
    public static long triangleCount(List<? extends PartShape> parts) {
        long triangles = 0;
        for (PartShape part : parts) {
            triangles += TRIANGLES.get(Primitive.fromValue(part.primitive()).orElseThrow());
        }
        return triangles;
    }

    public static Mesh of(Primitive primitive) {
        return switch (primitive) {
            case CUBE -> cube();
            case PLANE -> plane();
            case PYRAMID -> pyramid();
            case SPHERE -> sphere();
            case CYLINDER -> cylinder();
            case CONE -> cone();
            case TORUS -> torus();
            case CAPSULE -> capsule();
        };
    }

    /** The bounding box of {@link #of}'s mesh: what a part's {@code size} is scaled from. */
    public static double[] naturalSize(Primitive primitive) {
        return switch (primitive) {
            case PLANE -> new double[] {1, 0, 1};
            case TORUS -> new double[] {1, 2 * TORUS_MINOR, 1};
            case CAPSULE -> new double[] {1, 2, 1};
            default -> new double[] {1, 1, 1};
        };
    }

    static Mesh cube() {
        Mesh mesh = new Mesh();
        double h = 0.5;
        // Each face: its normal, then four corners counter-clockwise seen from outside.
        double[][][] faces = {
            {{1, 0, 0}, {h, -h, h}, {h, -h, -h}, {h, h, -h}, {h, h, h}},
            {{-1, 0, 0}, {-h, -h, -h}, {-h, -h, h}, {-h, h, h}, {-h, h, -h}},
            {{0, 1, 0}, {-h, h, h}, {h, h, h}, {h, h, -h}, {-h, h, -h}},
            {{0, -1, 0}, {-h, -h, -h}, {h, -h, -h}, {h, -h, h}, {-h, -h, h}},
            {{0, 0, 1}, {-h, -h, h}, {h, -h, h}, {h, h, h}, {-h, h, h}},
            {{0, 0, -1}, {h, -h, -h}, {-h, -h, -h}, {-h, h, -h}, {h, h, -h}},
        };
        for (double[][] face : faces) {
            double[] n = face[0];
            int[] corner = new int[4];
            for (int i = 0; i < 4; i++) {
                corner[i] = mesh.vertex(face[i + 1][0], face[i + 1][1], face[i + 1][2], n[0], n[1], n[2]);
            }
            mesh.quad(corner[0], corner[1], corner[2], corner[3]);
        }
        return mesh;
    }

    static Mesh plane() {
        Mesh mesh = new Mesh();
        int a = mesh.vertex(-0.5, 0, 0.5, 0, 1, 0);
        int b = mesh.vertex(0.5, 0, 0.5, 0, 1, 0);
        int c = mesh.vertex(0.5, 0, -0.5, 0, 1, 0);
        int d = mesh.vertex(-0.5, 0, -0.5, 0, 1, 0);
        mesh.quad(a, b, c, d);
        return mesh;
    }

    static Mesh pyramid() {
        Mesh mesh = new Mesh();
        double h = 0.5;
        double[][] base = {{-h, -h, h}, {h, -h, h}, {h, -h, -h}, {-h, -h, -h}};
        double[] apex = {0, h, 0};
        for (int i = 0; i < 4; i++) {
            double[] p = base[i];
            double[] q = base[(i + 1) % 4];
            double[] n = faceNormal(p, q, apex);
            mesh.triangle(
                    mesh.vertex(p[0], p[1], p[2], n[0], n[1], n[2]),
                    mesh.vertex(q[0], q[1], q[2], n[0], n[1], n[2]),
                    mesh.vertex(apex[0], apex[1], apex[2], n[0], n[1], n[2]));
        }
        int[] bottom = new int[4];
        for (int i = 0; i < 4; i++) {
            bottom[i] = mesh.vertex(base[i][0], base[i][1], base[i][2], 0, -1, 0);
        }
        mesh.quad(bottom[3], bottom[2], bottom[1], bottom[0]);
        return mesh;
    }

    static Mesh sphere() {
        Mesh mesh = new Mesh();
        sphereBand(mesh, 0.5, 0, RINGS, 0, Math.PI);
        return mesh;
    }

    /**
     * Rings of a sphere of {@code radius} between polar angles {@code from} and {@code to} (0 is the north pole),
     * moved up by {@code shift} (a capsule's caps).
     */
    private static void sphereBand(Mesh mesh, double radius, double shift, int rings, double from, double to) {
        int[][] grid = new int[rings + 1][SEGMENTS + 1];
        for (int ring = 0; ring <= rings; ring++) {
            double theta = from + (to - from) * ring / rings;
            double y = Math.cos(theta);
            double r = Math.sin(theta);
            for (int s = 0; s <= SEGMENTS; s++) {
                double phi = 2 * Math.PI * s / SEGMENTS;
                double x = r * Math.sin(phi);
                double z = r * Math.cos(phi);
                grid[ring][s] = mesh.vertex(radius * x, radius * y + shift, radius * z, x, y, z);
            }
        }
        for (int ring = 0; ring < rings; ring++) {
            for (int s = 0; s < SEGMENTS; s++) {
                int a = grid[ring][s];
                int b = grid[ring + 1][s];
                int c = grid[ring + 1][s + 1];
                int d = grid[ring][s + 1];
                if (ring > 0 || from > 0) {
                    mesh.triangle(a, b, d);
                }
                if (ring < rings - 1 || to < Math.PI) {
                    mesh.triangle(b, c, d);
                }
            }
        }
    }

    static Mesh cylinder() {
        Mesh mesh = new Mesh();
        tube(mesh);
        cap(mesh, 0.5, 0.5, 1);
        cap(mesh, -0.5, 0.5, -1);
        return mesh;
    }

    static Mesh cone() {
        Mesh mesh = new Mesh();
        double slope = 0.5;
        for (int s = 0; s < SEGMENTS; s++) {
            double phi0 = 2 * Math.PI * s / SEGMENTS;
            double phi1 = 2 * Math.PI * (s + 1) / SEGMENTS;
            double phiMid = (phi0 + phi1) / 2;
            int a = mesh.vertex(
                    0.5 * Math.sin(phi0), -0.5, 0.5 * Math.cos(phi0), Math.sin(phi0), slope, Math.cos(phi0));
            int b = mesh.vertex(
                    0.5 * Math.sin(phi1), -0.5, 0.5 * Math.cos(phi1), Math.sin(phi1), slope, Math.cos(phi1));
            int apex = mesh.vertex(0, 0.5, 0, Math.sin(phiMid), slope, Math.cos(phiMid));
            mesh.triangle(a, b, apex);
        }
        cap(mesh, -0.5, 0.5, -1);
        return mesh;
    }

    /** The open side wall of a cylinder of diameter 1 and height 1: shared by the cylinder and the capsule. */
    private static void tube(Mesh mesh) {
        int[] bottom = new int[SEGMENTS + 1];
        int[] top = new int[SEGMENTS + 1];
        for (int s = 0; s <= SEGMENTS; s++) {
            double phi = 2 * Math.PI * s / SEGMENTS;
            double x = Math.sin(phi);
            double z = Math.cos(phi);
            bottom[s] = mesh.vertex(0.5 * x, -0.5, 0.5 * z, x, 0, z);
            top[s] = mesh.vertex(0.5 * x, 0.5, 0.5 * z, x, 0, z);
        }
        for (int s = 0; s < SEGMENTS; s++) {
            mesh.quad(bottom[s], bottom[s + 1], top[s + 1], top[s]);
        }
    }

    /** A flat disc at height {@code y} facing up ({@code facing} 1) or down (-1). */
    private static void cap(Mesh mesh, double y, double radius, int facing) {
        int centre = mesh.vertex(0, y, 0, 0, facing, 0);
        int[] rim = new int[SEGMENTS + 1];
        for (int s = 0; s <= SEGMENTS; s++) {
            double phi = 2 * Math.PI * s / SEGMENTS;
            rim[s] = mesh.vertex(radius * Math.sin(phi), y, radius * Math.cos(phi), 0, facing, 0);
        }
        for (int s = 0; s < SEGMENTS; s++) {
            if (facing > 0) {
                mesh.triangle(centre, rim[s], rim[s + 1]);
            } else {
                mesh.triangle(centre, rim[s + 1], rim[s]);
            }
        }
    }

    static Mesh torus() {
        Mesh mesh = new Mesh();
        int tube = RINGS;
        int[][] grid = new int[SEGMENTS + 1][tube + 1];
        for (int s = 0; s <= SEGMENTS; s++) {
            double phi = 2 * Math.PI * s / SEGMENTS;
            for (int t = 0; t <= tube; t++) {
                double theta = 2 * Math.PI * t / tube;
                double nx = Math.cos(theta) * Math.sin(phi);
                double ny = Math.sin(theta);
                double nz = Math.cos(theta) * Math.cos(phi);
                double ring = TORUS_MAJOR + TORUS_MINOR * Math.cos(theta);
                grid[s][t] = mesh.vertex(ring * Math.sin(phi), TORUS_MINOR * ny, ring * Math.cos(phi), nx, ny, nz);
            }
        }
        for (int s = 0; s < SEGMENTS; s++) {
            for (int t = 0; t < tube; t++) {
                mesh.quad(grid[s][t], grid[s + 1][t], grid[s + 1][t + 1], grid[s][t + 1]);
            }
        }
        return mesh;
    }

    static Mesh capsule() {
        Mesh mesh = new Mesh();
        // Two hemispheres of radius 0.5 joined by a cylinder of height 1: 2 tall in all.
        sphereBand(mesh, 0.5, 0.5, RINGS / 2, 0, Math.PI / 2);
        sphereBand(mesh, 0.5, -0.5, RINGS / 2, Math.PI / 2, Math.PI);
        tube(mesh);
        return mesh;
    }

    private static double[] faceNormal(double[] a, double[] b, double[] c) {
        double ux = b[0] - a[0];
        double uy = b[1] - a[1];
        double uz = b[2] - a[2];
        double vx = c[0] - a[0];
        double vy = c[1] - a[1];
        double vz = c[2] - a[2];
        return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
    }
}
