package io.genx3d.monitoring.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The standard settings asking for OTLP over http/json select the JSON exporter, and nothing else is touched. */
class OtlpJsonProtocolTest {

    @Test
    void httpJsonSelectsTheJsonExporterForTraces() {
        Map<String, String> changed =
                customized(Map.of("otel.traces.exporter", "otlp", "otel.exporter.otlp.protocol", "http/json"));
        assertEquals("genx3d-otlp-json", changed.get("otel.traces.exporter"));
    }

    @Test
    void aTracesOnlyProtocolCountsAndOtherExportersStay() {
        Map<String, String> changed = customized(
                Map.of("otel.traces.exporter", "console, otlp", "otel.exporter.otlp.traces.protocol", "http/json"));
        assertEquals("console,genx3d-otlp-json", changed.get("otel.traces.exporter"));
    }

    @Test
    void otherProtocolsAreLeftToTheSdk() {
        assertEquals(
                Map.of(),
                customized(Map.of("otel.traces.exporter", "otlp", "otel.exporter.otlp.protocol", "http/protobuf")));
        assertEquals(
                Map.of(),
                customized(Map.of("otel.traces.exporter", "none", "otel.exporter.otlp.protocol", "http/json")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> customized(Map<String, String> settings) {
        AutoConfigurationCustomizer customizer = mock(AutoConfigurationCustomizer.class);
        Map<String, Function<ConfigProperties, Map<String, String>>> captured = new HashMap<>();
        when(customizer.addPropertiesCustomizer(any())).thenAnswer(call -> {
            captured.put("f", call.getArgument(0));
            return customizer;
        });
        new OtlpJsonProtocol().customize(customizer);
        ConfigProperties config = mock(ConfigProperties.class);
        when(config.getString(any(), any()))
                .thenAnswer(call ->
                        settings.getOrDefault(call.getArgument(0, String.class), call.getArgument(1, String.class)));
        when(config.getString(any())).thenAnswer(call -> settings.get(call.getArgument(0, String.class)));
        return captured.get("f").apply(config);
    }
}
