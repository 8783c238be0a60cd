package io.genx3d.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.genx3d.accounts.Account;
import io.genx3d.auth.SessionCredential;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRefusal;
import io.genx3d.caller.RefusalReason;
import io.genx3d.caller.Role;
import io.genx3d.ratelimit.RateLimitPolicy;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session identity store's decisions: unknown session, suspended account, CSRF on state changes, scopes. */
class SessionIdentityStoreTest {

    private final SessionIdentityStore store = new SessionIdentityStore();
    private final Account account = mock(Account.class);

    @BeforeEach
    void store() {
        store.sessions = mock(Sessions.class);
        store.rateLimits = mock(RateLimitPolicy.class);
        when(store.rateLimits.ceiling(any())).thenReturn(1000);
        DashboardSession session = mock(DashboardSession.class);
        when(session.account()).thenReturn(account);
        when(account.id()).thenReturn("acct_1");
        when(account.role()).thenReturn(Role.USER);
        when(store.sessions.find("good")).thenReturn(Optional.of(session));
        when(store.sessions.find("gone")).thenReturn(Optional.empty());
        when(store.sessions.isValidCsrfToken("good", "csrf")).thenReturn(true);
    }

    @Test
    void anUnknownOrExpiredSessionIsInvalidAndCountsAsAGuess() {
        AuthenticationRefusal refusal = refusalFor(new SessionCredential("gone", null, false));
        assertEquals(RefusalReason.SESSION_INVALID, refusal.reason());
        assertEquals(true, refusal.reason().countsAsGuess());
    }

    @Test
    void aSuspendedAccountsSessionIsRefused() {
        when(account.isSuspended()).thenReturn(true);
        assertEquals(
                RefusalReason.ACCOUNT_SUSPENDED,
                refusalFor(new SessionCredential("good", "csrf", false)).reason());
    }

    @Test
    void aStateChangeNeedsTheSessionsCsrfToken() {
        assertEquals(
                RefusalReason.CSRF_TOKEN_INVALID,
                refusalFor(new SessionCredential("good", null, true)).reason());
        assertEquals(
                RefusalReason.CSRF_TOKEN_INVALID,
                refusalFor(new SessionCredential("good", "forged", true)).reason());
        assertEquals(
                CredentialValidationResult.Status.VALID,
                store.validate(new SessionCredential("good", "csrf", true)).getStatus());
    }

    @Test
    void aSessionActsWithEveryScopeOfItsRoleAndNoKey() {
        CredentialValidationResult result = store.validate(new SessionCredential("good", null, false));
        AuthenticatedCaller caller = (AuthenticatedCaller) result.getCallerPrincipal();
        assertNull(caller.keyId());
        assertEquals(Role.USER.allowedScopes(), caller.scopes());
        assertEquals(1000, caller.rateLimit());
    }

    private AuthenticationRefusal refusalFor(SessionCredential credential) {
        return assertThrows(AuthenticationRefusal.class, () -> store.validate(credential));
    }
}
