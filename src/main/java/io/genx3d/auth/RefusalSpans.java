package io.genx3d.auth;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * A span for a request the authentication mechanism refused (401, 403, 429 …): those never reach JAX-RS, whose server
 * span MicroProfile Telemetry makes, yet they are the requests an operator looks for. Same trace as the caller's
 * {@code traceparent}, named by the method alone (the route was never matched), with the request id, the status and
 * the refusal's code; never the key. With telemetry off (the default) the SDK is a no-op and this costs nothing.
 */
@ApplicationScoped
public class RefusalSpans {

    private static final TextMapGetter<HttpServletRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServletRequest request) {
            return Collections.list(request.getHeaderNames());
        }

        @Override
        public String get(HttpServletRequest request, String name) {
            return request == null ? null : request.getHeader(name);
        }
    };

    @Inject
    Instance<OpenTelemetry> telemetry;

    void record(HttpServletRequest request, int status, String errorCode) {
        if (!telemetry.isResolvable()) {
            return; // a server without MicroProfile Telemetry
        }
        OpenTelemetry openTelemetry = telemetry.get();
        Context parent =
                openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), request, HEADERS);
        long started = RequestOutcomes.startedAtEpochNanos(request);
        Span span = openTelemetry
                .getTracer("io.genx3d")
                .spanBuilder(request.getMethod())
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setStartTimestamp(started, TimeUnit.NANOSECONDS)
                .setAttribute("http.request.method", request.getMethod())
                .setAttribute("url.path", request.getRequestURI())
                .setAttribute("http.response.status_code", (long) status)
                .setAttribute("error.type", errorCode)
                .startSpan();
        String requestId = RequestOutcomes.requestId(request);
        if (requestId != null) {
            span.setAttribute("genx3d.request.id", requestId);
        }
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
