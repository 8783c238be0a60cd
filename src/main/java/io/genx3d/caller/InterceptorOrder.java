package io.genx3d.caller;

import jakarta.interceptor.Interceptor;

/**
 * The order in which a request is checked, in one place. Authentication is not an interceptor: the
 * {@code HttpAuthenticationMechanism} runs in the servlet container before JAX-RS sees the request, so by the
 * time these interceptors run the caller is known. Then: scope, then rate limit, then the business method.
 * A request refused by an earlier step never reaches (or consumes) a later one.
 */
public final class InterceptorOrder {

    public static final int SCOPE = Interceptor.Priority.APPLICATION + 100;
    public static final int RATE_LIMIT = Interceptor.Priority.APPLICATION + 200;

    private InterceptorOrder() {}
}
