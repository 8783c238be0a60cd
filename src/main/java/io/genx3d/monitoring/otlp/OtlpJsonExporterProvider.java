package io.genx3d.monitoring.otlp;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.time.Duration;

/**
 * The span exporter named {@value #NAME}, found by the OpenTelemetry SDK's autoconfiguration through
 * {@code META-INF/services}; {@link OtlpJsonProtocol} selects it when the standard settings ask for OTLP over
 * {@code http/json}. It reads the standard endpoint, headers and timeout settings, traces-specific ones first.
 */
public final class OtlpJsonExporterProvider implements ConfigurableSpanExporterProvider {

    static final String NAME = "genx3d-otlp-json";

    @Override
    public SpanExporter createExporter(ConfigProperties config) {
        String tracesEndpoint = config.getString("otel.exporter.otlp.traces.endpoint");
        URI endpoint = tracesEndpoint != null
                ? URI.create(tracesEndpoint)
                : URI.create(
                        withoutTrailingSlash(config.getString("otel.exporter.otlp.endpoint", "http://localhost:4318"))
                                + "/v1/traces");
        var headers = config.getMap("otel.exporter.otlp.traces.headers");
        if (headers.isEmpty()) {
            headers = config.getMap("otel.exporter.otlp.headers");
        }
        Duration timeout = config.getDuration(
                "otel.exporter.otlp.traces.timeout",
                config.getDuration("otel.exporter.otlp.timeout", Duration.ofSeconds(10)));
        return new OtlpJsonSpanExporter(endpoint, headers, timeout);
    }

    @Override
    public String getName() {
        return NAME;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
