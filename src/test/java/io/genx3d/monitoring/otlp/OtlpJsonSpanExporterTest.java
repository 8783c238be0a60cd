package io.genx3d.monitoring.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OTLP/JSON body: what a collector reads, including text that must be escaped. */
class OtlpJsonSpanExporterTest {

    @Test
    void aSpanIsWrittenInOtlpsJsonMapping() throws Exception {
        List<SpanData> finished = new ArrayList<>();
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(new Collecting(finished)))
                .build();
        Span parent = provider.get("test")
                .spanBuilder("GET /api/v1/models")
                .setSpanKind(SpanKind.SERVER)
                .startSpan();
        Span child = provider.get("test")
                .spanBuilder("genx3d.models.page")
                .setParent(io.opentelemetry.context.Context.root().with(parent))
                .setAttribute("text", "a \"quoted\"\nline\\")
                .setAttribute("count", 3L)
                .setAttribute("ok", true)
                .startSpan();
        child.end();
        parent.end();

        JsonNode body = new ObjectMapper().readTree(OtlpJsonSpanExporter.body(finished));
        JsonNode spans =
                body.path("resourceSpans").get(0).path("scopeSpans").get(0).path("spans");
        assertEquals(2, spans.size());
        JsonNode childJson = spans.get(0);
        JsonNode parentJson = spans.get(1);
        assertEquals("genx3d.models.page", childJson.path("name").asText());
        assertEquals(1, childJson.path("kind").asInt(), "INTERNAL");
        assertEquals(2, parentJson.path("kind").asInt(), "SERVER");
        assertEquals(
                parentJson.path("spanId").asText(),
                childJson.path("parentSpanId").asText());
        assertEquals(
                parent.getSpanContext().getTraceId(), childJson.path("traceId").asText());
        assertEquals(false, parentJson.has("parentSpanId"));
        JsonNode attributes = childJson.path("attributes");
        assertEquals(
                "a \"quoted\"\nline\\",
                valueOf(attributes, "text").path("stringValue").asText());
        assertEquals("3", valueOf(attributes, "count").path("intValue").asText());
        assertEquals(true, valueOf(attributes, "ok").path("boolValue").asBoolean());
        assertEquals(
                String.valueOf(finished.get(0).getStartEpochNanos()),
                childJson.path("startTimeUnixNano").asText());
        provider.close();
    }

    private static JsonNode valueOf(JsonNode attributes, String key) {
        for (JsonNode attribute : attributes) {
            if (attribute.path("key").asText().equals(key)) {
                return attribute.path("value");
            }
        }
        throw new AssertionError("no attribute " + key + " in " + attributes);
    }

    private record Collecting(List<SpanData> into) implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            into.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
