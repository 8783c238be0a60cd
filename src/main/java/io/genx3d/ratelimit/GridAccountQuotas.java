package io.genx3d.ratelimit;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.QuotaWindow;
import io.genx3d.ratelimit.quota.SpendQuota;
import io.genx3d.ratelimit.quota.Spent;
import io.genx3d.storage.GridObjects;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Quota windows in Payara's data grid, one entry per account, so a request costs the grid one operation: its plan and
 * key are decided together by {@link SpendQuota} on the member that owns the account's partition. Each entry has a
 * backup on another member (the map's default), so a node's death neither resets nor doubles a limit.
 * <p>
 * {@code SpendQuota} is a class of ours run by the grid, found there because {@code genx3d-grid.jar} is a library of
 * Payara Micro's runtime, not only of the application. Where a member cannot run it (a server without that library),
 * the same decision is made here instead and written back by compare-and-set (two operations or more, byte arrays
 * only); this is said once in the log.
 * <p>
 * Not a CDI bean and created only once a grid was found: on servers without Hazelcast (WildFly) it is never loaded.
 */
final class GridAccountQuotas implements AccountQuotas {

    static final String MAP = "genx3d-account-quotas";

    private static final Logger LOG = Logger.getLogger(GridAccountQuotas.class.getName());

    /** An entry untouched for this long is past its window (the longest is an hour), so the grid may forget it. */
    private static final int IDLE_SECONDS = 2 * 3600;

    private final IMap<String, byte[]> windows;
    private final AtomicBoolean processorRefused = new AtomicBoolean();

    private GridAccountQuotas(IMap<String, byte[]> windows) {
        this.windows = windows;
    }

    static AccountQuotas on(Object shared) {
        HazelcastInstance grid = (HazelcastInstance) shared;
        grid.getConfig().addMapConfig(new MapConfig(MAP).setMaxIdleSeconds(IDLE_SECONDS));
        return new GridAccountQuotas(GridObjects.outsideTheApplication(() -> grid.getMap(MAP)));
    }

    @Override
    public Spent spend(String accountId, Quota quota) {
        if (!processorRefused.get()) {
            try {
                return Spent.fromArray(windows.executeOnKey(accountId, new SpendQuota(quota)));
            } catch (RuntimeException processorNotRunnable) {
                if (!isClassMissing(processorNotRunnable)) {
                    throw processorNotRunnable;
                }
                if (processorRefused.compareAndSet(false, true)) {
                    LOG.warning(() -> "A data grid member cannot run " + SpendQuota.class.getName()
                            + " (genx3d-grid.jar is not among its libraries); rate limits are decided by"
                            + " compare-and-set instead, two grid operations or more per request: "
                            + processorNotRunnable);
                }
            }
        }
        return spendByCompareAndSet(accountId, quota);
    }

    private Spent spendByCompareAndSet(String accountId, Quota quota) {
        while (true) {
            byte[] before = windows.get(accountId);
            QuotaWindow window = QuotaWindow.decode(before);
            Spent spent = window.spend(quota);
            if (!spent.allowed()) {
                return spent;
            }
            byte[] after = window.encode();
            boolean written = before == null
                    ? windows.putIfAbsent(accountId, after) == null
                    : windows.replace(accountId, before, after);
            if (written) {
                return spent;
            }
        }
    }

    @Override
    public Spent peek(String accountId, Quota quota) {
        return QuotaWindow.decode(windows.get(accountId)).peek(quota);
    }

    @Override
    public List<Spent> peekAll(String accountId, List<Quota> quotas) {
        QuotaWindow window = QuotaWindow.decode(windows.get(accountId));
        return quotas.stream().map(window::peek).toList();
    }

    private static boolean isClassMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
                return true;
            }
        }
        return failure.getClass().getSimpleName().contains("Serialization");
    }
}
