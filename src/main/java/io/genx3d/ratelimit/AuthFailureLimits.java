package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
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
 * <p>
 * An attempt is charged before it is checked and forgiven when it turns out not to be a failure: a check made
 * first and a failure counted afterwards would let any number of concurrent attempts through before the first
 * of them failed.
 */
@ApplicationScoped
public class AuthFailureLimits {

    @Inject
    BucketStore store;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.auth-failures", defaultValue = "20")
    long allowed;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.auth-failures-window", defaultValue = "PT1M")
    Duration window;

    private Allowance allowance;

    @PostConstruct
    void init() {
        allowance = new Allowance(store, window, allowed, caches);
    }

    public static String address(String clientAddress) {
        return "authfail:address:" + clientAddress;
    }

    public static String email(String email) {
        return "authfail:email:" + email;
    }

    /** A browser that has logged in to the account before (its device cookie): its own allowance, nobody else's. */
    public static String device(String deviceId) {
        return "authfail:device:" + deviceId;
    }

    /**
     * Spends one failure of each subject's allowance for an attempt about to be checked; throws the seed's 429 (and
     * spends nothing) if any of them has none left in this window.
     */
    public void charge(String... subjects) {
        allowance.charge(subjects);
    }

    /** Gives back what {@link #charge} spent, for an attempt that was not a failure. */
    public void forgive(String... subjects) {
        allowance.forgive(subjects);
    }
}
