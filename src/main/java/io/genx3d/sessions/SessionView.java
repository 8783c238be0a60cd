package io.genx3d.sessions;

import io.genx3d.accounts.AccountView;
import java.time.Instant;

/** A dashboard session as the browser sees it: who is logged in and the CSRF token to send on changes. */
public record SessionView(AccountView account, String csrfToken, Instant expiresAt) {}
