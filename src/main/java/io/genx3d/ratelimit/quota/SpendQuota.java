package io.genx3d.ratelimit.quota;

import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/**
 * Decides requests of one account on the grid member that owns its entry, in the one operation they cost the grid:
 * for each request in turn, its plan and key are read, checked and counted together, where no other request can come
 * between. Several requests that arrived together on one node travel as one batch ({@code ratelimit.QuotaBatches}).
 * The backup copy is given the resulting bytes ({@link StoreQuotaWindow}), not the decisions made again, so it is the
 * same whatever the backup member's clock says.
 */
public final class SpendQuota implements EntryProcessor<String, byte[], long[]> {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Quota[] quotas;

    /** What the primary stored, for the backup; only set on the member that ran {@link #process}. */
    private transient byte[] stored;

    public SpendQuota(Quota... quotas) {
        this.quotas = quotas.clone();
    }

    /** Each request's answer, in order, four numbers each ({@link Spent#toArray}). */
    @Override
    public long[] process(Map.Entry<String, byte[]> entry) {
        QuotaWindow window = QuotaWindow.decode(entry.getValue());
        long[] answers = new long[Spent.SIZE * quotas.length];
        boolean counted = false;
        for (int i = 0; i < quotas.length; i++) {
            Spent spent = window.spend(quotas[i]);
            counted |= spent.allowed();
            System.arraycopy(spent.toArray(), 0, answers, i * Spent.SIZE, Spent.SIZE);
        }
        if (counted) {
            stored = window.encode();
            entry.setValue(stored);
        }
        return answers;
    }

    @Override
    public EntryProcessor<String, byte[], long[]> getBackupProcessor() {
        return stored == null ? null : new StoreQuotaWindow(stored);
    }
}
