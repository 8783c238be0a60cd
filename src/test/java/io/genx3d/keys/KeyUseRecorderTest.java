package io.genx3d.keys;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.github.benmanes.caffeine.cache.Ticker;
import io.genx3d.auth.CallerAuthenticated;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyUseRecorderTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    /**
     * Busy keys used again and again within a minute, among more keys than the recorder remembers, are written once.
     * The recorder that emptied itself at its bound wrote every busy key again at that moment, all together.
     */
    @Test
    void moreLiveKeysThanTheBoundEvictAFewNotAll() {
        int bound = 100;
        KeyUseRecorder recorder = new KeyUseRecorder();
        recorder.writer = mock(KeyUseWriter.class);
        recorder.caches = new Caches(Map.of(CacheName.KEY_USES, (long) bound), Ticker.systemTicker());
        recorder.init();
        List<String> busy = IntStream.range(0, 20).mapToObj(i -> "key_busy" + i).toList();
        for (int i = 0; i < 2 * bound; i++) {
            recorder.recordUse(new CallerAuthenticated("acct_2", "key_other" + i, "192.0.2.2", now));
            for (String key : busy) {
                recorder.recordUse(new CallerAuthenticated("acct_1", key, "192.0.2.1", now.plusSeconds(30)));
            }
        }
        for (String key : busy) {
            verify(recorder.writer, times(1)).write(eq(key), any(), eq("192.0.2.1"));
        }
    }
}
