package io.genx3d.requestlogs;

import java.time.Instant;

/**
 * A request log entry as the API shows it. {@code key_id} is null for a dashboard session's request; a
 * refused key's request has its key id and the refusal's {@code error_code}.
 */
public record RequestLogView(
        String id,
        Instant time,
        String keyId,
        String method,
        String path,
        int status,
        String errorCode,
        double durationMs,
        String clientAddress,
        String userAgent) {

    static RequestLogView of(LoggedRequest entry) {
        return new RequestLogView(
                entry.id(),
                entry.time(),
                entry.keyId(),
                entry.method(),
                entry.path(),
                entry.status(),
                entry.errorCode(),
                Math.round(entry.durationMicros() / 100.0) / 10.0,
                entry.clientAddress(),
                entry.userAgent());
    }
}
