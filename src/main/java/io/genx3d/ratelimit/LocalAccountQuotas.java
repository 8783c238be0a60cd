package io.genx3d.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.QuotaWindow;
import io.genx3d.ratelimit.quota.Spent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Quota windows in this node's memory, one per account, each decided inside the map's atomic {@code compute}. An
 * account idle for a whole window is forgotten (its counts would restart anyway), and at most
 * {@code genx3d.caches.account-quotas.max-entries} accounts are kept ({@link Caches}).
 */
final class LocalAccountQuotas implements AccountQuotas {

    private final Cache<String, QuotaWindow> windows;

    LocalAccountQuotas(Caches caches, Duration window) {
        this.windows = caches.cache(CacheName.ACCOUNT_QUOTAS, window);
    }

    @Override
    public Spent spend(String accountId, Quota quota) {
        Spent[] spent = new Spent[1];
        windows.asMap().compute(accountId, (id, window) -> {
            QuotaWindow counted = window == null ? new QuotaWindow() : window;
            spent[0] = counted.spend(quota);
            return counted;
        });
        return spent[0];
    }

    @Override
    public Spent peek(String accountId, Quota quota) {
        // Inside the map's own lock, as spending is: a window is never read while another thread counts in it.
        Spent[] seen = {new QuotaWindow().peek(quota)};
        windows.asMap().computeIfPresent(accountId, (id, window) -> {
            seen[0] = window.peek(quota);
            return window;
        });
        return seen[0];
    }

    @Override
    public List<Spent> peekAll(String accountId, List<Quota> quotas) {
        QuotaWindow empty = new QuotaWindow();
        List<Spent> seen = new ArrayList<>(quotas.stream().map(empty::peek).toList());
        windows.asMap().computeIfPresent(accountId, (id, window) -> {
            seen.clear();
            quotas.forEach(quota -> seen.add(window.peek(quota)));
            return window;
        });
        return seen;
    }
}
