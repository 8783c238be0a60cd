package io.genx3d.export;

import java.util.Arrays;

/**
 * A triangle mesh: positions and per-vertex normals (three floats each) and triangles as vertex indices, wound
 * counter-clockwise when seen from outside (the glTF, OBJ and STL convention).
 */
public final class Mesh {

    private float[] positions = new float[3 * 64];
    private float[] normals = new float[3 * 64];
    private int[] indices = new int[3 * 64];
    private int vertexCount;
    private int indexCount;

    public int vertex(double x, double y, double z, double nx, double ny, double nz) {
        if (3 * (vertexCount + 1) > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
            normals = Arrays.copyOf(normals, normals.length * 2);
        }
        int at = 3 * vertexCount;
        positions[at] = (float) x;
        positions[at + 1] = (float) y;
        positions[at + 2] = (float) z;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        normals[at] = (float) (nx / length);
        normals[at + 1] = (float) (ny / length);
        normals[at + 2] = (float) (nz / length);
        return vertexCount++;
    }

    public void triangle(int a, int b, int c) {
        if (indexCount + 3 > indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        indices[indexCount++] = a;
        indices[indexCount++] = b;
        indices[indexCount++] = c;
    }

    /** Two triangles a-b-c and a-c-d of a quad given counter-clockwise. */
    public void quad(int a, int b, int c, int d) {
        triangle(a, b, c);
        triangle(a, c, d);
    }

    public int vertexCount() {
        return vertexCount;
    }

    public int triangleCount() {
        return indexCount / 3;
    }

    public float[] positions() {
        return Arrays.copyOf(positions, 3 * vertexCount);
    }

    public float[] normals() {
        return Arrays.copyOf(normals, 3 * vertexCount);
    }

    public int[] indices() {
        return Arrays.copyOf(indices, indexCount);
    }

    float position(int vertex, int axis) {
        return positions[3 * vertex + axis];
    }

    float normal(int vertex, int axis) {
        return normals[3 * vertex + axis];
    }

    int index(int at) {
        return indices[at];
    }
}
