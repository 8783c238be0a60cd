package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits unsigned leak reports per client address ({@code genx3d.ratelimit.leak-reports} per
 * {@code genx3d.ratelimit.leak-reports-window}, 30 an hour by default). An unsigned report can only revoke keys it
 * proves by their whole secret, so the limit is not what protects keys; it keeps the open endpoint from being a free
 * oracle for guessing at volume or a way to load the database.
 */
@ApplicationScoped
public class LeakReportLimits {

    @Inject
    BucketStore store;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.leak-reports", defaultValue = "30")
    long allowed;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.leak-reports-window", defaultValue = "PT1H")
    Duration window;

    private Allowance allowance;

    @PostConstruct
    void init() {
        allowance = new Allowance(store, window, allowed, caches);
    }

    /** Spends one report of the address's allowance, or throws the seed's 429 when none is left. */
    public void charge(String clientAddress) {
        allowance.charge("leaks:address:" + clientAddress);
    }
}
