package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import io.genx3d.caller.AuthenticatedCaller;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request quotas per window ({@code genx3d.ratelimit.window}, one hour by default). Every key has its own bucket,
 * and every account a plan bucket that all its keys and dashboard sessions share (its {@code max_rate_limit}, or
 * the default): many keys, or keys minting keys, cannot multiply a plan.
 */
@ApplicationScoped
public class ApiRateLimits {

    @Inject
    BucketStore store;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.window", defaultValue = "PT1H")
    Duration window;

    private RateLimiter limiter;

    static final String SPAN = "genx3d.rate-limit.consume";

    /** MicroProfile Telemetry's tracer; not resolvable on a server without it. */
    @Inject
    Instance<Tracer> tracers;

    @PostConstruct
    void init() {
        limiter = new RateLimiter(store, window, caches);
    }

    /**
     * Spends one request of the key's own limit and one of its account's plan (a session has only the plan). When
     * either is spent, neither is charged, and the refusal names the one that binds. While the request is traced, this
     * is a child span of it ({@value #SPAN}: the buckets' work, in the grid in a cluster); untraced (telemetry off, the
     * default) it costs one check of the current span and nothing else, which an interceptor would not.
     */
    public Decision consume(AuthenticatedCaller caller) {
        if (!Span.current().getSpanContext().isValid() || !tracers.isResolvable()) {
            return consumeBoth(caller);
        }
        Span span = tracers.get().spanBuilder(SPAN).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return consumeBoth(caller);
        } finally {
            span.end();
        }
    }

    private Decision consumeBoth(AuthenticatedCaller caller) {
        Decision plan = limiter.consume(planBucket(caller), caller.planLimit());
        if (caller.viaSession() || !plan.allowed()) {
            return plan;
        }
        Decision key = limiter.consume(keyBucket(caller), caller.rateLimit());
        if (!key.allowed()) {
            limiter.refund(planBucket(caller), caller.planLimit());
            return key;
        }
        return binding(key, plan);
    }

    public Decision peek(AuthenticatedCaller caller) {
        Decision plan = limiter.peek(planBucket(caller), caller.planLimit());
        return caller.viaSession() ? plan : binding(limiter.peek(keyBucket(caller), caller.rateLimit()), plan);
    }

    /** The limit closer to refusing (fewer requests left; on a tie, the smaller): what the headers show. */
    static Decision binding(Decision key, Decision plan) {
        if (plan.remaining() != key.remaining()) {
            return plan.remaining() < key.remaining() ? plan : key;
        }
        return plan.limit() < key.limit() ? plan : key;
    }

    private static String planBucket(AuthenticatedCaller caller) {
        return "plan:" + caller.accountId();
    }

    private static String keyBucket(AuthenticatedCaller caller) {
        return "key:" + caller.lineageId();
    }
}
