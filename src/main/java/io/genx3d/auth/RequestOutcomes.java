package io.genx3d.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Publishes {@link RequestAnswered}: the one place that says a request is done. The latency is measured from the
 * first moment the server saw the request, which the authentication mechanism marks (it runs before anything
 * else, for open paths too), and the client address is the one the mechanism decided then.
 */
@ApplicationScoped
public class RequestOutcomes {

    private static final String STARTED = RequestOutcomes.class.getName() + ".started";
    private static final String CLIENT_ADDRESS = RequestOutcomes.class.getName() + ".clientAddress";

    @Inject
    Event<RequestAnswered> answered;

    /** The request has arrived from {@code clientAddress}; its outcome will be reported with both. */
    public static void begin(HttpServletRequest request, String clientAddress) {
        if (request.getAttribute(STARTED) == null) {
            request.setAttribute(STARTED, System.nanoTime());
            request.setAttribute(CLIENT_ADDRESS, clientAddress);
        }
    }

    public void answered(HttpServletRequest request, int status, String keyId, String accountId) {
        Object started = request.getAttribute(STARTED);
        long elapsed = started instanceof Long nanos ? System.nanoTime() - nanos : 0L;
        answered.fire(new RequestAnswered(
                request.getMethod(),
                request.getRequestURI(),
                status,
                keyId,
                accountId,
                (String) request.getAttribute(CLIENT_ADDRESS),
                elapsed));
    }
}
