package io.genx3d.ratelimit.quota;

import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/**
 * Decides one request on the grid member that owns its account's entry, in the one operation the request costs the
 * grid: the plan and the key are read, checked and counted together, where no other request can come between. The
 * backup copy is given the resulting bytes ({@link StoreQuotaWindow}), not this decision made again, so it is the
 * same whatever the backup member's clock says.
 */
public final class SpendQuota implements EntryProcessor<String, byte[], long[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Quota quota;

    /** What the primary stored, for the backup; only set on the member that ran {@link #process}. */
    private transient byte[] stored;

    public SpendQuota(Quota quota) {
        this.quota = quota;
    }

    @Override
    public long[] process(Map.Entry<String, byte[]> entry) {
        QuotaWindow window = QuotaWindow.decode(entry.getValue());
        Spent spent = window.spend(quota);
        if (spent.allowed()) {
            stored = window.encode();
            entry.setValue(stored);
        }
        return spent.toArray();
    }

    @Override
    public EntryProcessor<String, byte[], long[]> getBackupProcessor() {
        return stored == null ? null : new StoreQuotaWindow(stored);
    }
}
