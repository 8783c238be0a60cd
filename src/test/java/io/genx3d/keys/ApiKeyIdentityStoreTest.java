package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.genx3d.auth.ApiKeyCredential;
import io.genx3d.caches.Caches;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRefusal;
import io.genx3d.caller.RefusalReason;
import io.genx3d.caller.Role;
import io.genx3d.caller.Scope;
import io.genx3d.ratelimit.RateLimitPolicy;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key identity store's decisions, one refusal reason at a time, without a container: cheap checks before any
 * lookup, revocation, expiry and suspension named with the key's id, the role narrowing a key's scopes, and a key
 * hashed under the previous pepper found and upgraded.
 */
class ApiKeyIdentityStoreTest {

    private static final byte[] PEPPER = "p".repeat(32).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW_PEPPER = "n".repeat(32).getBytes(StandardCharsets.US_ASCII);

    private final ApiKeyIdentityStore store = new ApiKeyIdentityStore();
    private final String key = KeyFormat.newKey();

    @BeforeEach
    void store() {
        store.keys = mock(ApiKeys.class);
        store.hasher = new KeyHasher(PEPPER);
        store.rateLimits = mock(RateLimitPolicy.class);
        store.recentlyVerified = new RecentlyVerifiedKeys();
        store.recentlyVerified.caches = new Caches();
        store.recentlyVerified.memory = Duration.ofDays(1);
        store.recentlyVerified.init();
        when(store.rateLimits.effective(any(), any())).thenReturn(1000);
        when(store.keys.verify(anyString(), any())).thenReturn(Optional.empty());
    }

    @Test
    void aTokenWithoutTheKeyPrefixIsMalformedAndNothingIsLookedUp() {
        assertEquals(
                RefusalReason.MALFORMED_KEY,
                refusalFor("pk-" + key.substring(3)).reason());
        verifyNoInteractions(store.keys);
    }

    @Test
    void aKeyWithABadChecksumIsNotFoundWithoutALookup() {
        String typo = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
        AuthenticationRefusal refusal = refusalFor(typo);
        assertEquals(RefusalReason.KEY_NOT_FOUND, refusal.reason());
        assertTrue(refusal.reason().countsAsGuess());
        verifyNoInteractions(store.keys);
    }

    @Test
    void aWellFormedUnknownKeyIsNotFoundAfterOneLookup() {
        assertEquals(RefusalReason.KEY_NOT_FOUND, refusalFor(key).reason());
        verify(store.keys).verify(eq(store.hasher.hash(key)), any());
    }

    @Test
    void revokedExpiredAndSuspendedKeysAreRefusedNamingTheKey() {
        Instant past = Instant.now().minusSeconds(60);
        stored(verifiedKey(Role.USER, Set.of(Scope.MODELS_READ), true, null, false));
        assertRefused(RefusalReason.KEY_REVOKED);
        stored(verifiedKey(Role.USER, Set.of(Scope.MODELS_READ), false, past, false));
        AuthenticationRefusal expired = assertRefused(RefusalReason.KEY_EXPIRED);
        assertEquals(past.toString(), expired.body().error().details().get("expired_at"));
        stored(verifiedKey(Role.USER, Set.of(Scope.MODELS_READ), false, null, true));
        assertRefused(RefusalReason.ACCOUNT_SUSPENDED);
    }

    @Test
    void aGoodKeyActsWithItsScopesNarrowedToWhatTheAccountsRoleAllows() {
        stored(verifiedKey(Role.USER, EnumSet.of(Scope.MODELS_READ, Scope.USERS_WRITE), false, null, false));
        CredentialValidationResult result = store.validate(new ApiKeyCredential(key, "192.0.2.1"));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        AuthenticatedCaller caller = (AuthenticatedCaller) result.getCallerPrincipal();
        assertEquals("key_1", caller.keyId());
        assertEquals(Set.of(Scope.MODELS_READ), caller.scopes(), "a demoted admin's key loses admin scopes at once");
        assertEquals(Set.of("models:read"), result.getCallerGroups());
    }

    @Test
    void aKeyHashedUnderThePreviousPepperIsFoundAndUpgraded() {
        String oldHash = store.hasher.hash(key);
        store.hasher = new KeyHasher(2, NEW_PEPPER, PEPPER);
        String newHash = store.hasher.hash(key);
        VerifiedKey upgraded = verifiedKey(Role.USER, Set.of(Scope.MODELS_READ), false, null, false);
        when(store.keys.upgrade(oldHash, newHash, 2)).thenReturn(Optional.of(upgraded));
        assertEquals(
                CredentialValidationResult.Status.VALID,
                store.validate(new ApiKeyCredential(key, "192.0.2.1")).getStatus());
        verify(store.keys).upgrade(oldHash, newHash, 2);
    }

    @Test
    void withoutAPreviousPepperNothingIsUpgraded() {
        refusalFor(key);
        verify(store.keys, never()).upgrade(anyString(), anyString(), anyInt());
    }

    private AuthenticationRefusal assertRefused(RefusalReason reason) {
        AuthenticationRefusal refusal = refusalFor(key);
        assertEquals(reason, refusal.reason());
        assertEquals(Optional.of("key_1"), refusal.keyId(), "the refusal names the real key");
        assertTrue(!reason.countsAsGuess(), "a real key's refusal is not a guess");
        return refusal;
    }

    private AuthenticationRefusal refusalFor(String token) {
        return assertThrows(
                AuthenticationRefusal.class, () -> store.validate(new ApiKeyCredential(token, "192.0.2.1")));
    }

    private void stored(VerifiedKey verified) {
        when(store.keys.verify(eq(store.hasher.hash(key)), any())).thenReturn(Optional.of(verified));
    }

    private VerifiedKey verifiedKey(
            Role role, Set<Scope> scopes, boolean revoked, Instant expiresAt, boolean suspended) {
        return new VerifiedKey(
                "key_1",
                store.hasher.hash(key),
                "acct_1",
                role,
                suspended,
                scopes,
                null,
                null,
                expiresAt,
                revoked,
                "key_1",
                List.of(),
                null,
                null);
    }
}
