package io.genx3d.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.genx3d.caches.Caches;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Caller;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.storage.ClusterGrid;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rate-limit interceptor alone: one token per call, the seed's 429 when the bucket is empty. */
class RateLimitInterceptorTest {

    private final RateLimitInterceptor interceptor = new RateLimitInterceptor();
    private final InvocationContext invocation = mock(InvocationContext.class);

    RateLimitInterceptorTest() {
        interceptor.caller = new Caller();
        interceptor.state = new RateLimitState();
        interceptor.state.request = requestWithAttributes();
        interceptor.limits = new ApiRateLimits();
        interceptor.limits.cluster = new ClusterGrid();
        interceptor.limits.caches = new Caches();
        interceptor.limits.windowLength = Duration.ofHours(1);
        interceptor.limits.init();
    }

    @Test
    void callsWithinTheLimitProceedAndTheNextIsRefusedWithoutReachingTheMethod() throws Exception {
        interceptor.caller.set(
                new AuthenticatedCaller("acct_1", "key_" + System.nanoTime(), Set.of(Scope.MODELS_READ), 2));
        interceptor.limit(invocation);
        interceptor.limit(invocation);
        assertEquals(0, interceptor.state.decision().remaining());
        ApiException refused = assertThrows(ApiException.class, () -> interceptor.limit(invocation));
        assertEquals(429, refused.status());
        assertEquals(2L, ((Number) refused.body().error().details().get("limit")).longValue());
        assertEquals("2", refused.headers().get("X-RateLimit-Limit"));
        assertEquals(false, interceptor.state.decision().allowed(), "the headers filter reads the refusal's decision");
        verify(invocation, times(2)).proceed();
    }

    @Test
    void eachKeyHasItsOwnLimitWithinThePlan() throws Exception {
        String account = "acct_" + System.nanoTime();
        interceptor.caller.set(new AuthenticatedCaller(account, "key_a" + System.nanoTime(), Set.of(), 1, 100));
        interceptor.limit(invocation);
        interceptor.caller.set(new AuthenticatedCaller(account, "key_b" + System.nanoTime(), Set.of(), 1, 100));
        interceptor.limit(invocation);
        verify(invocation, times(2)).proceed();
    }

    /** Issue 13, point 6: keys of one account share its plan; the refusal names the plan's limit. */
    @Test
    void theAccountsPlanBoundsItsKeysTogether() throws Exception {
        String account = "acct_" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            interceptor.caller.set(new AuthenticatedCaller(account, "key_" + i + System.nanoTime(), Set.of(), 10, 3));
            interceptor.limit(invocation);
        }
        interceptor.caller.set(new AuthenticatedCaller(account, "key_x" + System.nanoTime(), Set.of(), 10, 3));
        ApiException refused = assertThrows(ApiException.class, () -> interceptor.limit(invocation));
        assertEquals(3L, ((Number) refused.body().error().details().get("limit")).longValue());
        verify(invocation, times(3)).proceed();
    }

    @Test
    void openCallsHaveNoCallerAndSpendNothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            interceptor.limit(invocation);
        }
        verify(invocation, times(5)).proceed();
        assertEquals(null, interceptor.state.decision());
    }

    /** A request that keeps attributes, as the container's does. */
    private static HttpServletRequest requestWithAttributes() {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = mock(HttpServletRequest.class);
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(request)
                .setAttribute(anyString(), any());
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.getArgument(0)));
        return request;
    }
}
