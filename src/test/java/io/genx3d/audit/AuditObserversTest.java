package io.genx3d.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.benmanes.caffeine.cache.Ticker;
import io.genx3d.auth.AuthenticationRefused;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.caller.RefusalReason;
import io.genx3d.keys.ApiKeys;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditObserversTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    /**
     * Expired keys refused again and again within a minute, among more refused keys than the observer remembers,
     * are audited once. The observer that emptied its memory at its bound audited every one of them again.
     */
    @Test
    void moreLiveKeysThanTheBoundEvictAFewNotAll() {
        int bound = 100;
        AuditObservers observers = new AuditObservers();
        observers.audit = mock(AuditLog.class);
        observers.keys = mock(ApiKeys.class);
        when(observers.keys.logOwnerOf(anyString())).thenReturn(Optional.of("acct_1"));
        observers.caches = new Caches(Map.of(CacheName.AUDITED_REFUSALS, (long) bound), Ticker.systemTicker());
        observers.init();
        List<String> busy = IntStream.range(0, 20).mapToObj(i -> "key_busy" + i).toList();
        for (int i = 0; i < 2 * bound; i++) {
            observers.keyRefused(
                    new AuthenticationRefused(RefusalReason.KEY_EXPIRED, "key_other" + i, "192.0.2.2", now));
            for (String key : busy) {
                observers.keyRefused(
                        new AuthenticationRefused(RefusalReason.KEY_EXPIRED, key, "192.0.2.1", now.plusSeconds(30)));
            }
        }
        for (String key : busy) {
            verify(observers.audit, times(1))
                    .record(eq(AuditEventType.EXPIRED_KEY_REFUSED), eq("acct_1"), any(), eq(key), any(), any());
        }
    }
}
