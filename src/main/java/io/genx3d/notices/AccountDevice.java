package io.genx3d.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A device an account has logged in to the dashboard from, known only by an HMAC of the account, the user agent and the
 * client address ({@link KnownSignIns}): the table tells nobody where anyone logs in from.
 */
@Entity
@Table(name = "account_devices")
@NamedQuery(
        name = "AccountDevice.ofAccount",
        query = "SELECT d FROM AccountDevice d WHERE d.accountId = :accountId ORDER BY d.lastSeenAt DESC")
public class AccountDevice {

    @Id
    @Column(length = 64)
    private String fingerprint;

    @Column(name = "account_id", nullable = false, length = 40)
    private String accountId;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected AccountDevice() {}

    AccountDevice(String fingerprint, String accountId, Instant now) {
        this.fingerprint = fingerprint;
        this.accountId = accountId;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    void seen(Instant now) {
        this.lastSeenAt = now;
    }
}
