package io.genx3d.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShapesTest {

    @ParameterizedTest
    @EnumSource(value = Primitive.class, names = "PLANE", mode = EnumSource.Mode.EXCLUDE)
    void closedShapesAreWatertightEveryEdgeSharedByTwoOppositelyWoundTriangles(Primitive primitive) {
        Mesh mesh = Shapes.of(primitive);
        Map<String, Integer> directedEdges = new HashMap<>();
        int[] indices = mesh.indices();
        for (int i = 0; i < indices.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                String from = key(mesh, indices[i + k]);
                String to = key(mesh, indices[i + (k + 1) % 3]);
                if (!from.equals(to)) {
                    directedEdges.merge(from + ">" + to, 1, Integer::sum);
                }
            }
        }
        directedEdges.forEach((edge, count) -> {
            String[] ends = edge.split(">");
            assertEquals(
                    count,
                    directedEdges.getOrDefault(ends[1] + ">" + ends[0], 0),
                    primitive + ": edge " + edge + " has no matching opposite edge");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Primitive.class, names = "PLANE", mode = EnumSource.Mode.EXCLUDE)
    void closedShapesAreWoundOutwardsAndTheirNormalsAgree(Primitive primitive) {
        Mesh mesh = Shapes.of(primitive);
        assertTrue(signedVolume(mesh) > 0, primitive + " encloses a positive volume (outward winding)");
        int[] indices = mesh.indices();
        for (int i = 0; i < indices.length; i += 3) {
            double[] face = faceNormal(mesh, indices[i], indices[i + 1], indices[i + 2]);
            if (length(face) < 1e-9) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int v = indices[i + k];
                double dot = face[0] * mesh.normal(v, 0) + face[1] * mesh.normal(v, 1) + face[2] * mesh.normal(v, 2);
                assertTrue(dot > 0, primitive + ": a vertex normal points against its face");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Primitive.class)
    void eachShapeFillsItsNaturalBoundingBox(Primitive primitive) {
        Mesh mesh = Shapes.of(primitive);
        double[] natural = Shapes.naturalSize(primitive);
        for (int axis = 0; axis < 3; axis++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int v = 0; v < mesh.vertexCount(); v++) {
                min = Math.min(min, mesh.position(v, axis));
                max = Math.max(max, mesh.position(v, axis));
            }
            assertEquals(natural[axis], max - min, 1e-6, primitive + " axis " + axis);
            assertEquals(0, (max + min) / 2, 1e-6, primitive + " is centred");
        }
    }

    @Test
    void aUnitCubeHasTwelveTrianglesAndUnitVolume() {
        Mesh cube = Shapes.of(Primitive.CUBE);
        assertEquals(12, cube.triangleCount());
        assertEquals(1.0, signedVolume(cube), 1e-6);
    }

    @Test
    void theSphereApproachesItsTrueVolume() {
        double exact = 4.0 / 3 * Math.PI * 0.125;
        assertEquals(exact, signedVolume(Shapes.of(Primitive.SPHERE)), exact * 0.03);
    }

    static double signedVolume(Mesh mesh) {
        int[] indices = mesh.indices();
        double volume = 0;
        for (int i = 0; i < indices.length; i += 3) {
            double[] a = point(mesh, indices[i]);
            double[] b = point(mesh, indices[i + 1]);
            double[] c = point(mesh, indices[i + 2]);
            volume += a[0] * (b[1] * c[2] - b[2] * c[1])
                    - a[1] * (b[0] * c[2] - b[2] * c[0])
                    + a[2] * (b[0] * c[1] - b[1] * c[0]);
        }
        return volume / 6;
    }

    private static double[] faceNormal(Mesh mesh, int a, int b, int c) {
        double[] p = point(mesh, a);
        double[] q = point(mesh, b);
        double[] r = point(mesh, c);
        double[] u = {q[0] - p[0], q[1] - p[1], q[2] - p[2]};
        double[] v = {r[0] - p[0], r[1] - p[1], r[2] - p[2]};
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double length(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static double[] point(Mesh mesh, int v) {
        return new double[] {mesh.position(v, 0), mesh.position(v, 1), mesh.position(v, 2)};
    }

    /** Positions rounded to 1e-5, so coincident vertices of different faces count as one point. */
    private static String key(Mesh mesh, int v) {
        return Math.round(mesh.position(v, 0) * 1e5) + "," + Math.round(mesh.position(v, 1) * 1e5) + ","
                + Math.round(mesh.position(v, 2) * 1e5);
    }
}
