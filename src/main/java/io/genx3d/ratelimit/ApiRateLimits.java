package io.genx3d.ratelimit;

import io.genx3d.caller.AuthenticatedCaller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-key request quota ({@code genx3d.ratelimit.window}, one hour by default). A key's bucket is its own; a
 * dashboard session counts against a bucket of its account, with the account's plan ceiling as the limit.
 */
@ApplicationScoped
public class ApiRateLimits {

    @Inject
    BucketStore store;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.window", defaultValue = "PT1H")
    Duration window;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new RateLimiter(store, window);
    }

    public Decision consume(AuthenticatedCaller caller) {
        return limiter.consume(bucketOf(caller), caller.rateLimit());
    }

    public Decision peek(AuthenticatedCaller caller) {
        return limiter.peek(bucketOf(caller), caller.rateLimit());
    }

    private static String bucketOf(AuthenticatedCaller caller) {
        return caller.viaSession() ? "session:" + caller.accountId() : "key:" + caller.keyId();
    }
}
