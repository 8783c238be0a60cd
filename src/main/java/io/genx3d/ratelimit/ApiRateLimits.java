package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.Spent;
import io.genx3d.storage.ClusterGrid;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request quotas per window ({@code genx3d.ratelimit.window}, one hour by default). Every key has its own limit,
 * and every account a plan that all its keys and dashboard sessions share (its {@code max_rate_limit}, or the
 * default): many keys, or keys minting keys, cannot multiply a plan. Both are counted in one entry per account
 * ({@link AccountQuotas}): in the data grid when this node shares state through it, one grid operation per request.
 */
@ApplicationScoped
public class ApiRateLimits {

    @Inject
    ClusterGrid cluster;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.window", defaultValue = "PT1H")
    Duration windowLength;

    private Window window;
    private AccountQuotas quotas;

    static final String SPAN = "genx3d.rate-limit.consume";

    /** MicroProfile Telemetry's tracer; not resolvable on a server without it. */
    @Inject
    Instance<Tracer> tracers;

    @PostConstruct
    void init() {
        window = new Window(windowLength);
        // No method reference here: linking one would load GridAccountQuotas, and with it Hazelcast, on any server.
        Optional<Object> grid = cluster.shared();
        quotas = grid.isPresent() ? GridAccountQuotas.on(grid.get()) : new LocalAccountQuotas(caches, windowLength);
    }

    /**
     * Spends one request of the key's own limit and one of its account's plan (a session has only the plan). When
     * either is spent, neither is charged, and the refusal names the one that binds. While the request is traced, this
     * is a child span of it ({@value #SPAN}: the quota's work, in the grid in a cluster); untraced (telemetry off, the
     * default) it costs one check of the current span and nothing else, which an interceptor would not.
     */
    public Decision consume(AuthenticatedCaller caller) {
        if (!Span.current().getSpanContext().isValid() || !tracers.isResolvable()) {
            return spend(caller);
        }
        Span span = tracers.get().spanBuilder(SPAN).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return spend(caller);
        } finally {
            span.end();
        }
    }

    private Decision spend(AuthenticatedCaller caller) {
        Instant now = Instant.now();
        return decision(caller, quotas.spend(caller.quotaOwner(), quota(caller, now)));
    }

    public Decision peek(AuthenticatedCaller caller) {
        return decision(caller, quotas.peek(caller.quotaOwner(), quota(caller, Instant.now())));
    }

    /**
     * How much of the account's plan and of each of these key lines' own limits (line → limit) is spent in the current
     * window, spending nothing: what the keys page shows beside each limit.
     */
    public QuotaUse use(String accountId, long planLimit, Map<String, Long> keyLimits) {
        long start = window.startOf(Instant.now()).toEpochMilli();
        List<String> lines = List.copyOf(keyLimits.keySet());
        List<Quota> asked = new ArrayList<>();
        asked.add(new Quota(start, planLimit, null, planLimit));
        lines.forEach(line -> asked.add(new Quota(start, planLimit, line, keyLimits.get(line))));
        List<Spent> seen = quotas.peekAll(accountId, asked);
        Map<String, Long> keysLeft = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            keysLeft.put(lines.get(i), seen.get(i + 1).keyLeft());
        }
        Instant windowStart = Instant.ofEpochMilli(seen.get(0).windowStart());
        return new QuotaUse(
                windowStart, windowStart.plus(window.length()), seen.get(0).planLeft(), keysLeft);
    }

    private Quota quota(AuthenticatedCaller caller, Instant now) {
        long start = window.startOf(now).toEpochMilli();
        return caller.viaSession()
                ? new Quota(start, caller.planLimit(), null, caller.planLimit())
                : new Quota(start, caller.planLimit(), caller.lineageId(), caller.rateLimit(), caller.viaProjectKey());
    }

    private Decision decision(AuthenticatedCaller caller, Spent spent) {
        Instant resetAt = Instant.ofEpochMilli(spent.windowStart()).plus(window.length());
        long seconds = window.length().toSeconds();
        Decision plan = new Decision(spent.allowed(), caller.planLimit(), spent.planLeft(), resetAt, seconds);
        if (caller.viaSession()) {
            return plan;
        }
        Decision key = new Decision(spent.allowed(), caller.rateLimit(), spent.keyLeft(), resetAt, seconds);
        if (!spent.allowed()) {
            // The refusal names the limit that is spent; the plan when both are.
            return spent.planLeft() == 0 ? plan : key;
        }
        return binding(key, plan);
    }

    /** The limit closer to refusing (fewer requests left; on a tie, the smaller): what the headers show. */
    static Decision binding(Decision key, Decision plan) {
        if (plan.remaining() != key.remaining()) {
            return plan.remaining() < key.remaining() ? plan : key;
        }
        return plan.limit() < key.limit() ? plan : key;
    }
}
