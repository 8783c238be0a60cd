package io.genx3d.keys;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.auth.CallerAuthenticated;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Keeps a key's {@code last_used_at} and {@code last_used_address} current, observing each accepted key. A write
 * happens only when the address changed or the last write is over a minute old, so a busy key costs a database
 * write a minute, not one per request. The observer runs during authentication, so the next request already
 * sees the use. The last writes are remembered for a minute, at most {@code genx3d.caches.key-uses.max-entries}
 * keys ({@link Caches}); a key evicted past that bound is only written again on its next use.
 */
@ApplicationScoped
public class KeyUseRecorder {

    static final Duration GRANULARITY = Duration.ofMinutes(1);

    @Inject
    KeyUseWriter writer;

    @Inject
    Caches caches;

    private Cache<String, Use> written;

    private record Use(Instant at, String address) {}

    /** An entry older than the granularity no longer spares a write, so it need not stay. */
    @PostConstruct
    void init() {
        written = caches.cache(CacheName.KEY_USES, GRANULARITY);
    }

    void recordUse(@Observes CallerAuthenticated authenticated) {
        if (authenticated.keyId() == null) {
            return;
        }
        Use last = written.getIfPresent(authenticated.keyId());
        Instant now = authenticated.at();
        if (last == null
                || last.at.plus(GRANULARITY).isBefore(now)
                || !Objects.equals(last.address, authenticated.clientAddress())) {
            Instant when = now.truncatedTo(ChronoUnit.SECONDS);
            writer.write(authenticated.keyId(), when, authenticated.clientAddress());
            written.put(authenticated.keyId(), new Use(when, authenticated.clientAddress()));
        }
    }
}
