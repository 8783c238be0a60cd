package io.genx3d.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Publishes {@link RequestAnswered}: the one place that says a request is done. The latency is measured from the
 * first moment the server saw the request, which the authentication mechanism marks (it runs before anything
 * else, for open paths too), and the client address is the one the mechanism decided then.
 */
@ApplicationScoped
public class RequestOutcomes {

    private static final String STARTED = RequestOutcomes.class.getName() + ".started";
    private static final String CLIENT_ADDRESS = RequestOutcomes.class.getName() + ".clientAddress";
    private static final String REQUEST_ID = RequestOutcomes.class.getName() + ".requestId";
    private static final String USER_AGENT = "User-Agent";

    @Inject
    Event<RequestAnswered> answered;

    /** The request has arrived from {@code clientAddress}; its outcome will be reported with both. */
    public static void begin(HttpServletRequest request, HttpServletResponse response, String clientAddress) {
        if (request.getAttribute(STARTED) == null) {
            request.setAttribute(STARTED, System.nanoTime());
            request.setAttribute(CLIENT_ADDRESS, clientAddress);
            String requestId = RequestIds.next();
            request.setAttribute(REQUEST_ID, requestId);
            response.setHeader(RequestIds.HEADER, requestId);
        }
    }

    /** The id in this request's {@code X-Request-Id}, or null before the mechanism ran. */
    public static String requestId(HttpServletRequest request) {
        return request.getAttribute(REQUEST_ID) instanceof String id ? id : null;
    }

    /** When the server first saw the request, in nanoseconds since the epoch (for a span's start), or now. */
    static long startedAtEpochNanos(HttpServletRequest request) {
        long now = java.time.Instant.now().toEpochMilli() * 1_000_000L;
        return request.getAttribute(STARTED) instanceof Long started ? now - (System.nanoTime() - started) : now;
    }

    /** The client address the mechanism decided for this request, or null before it ran. */
    public static String clientAddress(HttpServletRequest request) {
        return request.getAttribute(CLIENT_ADDRESS) instanceof String address ? address : null;
    }

    /**
     * A request the authentication mechanism refused: no caller, but the refusal's code, and the real key it named
     * (revoked, expired…) when there was one.
     */
    public void refused(HttpServletRequest request, int status, String errorCode, String refusedKeyId) {
        fire(
                new Answer(
                        request.getMethod(),
                        request.getRequestURI(),
                        request.getAttribute(STARTED),
                        request.getAttribute(CLIENT_ADDRESS),
                        request.getAttribute(REQUEST_ID),
                        request.getHeader(USER_AGENT)),
                status,
                null,
                null,
                errorCode,
                refusedKeyId);
    }

    /**
     * The same from JAX-RS, whose request properties are the servlet request's attributes (as the JAX-RS
     * specification has it in a servlet container): read directly, not through an injected servlet request's proxy,
     * which costs a lookup in the container's registry on every call.
     */
    public void answered(
            ContainerRequestContext request, int status, String keyId, String accountId, String errorCode) {
        fire(
                new Answer(
                        request.getMethod(),
                        request.getUriInfo().getRequestUri().getRawPath(),
                        request.getProperty(STARTED),
                        request.getProperty(CLIENT_ADDRESS),
                        request.getProperty(REQUEST_ID),
                        request.getHeaderString(USER_AGENT)),
                status,
                keyId,
                accountId,
                errorCode,
                null);
    }

    /** What is read from the request, the same way whichever side answered it. */
    private record Answer(
            String method, String path, Object started, Object clientAddress, Object requestId, String userAgent) {}

    private void fire(
            Answer request, int status, String keyId, String accountId, String errorCode, String refusedKeyId) {
        long elapsed = request.started() instanceof Long nanos ? System.nanoTime() - nanos : 0L;
        answered.fire(new RequestAnswered(
                request.method(),
                request.path(),
                status,
                keyId,
                accountId,
                (String) request.clientAddress(),
                elapsed,
                request.requestId() instanceof String id ? id : null,
                errorCode,
                request.userAgent(),
                refusedKeyId));
    }
}
