package io.genx3d.monitoring;

import io.genx3d.auth.RequestAnswered;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Names the caller on the request's trace span: MicroProfile Telemetry's server span (one per JAX-RS request, named by
 * its route template, {@code traceparent} honoured) gets the request id, the key id — never the key — and the account
 * id. Observes {@link RequestAnswered}, which JAX-RS's response filter publishes while that span is still current;
 * with telemetry off (the default) the current span is the invalid no-op one and nothing is done.
 */
@ApplicationScoped
public class RequestSpans {

    static final String REQUEST_ID = "genx3d.request.id";
    static final String KEY_ID = "genx3d.key.id";
    static final String ACCOUNT_ID = "genx3d.account.id";

    void describe(@Observes RequestAnswered answered) {
        Span span = Span.current();
        if (!span.getSpanContext().isValid()) {
            return;
        }
        if (answered.requestId() != null) {
            span.setAttribute(REQUEST_ID, answered.requestId());
        }
        if (answered.keyId() != null) {
            span.setAttribute(KEY_ID, answered.keyId());
        }
        if (answered.accountId() != null) {
            span.setAttribute(ACCOUNT_ID, answered.accountId());
        }
    }
}
