package io.genx3d.keys;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What the key listing asks of usage: which keys look anomalous now. Declared here and implemented by the usage
 * package, so that keys (below usage) do not import usage, while usage, which reports per key, imports keys.
 */
public interface KeyAnomalies {

    /** Each key's anomaly in the current or the previous hour; keys with none are absent. */
    Map<String, KeyAnomaly> anomalies(Collection<String> keyIds, Instant now);
}
