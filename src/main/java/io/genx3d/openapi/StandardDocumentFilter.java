package io.genx3d.openapi;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the published document standard OpenAPI. Payara 6 puts a top-level {@code endpoints} field into the
 * document it serves (renamed {@code x-endpoints} upstream in FISH-12303, after the last Payara 6 release), and
 * strict tools refuse it: openapi-generator stops with "attribute endpoints is unexpected". Payara fills the
 * field before it runs the application's filter and its serializer leaves empty maps out, so emptying it here
 * removes it. On servers whose model has no such field this does nothing.
 */
public class StandardDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(StandardDocumentFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI document) {
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
