package io.genx3d.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A real OTLP/HTTP receiver for the tests, on loopback: accepts {@code POST /v1/traces} in OTLP's JSON encoding (what a
 * collector accepts with {@code http/json}), answers 200 as a collector does, and keeps every span with the resource
 * that sent it, and every raw body, so a test can look for what must, and must not, have been sent.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span, flattened: its resource's attributes and its own. */
    public record ReceivedSpan(JsonNode resource, JsonNode span) {

        public String traceId() {
            return span.path("traceId").asText();
        }

        public String spanId() {
            return span.path("spanId").asText();
        }

        public String parentSpanId() {
            return span.path("parentSpanId").asText("");
        }

        public String name() {
            return span.path("name").asText();
        }

        public int kind() {
            return span.path("kind").asInt();
        }

        /** A span attribute's value as text, or null. */
        public String attribute(String key) {
            return valueOf(span.path("attributes"), key);
        }

        /** A resource attribute's value as text, or null. */
        public String resourceAttribute(String key) {
            return valueOf(resource.path("attributes"), key);
        }

        private static String valueOf(JsonNode attributes, String key) {
            for (JsonNode attribute : attributes) {
                if (attribute.path("key").asText().equals(key)) {
                    JsonNode value = attribute.path("value");
                    return value.elements().hasNext() ? value.elements().next().asText() : null;
                }
            }
            return null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            int status = 200;
            try {
                for (JsonNode resourceSpans : JSON.readTree(body).path("resourceSpans")) {
                    for (JsonNode scopeSpans : resourceSpans.path("scopeSpans")) {
                        for (JsonNode span : scopeSpans.path("spans")) {
                            spans.add(new ReceivedSpan(resourceSpans.path("resource"), span));
                        }
                    }
                }
            } catch (IOException notJson) {
                status = 400;
            }
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** What a server's {@code OTEL_EXPORTER_OTLP_ENDPOINT} should be. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every body received so far, as sent. */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** Waits until at least {@code count} received spans match, and returns all that do. */
    public List<ReceivedSpan> await(Predicate<ReceivedSpan> matching, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedSpan> found =
                    new ArrayList<>(spans.stream().filter(matching).toList());
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
