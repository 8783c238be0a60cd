package io.genx3d.caches;

/**
 * The caches this server keeps in memory, each with the setting that bounds it and that setting's default. The
 * defaults are far above what one node holds at once, so in normal use nothing is evicted; the bound only caps
 * the memory a flood of distinct keys can take, and past it a few of the least used entries leave at a time.
 */
public enum CacheName {

    /** Keys verified recently, by hash ({@code keys.VerifiedKeys}), when this node does not share the grid's. */
    VERIFIED_KEYS("verified-keys", 100_000),

    /** When each key last authenticated on this node ({@code keys.RecentlyVerifiedKeys}), for the allowance. */
    KNOWN_GOOD_KEYS("known-good-keys", 200_000),

    /** Each key's last recorded use and address ({@code keys.KeyUseRecorder}), so a busy key is written once a minute. */
    KEY_USES("key-uses", 100_000),

    /** Each account's requests counted in the current window ({@code ratelimit.LocalAccountQuotas}), without a grid. */
    ACCOUNT_QUOTAS("account-quotas", 200_000),

    /** Token-bucket configurations by limit and window ({@code ratelimit.RateLimiter}). */
    RATE_LIMIT_CONFIGURATIONS("rate-limit-configurations", 10_000),

    /** This node's proxies of the grid's buckets ({@code ratelimit.GridBucketStore}); the buckets stay in the grid. */
    GRID_BUCKET_PROXIES("grid-bucket-proxies", 100_000),

    /** When each key's refusal of each kind was last audited ({@code audit.AuditObservers}). */
    AUDITED_REFUSALS("audited-refusals", 10_000);

    private final String label;
    private final long defaultBound;

    CacheName(String label, long defaultBound) {
        this.label = label;
        this.defaultBound = defaultBound;
    }

    /** The name in settings and in the {@code cache} tag of the metrics, e.g. {@code verified-keys}. */
    public String label() {
        return label;
    }

    /** The setting that bounds it, e.g. {@code genx3d.caches.verified-keys.max-entries}. */
    public String setting() {
        return "genx3d.caches." + label + ".max-entries";
    }

    public long defaultBound() {
        return defaultBound;
    }
}
