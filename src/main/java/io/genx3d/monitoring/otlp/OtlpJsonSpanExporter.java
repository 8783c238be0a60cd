package io.genx3d.monitoring.otlp;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends spans as OTLP/JSON ({@code OTEL_EXPORTER_OTLP_PROTOCOL=http/json}), which the OpenTelemetry Java SDK that
 * Payara bundles does not offer (it has {@code grpc} and {@code http/protobuf}): one {@code POST} of an
 * {@code ExportTraceServiceRequest} in the protobuf JSON mapping per batch, to the traces endpoint, with the
 * configured headers. Only the SDK's public {@link SpanData} is read, so an SDK upgrade does not break it.
 */
final class OtlpJsonSpanExporter implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(OtlpJsonSpanExporter.class.getName());

    private final URI endpoint;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final HttpClient http;

    OtlpJsonSpanExporter(URI endpoint, Map<String, String> headers, Duration timeout) {
        this.endpoint = endpoint;
        this.headers = Map.copyOf(headers);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        if (spans.isEmpty()) {
            return CompletableResultCode.ofSuccess();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(spans)));
        headers.forEach(request::header);
        CompletableResultCode result = new CompletableResultCode();
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                result.succeed();
            } else {
                LOG.log(Level.WARNING, "OTLP/JSON export of {0} spans to {1} failed: {2}", new Object[] {
                    spans.size(), endpoint, failure != null ? failure.toString() : "HTTP " + response.statusCode()
                });
                result.fail();
            }
        });
        return result;
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** The request body: spans grouped by resource, then by instrumentation scope, as OTLP has them. */
    static String body(Collection<SpanData> spans) {
        Map<Resource, Map<InstrumentationScopeInfo, List<SpanData>>> grouped = spans.stream()
                .collect(Collectors.groupingBy(
                        SpanData::getResource,
                        LinkedHashMap::new,
                        Collectors.groupingBy(
                                SpanData::getInstrumentationScopeInfo, LinkedHashMap::new, Collectors.toList())));
        // Written by hand, not with JSON-P: at the runtime level (OTEL_* in the environment) this class is loaded by
        // Payara's own class loader, next to the SDK, where no JSON library is guaranteed.
        JsonText json = new JsonText();
        json.open('{').key("resourceSpans").open('[');
        grouped.forEach((resource, byScope) -> {
            json.open('{').key("resource").open('{').key("attributes");
            attributes(json, resource.getAttributes());
            json.close('}').key("scopeSpans").open('[');
            byScope.forEach((scope, scoped) -> {
                json.open('{').key("scope").open('{').key("name").string(scope.getName());
                if (scope.getVersion() != null) {
                    json.key("version").string(scope.getVersion());
                }
                json.close('}').key("spans").open('[');
                scoped.forEach(span -> span(json, span));
                json.close(']').close('}');
            });
            json.close(']').close('}');
        });
        return json.close(']').close('}').toString();
    }

    private static void span(JsonText json, SpanData span) {
        json.open('{').key("traceId").string(span.getTraceId()).key("spanId").string(span.getSpanId());
        if (span.getParentSpanContext().isValid()) {
            json.key("parentSpanId").string(span.getParentSpanId());
        }
        json.key("name")
                .string(span.getName())
                // OTLP's SpanKind numbers: SPAN_KIND_INTERNAL = 1, SERVER, CLIENT, PRODUCER, CONSUMER
                .key("kind")
                .number(span.getKind().ordinal() + 1)
                .key("startTimeUnixNano")
                .string(String.valueOf(span.getStartEpochNanos()))
                .key("endTimeUnixNano")
                .string(String.valueOf(span.getEndEpochNanos()))
                .key("attributes");
        attributes(json, span.getAttributes());
        // OTLP's status codes: STATUS_CODE_UNSET = 0, OK, ERROR, as the SDK's StatusCode lists them
        json.key("status")
                .open('{')
                .key("code")
                .number(span.getStatus().getStatusCode().ordinal())
                .key("message")
                .string(span.getStatus().getDescription())
                .close('}')
                .close('}');
    }

    private static void attributes(JsonText json, Attributes attributes) {
        json.open('[');
        attributes.forEach((key, value) -> {
            json.open('{').key("key").string(key.getKey()).key("value").open('{');
            value(json, key, value);
            json.close('}').close('}');
        });
        json.close(']');
    }

    private static void value(JsonText json, AttributeKey<?> key, Object value) {
        switch (key.getType()) {
            case BOOLEAN -> json.key("boolValue").literal(String.valueOf(value));
            case LONG -> json.key("intValue").string(String.valueOf(value));
            case DOUBLE -> json.key("doubleValue").literal(String.valueOf(value));
            default -> json.key("stringValue").string(String.valueOf(value));
        }
    }
}
