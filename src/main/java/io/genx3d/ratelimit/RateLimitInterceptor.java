package io.genx3d.ratelimit;

import io.genx3d.caller.Caller;
import io.genx3d.caller.InterceptorOrder;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Spends one token of the caller's bucket per call, after authentication and the scope check (a 401 or 403
 * costs nothing), and refuses with the seed's 429 when the bucket is empty. Open calls (sign-up, login) have
 * no caller and are limited by {@link AuthFailureLimits} instead.
 */
@RateLimited
@Interceptor
@Priority(InterceptorOrder.RATE_LIMIT)
public class RateLimitInterceptor {

    @Inject
    Caller caller;

    @Inject
    ApiRateLimits limits;

    @Inject
    RateLimitState state;

    @AroundInvoke
    public Object limit(InvocationContext invocation) throws Exception {
        if (!caller.isAuthenticated()) {
            return invocation.proceed();
        }
        Decision decision = limits.consume(caller.get());
        state.set(decision);
        if (!decision.allowed()) {
            throw RateLimitExceeded.by(decision);
        }
        return invocation.proceed();
    }
}
