package io.genx3d.sessions;

import io.genx3d.accounts.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A logged-in dashboard session. It is stored (not held in server memory) so that it survives a restart and
 * works on every node; its id is the HMAC of the cookie's token, so the table alone opens no session.
 */
@Entity
@Table(name = "dashboard_sessions")
@NamedQuery(
        name = "DashboardSession.findWithAccount",
        query = "SELECT s FROM DashboardSession s JOIN FETCH s.account WHERE s.tokenHash = :id")
@NamedQuery(
        name = "DashboardSession.deleteOfAccountExcept",
        query = "DELETE FROM DashboardSession s WHERE s.account.id = :accountId AND s.tokenHash <> :kept")
@NamedQuery(name = "DashboardSession.deleteExpired", query = "DELETE FROM DashboardSession s WHERE s.expiresAt < :now")
public class DashboardSession {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected DashboardSession() {}

    DashboardSession(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
