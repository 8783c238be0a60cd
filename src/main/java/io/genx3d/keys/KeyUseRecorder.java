package io.genx3d.keys;

import io.genx3d.auth.CallerAuthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps a key's {@code last_used_at} and {@code last_used_address} current, observing each accepted key. A write
 * happens only when the address changed or the last write is over a minute old, so a busy key costs a database
 * write a minute, not one per request. The observer runs during authentication, so the next request already
 * sees the use.
 */
@ApplicationScoped
public class KeyUseRecorder {

    static final Duration GRANULARITY = Duration.ofMinutes(1);
    /** Far above the keys one node serves at once; reaching it only means some keys are written again. */
    private static final int MAX_TRACKED = 100_000;

    @Inject
    KeyUseWriter writer;

    private final ConcurrentMap<String, Use> written = new ConcurrentHashMap<>();

    private record Use(Instant at, String address) {}

    void recordUse(@Observes CallerAuthenticated authenticated) {
        if (authenticated.keyId() == null) {
            return;
        }
        Use last = written.get(authenticated.keyId());
        Instant now = authenticated.at();
        if (last == null
                || last.at.plus(GRANULARITY).isBefore(now)
                || !Objects.equals(last.address, authenticated.clientAddress())) {
            Instant when = now.truncatedTo(ChronoUnit.SECONDS);
            writer.write(authenticated.keyId(), when, authenticated.clientAddress());
            if (written.size() >= MAX_TRACKED) {
                written.clear();
            }
            written.put(authenticated.keyId(), new Use(when, authenticated.clientAddress()));
        }
    }
}
