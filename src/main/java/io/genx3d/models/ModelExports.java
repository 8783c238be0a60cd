package io.genx3d.models;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.export.ExportFormat;
import io.genx3d.export.Shapes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * What bounds an export: how many triangles one file may hold ({@code genx3d.exports.max-triangles}, checked before
 * anything is meshed) and how many exports are written at once (the bulkhead; a request beyond it is answered
 * {@code 503} at once rather than queued behind multi-megabyte files).
 */
@ApplicationScoped
public class ModelExports {

    /**
     * Exports written at the same time. A MicroProfile Fault Tolerance override changes it without a rebuild:
     * {@code io.genx3d.models.ModelExports/write/Bulkhead/value} (environment:
     * {@code IO_GENX3D_MODELS_EXPORTS_WRITE_BULKHEAD_VALUE}).
     */
    static final int CONCURRENT_EXPORTS = 4;

    @Inject
    @ConfigProperty(name = "genx3d.exports.max-triangles", defaultValue = "1000000")
    long maxTriangles;

    /** Refuses, before any work, a model whose file would hold more triangles than one export may. */
    public void checkSize(List<Part> parts) {
        long triangles = Shapes.triangleCount(parts);
        if (triangles > maxTriangles) {
            throw new ApiException(
                    ErrorCode.EXPORT_TOO_LARGE,
                    String.format(
                            java.util.Locale.ROOT,
                            "This model exports to %,d triangles; one export may hold at most %,d",
                            triangles,
                            maxTriangles),
                    Map.of("triangles", triangles, "max_triangles", maxTriangles));
        }
    }

    @Bulkhead(CONCURRENT_EXPORTS)
    public void write(ExportFormat format, String baseName, List<Part> parts, OutputStream out) throws IOException {
        format.write(baseName, parts, out);
    }
}
