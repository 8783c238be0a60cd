package io.genx3d.ratelimit.quota;

import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/** Writes what the primary decided into the backup copy of an account's entry ({@link SpendQuota}). */
final class StoreQuotaWindow implements EntryProcessor<String, byte[], long[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final byte[] bytes;

    StoreQuotaWindow(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long[] process(Map.Entry<String, byte[]> entry) {
        entry.setValue(bytes);
        return null;
    }

    @Override
    public EntryProcessor<String, byte[], long[]> getBackupProcessor() {
        return null;
    }
}
