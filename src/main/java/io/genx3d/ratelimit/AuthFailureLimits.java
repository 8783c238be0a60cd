package io.genx3d.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes guessing slow: failed authentications are counted per client address (bad keys, bad session cookies)
 * and failed logins per address and per email ({@code genx3d.ratelimit.auth-failures} per
 * {@code genx3d.ratelimit.auth-failures-window}, 20 a minute by default). Once a subject has used its allowance,
 * further attempts are refused with 429 before any database lookup.
 */
@ApplicationScoped
public class AuthFailureLimits {

    @Inject
    BucketStore store;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.auth-failures", defaultValue = "20")
    long allowed;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.auth-failures-window", defaultValue = "PT1M")
    Duration window;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new RateLimiter(store, window);
    }

    public static String address(String clientAddress) {
        return "authfail:address:" + clientAddress;
    }

    public static String email(String email) {
        return "authfail:email:" + email;
    }

    /** Throws the seed's 429 if any of the subjects has no failures left in this window. */
    public void requireNotBlocked(String... subjects) {
        for (String subject : subjects) {
            Decision state = limiter.peek(subject, allowed);
            if (!state.allowed()) {
                throw RateLimitExceeded.by(state);
            }
        }
    }

    public void recordFailure(String... subjects) {
        for (String subject : subjects) {
            limiter.consume(subject, allowed);
        }
    }
}
