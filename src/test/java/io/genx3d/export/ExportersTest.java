package io.genx3d.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.javagl.jgltf.model.AccessorModel;
import de.javagl.jgltf.model.GltfModel;
import de.javagl.jgltf.model.MeshPrimitiveModel;
import de.javagl.jgltf.model.io.GltfModelReader;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import de.javagl.obj.Mtl;
import de.javagl.obj.MtlReader;
import de.javagl.obj.Obj;
import de.javagl.obj.ObjReader;
import io.genx3d.models.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Every format read back by an independent reader: jgltf for glTF/GLB, javagl-obj for OBJ/MTL, a plain STL parse. */
class ExportersTest {

    /** A red 2 × 1 × 1 box at the origin and a blue sphere of diameter 2 at x = 3. */
    private static final List<Part> PARTS = List.of(
            new Part("box", "cube", List.of(2.0, 1.0, 1.0), Part.ORIGIN, Part.ORIGIN, Part.UNIT, "#ff0000"),
            new Part(
                    "ball",
                    "sphere",
                    List.of(2.0, 2.0, 2.0),
                    List.of(3.0, 0.0, 0.0),
                    Part.ORIGIN,
                    Part.UNIT,
                    "#0000ff"));

    private static final int SPHERE_TRIANGLES = Shapes.of(Primitive.SPHERE).triangleCount();

    @Test
    void glbOpensInJgltfWithTrianglesBoundsNormalsAndMaterials() throws IOException {
        GltfModel model = new GltfModelReader().readWithoutReferences(new ByteArrayInputStream(file(ExportFormat.GLB)));
        assertGltf(model);
    }

    @Test
    void gltfWithItsEmbeddedBufferOpensInJgltfToo() throws IOException {
        GltfModel model =
                new GltfModelReader().readWithoutReferences(new ByteArrayInputStream(file(ExportFormat.GLTF)));
        assertGltf(model);
    }

    private static void assertGltf(GltfModel model) {
        assertEquals(2, model.getMeshModels().size());
        MeshPrimitiveModel box =
                model.getMeshModels().get(0).getMeshPrimitiveModels().get(0);
        MeshPrimitiveModel ball =
                model.getMeshModels().get(1).getMeshPrimitiveModels().get(0);
        assertEquals(12, box.getIndices().getCount() / 3);
        assertEquals(SPHERE_TRIANGLES, ball.getIndices().getCount() / 3);
        AccessorModel boxPositions = box.getAttributes().get("POSITION");
        assertBounds(boxPositions, new double[] {-1, -0.5, -0.5}, new double[] {1, 0.5, 0.5});
        assertBounds(ball.getAttributes().get("POSITION"), new double[] {2, -1, -1}, new double[] {4, 1, 1});
        var normals = (de.javagl.jgltf.model.AccessorFloatData)
                box.getAttributes().get("NORMAL").getAccessorData();
        for (int v = 0; v < normals.getNumElements(); v++) {
            double length = Math.sqrt(
                    Math.pow(normals.get(v, 0), 2) + Math.pow(normals.get(v, 1), 2) + Math.pow(normals.get(v, 2), 2));
            assertEquals(1.0, length, 1e-5);
        }
        float[] red = ((MaterialModelV2) box.getMaterialModel()).getBaseColorFactor();
        float[] blue = ((MaterialModelV2) ball.getMaterialModel()).getBaseColorFactor();
        assertArrayEquals(new float[] {1, 0, 0, 1}, red, 1e-6f);
        assertArrayEquals(new float[] {0, 0, 1, 1}, blue, 1e-6f);
    }

    private static void assertBounds(AccessorModel positions, double[] min, double[] max) {
        for (int axis = 0; axis < 3; axis++) {
            assertEquals(min[axis], positions.getMin()[axis].doubleValue(), 1e-5);
            assertEquals(max[axis], positions.getMax()[axis].doubleValue(), 1e-5);
        }
    }

    @Test
    void objAndMtlOpenInJavaglObjWithGroupsFacesNormalsAndColours() throws IOException {
        Map<String, byte[]> files = unzip(file(ExportFormat.OBJ));
        assertEquals(
                List.of("test.mtl", "test.obj"),
                files.keySet().stream().sorted().toList());
        Obj obj = ObjReader.read(new ByteArrayInputStream(files.get("test.obj")));
        assertEquals(12 + SPHERE_TRIANGLES, obj.getNumFaces());
        assertEquals(obj.getNumVertices(), obj.getNumNormals());
        assertEquals(2, obj.getNumGroups() - (obj.getGroup("default") == null ? 0 : 1));
        assertEquals(List.of("test.mtl"), obj.getMtlFileNames());
        List<Mtl> materials = MtlReader.read(new ByteArrayInputStream(files.get("test.mtl")));
        assertEquals(2, materials.size());
        Map<String, Mtl> byName = new HashMap<>();
        materials.forEach(mtl -> byName.put(mtl.getName(), mtl));
        assertEquals(1.0f, byName.get("color_ff0000").getKd().getX(), 1e-4f);
        assertEquals(1.0f, byName.get("color_0000ff").getKd().getZ(), 1e-4f);
    }

    @Test
    void stlHasEveryTriangleWithUnitFacetNormalsInsideTheBounds() throws IOException {
        ByteBuffer stl = ByteBuffer.wrap(file(ExportFormat.STL)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[80];
        stl.get(header);
        assertTrue(!new String(header, 0, 5).equalsIgnoreCase("solid"), "binary STL must not look like ASCII");
        int triangles = stl.getInt();
        assertEquals(12 + SPHERE_TRIANGLES, triangles);
        assertEquals(84 + 50 * triangles, stl.capacity());
        for (int t = 0; t < triangles; t++) {
            float nx = stl.getFloat();
            float ny = stl.getFloat();
            float nz = stl.getFloat();
            double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
            assertTrue(length == 0 || Math.abs(length - 1) < 1e-5, "facet normal length " + length);
            for (int corner = 0; corner < 3; corner++) {
                float x = stl.getFloat();
                float y = stl.getFloat();
                float z = stl.getFloat();
                assertTrue(x >= -1.0001 && x <= 4.0001 && Math.abs(y) <= 1.0001 && Math.abs(z) <= 1.0001);
            }
            stl.getShort();
        }
    }

    @Test
    void rotationAndScaleKeepNormalsOutward() {
        Part tilted = new Part(
                "t",
                "cube",
                List.of(1.0, 4.0, 1.0),
                Part.ORIGIN,
                List.of(0.0, 0.0, 90.0),
                List.of(2.0, 1.0, 1.0),
                "#00ff00");
        Mesh mesh = PlacedMesh.of(tilted).mesh();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            minX = Math.min(minX, mesh.position(v, 0));
            maxX = Math.max(maxX, mesh.position(v, 0));
        }
        assertEquals(4.0, maxX - minX, 1e-5, "the 4-tall box lies along x after 90 degrees about z");
        assertTrue(ShapesTest.signedVolume(mesh) > 0);
        assertEquals(8.0, ShapesTest.signedVolume(mesh), 1e-4, "2 x 4 x 1");
    }

    @Test
    void objNumbersAreWrittenWithSixDecimals() {
        StringBuilder out = new StringBuilder();
        ObjExporter.fixed(out, 1.5f);
        ObjExporter.fixed(out.append(' '), -0.0000004f);
        ObjExporter.fixed(out.append(' '), -2.25f);
        ObjExporter.fixed(out.append(' '), 0.000123f);
        assertEquals("1.500000 0.000000 -2.250000 0.000123", out.toString());
    }

    @Test
    void theTriangleCountIsKnownBeforeAnythingIsMeshed() throws IOException {
        assertEquals(12 + SPHERE_TRIANGLES, Shapes.triangleCount(PARTS));
        ByteBuffer stl = ByteBuffer.wrap(file(ExportFormat.STL)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(Shapes.triangleCount(PARTS), stl.getInt(80));
    }

    /** Issue 13, point 1: a file is written part by part, never built whole before the first byte leaves. */
    @Test
    void everyFormatIsWrittenInPiecesNoBiggerThanAPart() throws IOException {
        List<Part> tori = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tori.add(new Part(
                    "ring " + i,
                    "torus",
                    List.of(1.0, 0.25, 1.0),
                    List.of((double) i, 0.0, 0.0),
                    Part.ORIGIN,
                    Part.UNIT,
                    "#808080"));
        }
        for (ExportFormat format : ExportFormat.values()) {
            LargestWrite out = new LargestWrite();
            format.write("rings", tori, out);
            assertTrue(
                    out.total > 20 * out.largest, format + ": largest write " + out.largest + " bytes of " + out.total);
        }
    }

    private static byte[] file(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write("test", PARTS, out);
        return out.toByteArray();
    }

    /** Counts what is written and remembers the largest single write. */
    private static final class LargestWrite extends OutputStream {
        long total;
        long largest;

        @Override
        public void write(int b) {
            total++;
            largest = Math.max(largest, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            total += length;
            largest = Math.max(largest, length);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
