package io.genx3d.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps the published document standard OpenAPI. Payara 6 puts a top-level {@code endpoints} field into the
 * document it serves (renamed {@code x-endpoints} upstream in FISH-12303, after the last Payara 6 release), and
 * strict tools refuse it: openapi-generator stops with "attribute endpoints is unexpected". Payara fills the
 * field before it runs the application's filter and its serializer leaves empty maps out, so emptying it here
 * removes it. On servers whose model has no such field this does nothing.
 */
public class StandardDocumentFilter implements OASFilter {

    private static final String NULLABLE = "nullable";

    private static final Logger LOG = Logger.getLogger(StandardDocumentFilter.class.getName());

    /**
     * OpenAPI 3.0's {@code nullable: true} said the 3.1 way ({@code type: [string, "null"]}), which MicroProfile
     * OpenAPI 4 (Payara 7) models. Read as a 3.0 keyword it has no place in that model, and Payara's serializer then
     * writes it twice, once inside a stray {@code "all"} member that strict tools refuse; so the served document is
     * OpenAPI 3.1 and says the same thing. On MicroProfile OpenAPI 3 (no generic properties) this does nothing.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        try {
            if (Boolean.TRUE.equals(schema.get(NULLABLE))) {
                schema.set(NULLABLE, null);
                List<Schema.SchemaType> types =
                        schema.getType() == null ? new ArrayList<>() : new ArrayList<>(schema.getType());
                if (!types.contains(Schema.SchemaType.NULL)) {
                    types.add(Schema.SchemaType.NULL);
                }
                schema.setType(types);
                if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
                    List<Object> values = new ArrayList<>(schema.getEnumeration());
                    values.add(null);
                    schema.setEnumeration(values);
                }
            }
        } catch (AbstractMethodError | NoSuchMethodError olderModel) {
            // MicroProfile OpenAPI 3: nullable is a field of its own there, and served as written
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getOpenapi() != null && document.getOpenapi().startsWith("3.0")) {
            document.setOpenapi("3.1.0"); // filterSchema above wrote nullability the 3.1 way
        }
        try {
            Method setEndpoints = document.getClass().getMethod("setEndpoints", Map.class);
            setEndpoints.invoke(document, new TreeMap<String, Object>());
        } catch (NoSuchMethodException notPayara) {
            // another implementation: nothing non-standard to remove
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Could not remove Payara's non-standard endpoints field from /openapi", unexpected);
        }
    }
}
