package io.genx3d.export;

import java.util.List;

/**
 * A part's mesh in model coordinates, with its name and colour: the primitive scaled to the part's {@code size}
 * and {@code scale}, rotated by {@code rotation} (degrees, about x, then y, then z) and moved to {@code position}.
 * Normals go through the inverse-transpose of the same transform, so they stay outward under any scaling.
 */
public record PlacedMesh(String name, String color, Mesh mesh) {

    /** Built one part at a time while exporting, so a file's size never means a heap of meshes. */
    public static PlacedMesh of(PartShape part) {
        Primitive primitive = Primitive.fromValue(part.primitive()).orElseThrow();
        Mesh shape = Shapes.of(primitive);
        double[] natural = Shapes.naturalSize(primitive);
        double[] scale = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            double fit = natural[axis] == 0 ? 1 : part.size().get(axis) / natural[axis];
            scale[axis] = fit * part.scale().get(axis);
        }
        double[][] rotation = rotation(part.rotation());
        Mesh placed = new Mesh();
        for (int v = 0; v < shape.vertexCount(); v++) {
            double[] p = rotate(
                    rotation,
                    shape.position(v, 0) * scale[0],
                    shape.position(v, 1) * scale[1],
                    shape.position(v, 2) * scale[2]);
            double[] n = rotate(
                    rotation,
                    shape.normal(v, 0) / scale[0],
                    shape.normal(v, 1) / scale[1],
                    shape.normal(v, 2) / scale[2]);
            placed.vertex(
                    p[0] + part.position().get(0),
                    p[1] + part.position().get(1),
                    p[2] + part.position().get(2),
                    n[0],
                    n[1],
                    n[2]);
        }
        int[] indices = shape.indices();
        for (int i = 0; i < indices.length; i += 3) {
            placed.triangle(indices[i], indices[i + 1], indices[i + 2]);
        }
        return new PlacedMesh(part.name(), part.color(), placed);
    }

    /** Rz · Ry · Rx: rotate about x first, then y, then z (all about the part's centre). */
    static double[][] rotation(List<Double> degrees) {
        double x = Math.toRadians(degrees.get(0));
        double y = Math.toRadians(degrees.get(1));
        double z = Math.toRadians(degrees.get(2));
        double[][] rx = {{1, 0, 0}, {0, Math.cos(x), -Math.sin(x)}, {0, Math.sin(x), Math.cos(x)}};
        double[][] ry = {{Math.cos(y), 0, Math.sin(y)}, {0, 1, 0}, {-Math.sin(y), 0, Math.cos(y)}};
        double[][] rz = {{Math.cos(z), -Math.sin(z), 0}, {Math.sin(z), Math.cos(z), 0}, {0, 0, 1}};
        return multiply(rz, multiply(ry, rx));
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] product = new double[3][3];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                for (int k = 0; k < 3; k++) {
                    product[row][col] += a[row][k] * b[k][col];
                }
            }
        }
        return product;
    }

    private static double[] rotate(double[][] m, double x, double y, double z) {
        return new double[] {
            m[0][0] * x + m[0][1] * y + m[0][2] * z,
            m[1][0] * x + m[1][1] * y + m[1][2] * z,
            m[2][0] * x + m[2][1] * y + m[2][2] * z
        };
    }
}
