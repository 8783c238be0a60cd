package io.genx3d.monitoring.otlp;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
        JsonArrayBuilder resourceSpans = Json.createArrayBuilder();
        grouped.forEach((resource, byScope) -> {
            JsonArrayBuilder scopeSpans = Json.createArrayBuilder();
            byScope.forEach((scope, scoped) -> {
                JsonArrayBuilder list = Json.createArrayBuilder();
                scoped.forEach(span -> list.add(span(span)));
                JsonObjectBuilder scopeJson = Json.createObjectBuilder().add("name", scope.getName());
                if (scope.getVersion() != null) {
                    scopeJson.add("version", scope.getVersion());
                }
                scopeSpans.add(
                        Json.createObjectBuilder().add("scope", scopeJson).add("spans", list));
            });
            resourceSpans.add(Json.createObjectBuilder()
                    .add("resource", Json.createObjectBuilder().add("attributes", attributes(resource.getAttributes())))
                    .add("scopeSpans", scopeSpans));
        });
        return Json.createObjectBuilder()
                .add("resourceSpans", resourceSpans)
                .build()
                .toString();
    }

    private static JsonObjectBuilder span(SpanData span) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("traceId", span.getTraceId())
                .add("spanId", span.getSpanId())
                .add("name", span.getName())
                // OTLP's SpanKind numbers: SPAN_KIND_INTERNAL = 1, SERVER, CLIENT, PRODUCER, CONSUMER
                .add("kind", span.getKind().ordinal() + 1)
                .add("startTimeUnixNano", String.valueOf(span.getStartEpochNanos()))
                .add("endTimeUnixNano", String.valueOf(span.getEndEpochNanos()))
                .add("attributes", attributes(span.getAttributes()))
                .add(
                        "status",
                        Json.createObjectBuilder()
                                .add("code", span.getStatus().getStatusCode().ordinal())
                                .add("message", span.getStatus().getDescription()));
        if (span.getParentSpanContext().isValid()) {
            json.add("parentSpanId", span.getParentSpanId());
        }
        return json;
    }

    private static JsonArrayBuilder attributes(Attributes attributes) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        attributes.forEach((key, value) ->
                list.add(Json.createObjectBuilder().add("key", key.getKey()).add("value", value(key, value))));
        return list;
    }

    private static JsonObjectBuilder value(AttributeKey<?> key, Object value) {
        return switch (key.getType()) {
            case BOOLEAN -> Json.createObjectBuilder().add("boolValue", (Boolean) value);
            case LONG -> Json.createObjectBuilder().add("intValue", String.valueOf(value));
            case DOUBLE -> Json.createObjectBuilder().add("doubleValue", (Double) value);
            default -> Json.createObjectBuilder().add("stringValue", String.valueOf(value));
        };
    }
}
