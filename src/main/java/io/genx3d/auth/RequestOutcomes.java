package io.genx3d.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Publishes {@link RequestAnswered}: the one place that says a request is done. The latency is measured from the
 * first moment the server saw the request, which the authentication mechanism marks (it runs before anything
 * else, for open paths too).
 */
@ApplicationScoped
public class RequestOutcomes {

    private static final String STARTED = RequestOutcomes.class.getName() + ".started";

    @Inject
    Event<RequestAnswered> answered;

    public static void markStart(HttpServletRequest request) {
        if (request.getAttribute(STARTED) == null) {
            request.setAttribute(STARTED, System.nanoTime());
        }
    }

    public void answered(HttpServletRequest request, int status, String keyId, String accountId, String clientAddress) {
        Object started = request.getAttribute(STARTED);
        long elapsed = started instanceof Long nanos ? System.nanoTime() - nanos : 0L;
        answered.fire(new RequestAnswered(
                request.getMethod(), request.getRequestURI(), status, keyId, accountId, clientAddress, elapsed));
    }
}
