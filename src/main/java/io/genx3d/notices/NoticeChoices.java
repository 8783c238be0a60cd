package io.genx3d.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account's stored choices; an account without a row has never changed them (all on). */
@Entity
@Table(name = "account_notices")
public class NoticeChoices {

    @Id
    @Column(name = "account_id", length = 40)
    private String accountId;

    @Column(name = "key_created", nullable = false)
    private boolean keyCreated;

    @Column(name = "new_sign_in", nullable = false)
    private boolean newSignIn;

    @Column(name = "email_changed", nullable = false)
    private boolean emailChanged;

    protected NoticeChoices() {}

    NoticeChoices(String accountId, Notifications notifications) {
        this.accountId = accountId;
        set(notifications);
    }

    Notifications notifications() {
        return new Notifications(keyCreated, newSignIn, emailChanged);
    }

    void set(Notifications notifications) {
        this.keyCreated = notifications.keyCreated();
        this.newSignIn = notifications.newSignIn();
        this.emailChanged = notifications.emailChanged();
    }
}
