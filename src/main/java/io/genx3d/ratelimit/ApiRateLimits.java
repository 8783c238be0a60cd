package io.genx3d.ratelimit;

import io.genx3d.auth.AuthenticatedCaller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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

    @Resource
    ManagedScheduledExecutorService scheduler;

    private RateLimiter limiter;
    private ScheduledFuture<?> sweep;

    @PostConstruct
    void init() {
        limiter = new RateLimiter(store, window);
        if (store instanceof LocalBucketStore local && scheduler != null) {
            sweep = scheduler.scheduleAtFixedRate(
                    () -> local.forgetIdleSince(limiter.window().startOf(Instant.now())), 1, 1, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
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
