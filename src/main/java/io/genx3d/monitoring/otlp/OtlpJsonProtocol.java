package io.genx3d.monitoring.otlp;

import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Makes the standard {@code OTEL_EXPORTER_OTLP_PROTOCOL=http/json} (or {@code OTEL_EXPORTER_OTLP_TRACES_PROTOCOL})
 * work: the SDK's own OTLP exporter refuses that protocol, so where the traces exporter list says {@code otlp} and the
 * protocol is {@code http/json}, it is replaced by {@link OtlpJsonExporterProvider}'s exporter. Every other setting
 * is left as given. Found through {@code META-INF/services} by the SDK's autoconfiguration, which Payara runs per
 * application with the application's class loader.
 */
public final class OtlpJsonProtocol implements AutoConfigurationCustomizerProvider {

    static final String JSON = "http/json";

    @Override
    public void customize(AutoConfigurationCustomizer customizer) {
        customizer.addPropertiesCustomizer(config -> {
            String protocol = config.getString(
                    "otel.exporter.otlp.traces.protocol", config.getString("otel.exporter.otlp.protocol", ""));
            String exporters = config.getString("otel.traces.exporter", "otlp");
            if (!JSON.equals(protocol.strip())
                    || !Arrays.asList(exporters.split("\\s*,\\s*")).contains("otlp")) {
                return Map.of();
            }
            String replaced = Arrays.stream(exporters.split("\\s*,\\s*"))
                    .map(name -> name.equals("otlp") ? OtlpJsonExporterProvider.NAME : name)
                    .collect(Collectors.joining(","));
            // the SDK's OTLP exporter would refuse http/json even where it is not chosen for traces
            return Map.of("otel.traces.exporter", replaced, "otel.exporter.otlp.traces.protocol", "http/protobuf");
        });
    }
}
