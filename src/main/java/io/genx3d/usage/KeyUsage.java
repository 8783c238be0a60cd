package io.genx3d.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One key's traffic in one hour, by outcome. Rows are only ever added to, by {@link UsageStore}. */
@Entity
@Table(name = "key_usage", indexes = @Index(name = "key_usage_key_hour", columnList = "key_id, hour_start"))
@NamedQuery(
        name = "KeyUsage.between",
        query = "SELECT u FROM KeyUsage u WHERE u.keyId IN :keyIds "
                + "AND u.hourStart >= :from AND u.hourStart < :to ORDER BY u.keyId, u.hourStart")
public class KeyUsage {

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "key_id", nullable = false, length = 40)
    private String keyId;

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    private long requests;
    private long ok;

    @Column(name = "client_errors")
    private long clientErrors;

    @Column(name = "rate_limited")
    private long rateLimited;

    @Column(name = "server_errors")
    private long serverErrors;

    @Column(name = "auth_failures")
    private long authFailures;

    protected KeyUsage() {}

    KeyUsage(String keyId, Instant hourStart, UsageCounts counts) {
        this.id = idOf(keyId, hourStart);
        this.keyId = keyId;
        this.hourStart = hourStart;
        this.requests = counts.requests();
        this.ok = counts.ok();
        this.clientErrors = counts.clientErrors();
        this.rateLimited = counts.rateLimited();
        this.serverErrors = counts.serverErrors();
        this.authFailures = counts.authFailures();
    }

    static String idOf(String keyId, Instant hourStart) {
        return keyId + "@" + hourStart.getEpochSecond();
    }

    String keyId() {
        return keyId;
    }

    Instant hourStart() {
        return hourStart;
    }

    UsageCounts counts() {
        return new UsageCounts(requests, ok, clientErrors, rateLimited, serverErrors, authFailures);
    }
}
