package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerCeilingTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private static final Set<Scope> KEYS = EnumSet.of(Scope.KEYS_READ, Scope.KEYS_WRITE);

    private static AddressAllowlist list(String... entries) {
        return AddressAllowlist.parse(List.of(entries), "allowed_ips");
    }

    private static CallerCeiling viaKey(Instant expiresAt, AddressAllowlist allowlist) {
        return new CallerCeiling(false, KEYS, 100, expiresAt, allowlist);
    }

    private static ApiKey key(Set<Scope> scopes) {
        return new ApiKey(null, "target", KeyFormat.newKey(), "hash", 1, scopes, null, NOON, null);
    }

    @Test
    void expiryIsMovedToTheCallersAndNeverLater() {
        CallerCeiling ceiling = viaKey(NOON, AddressAllowlist.any());
        assertEquals(NOON, ceiling.capExpiry(null), "never expiring is later than any expiry");
        assertEquals(NOON, ceiling.capExpiry(NOON.plusSeconds(1)));
        assertEquals(NOON.minusSeconds(1), ceiling.capExpiry(NOON.minusSeconds(1)));
        assertNull(viaKey(null, AddressAllowlist.any()).capExpiry(null), "a caller without expiry caps nothing");
    }

    @Test
    void aChangedExpiryIsRefusedWhereCreationWouldHaveMovedIt() {
        CallerCeiling ceiling = viaKey(NOON, AddressAllowlist.any());
        ceiling.requireExpiryWithin(NOON);
        ceiling.requireExpiryWithin(NOON.minusSeconds(60));
        ApiException later = assertThrows(ApiException.class, () -> ceiling.requireExpiryWithin(NOON.plusSeconds(1)));
        assertEquals(ErrorCode.FORBIDDEN, later.code());
        assertEquals("expires_at", later.body().error().details().get("field"));
        assertEquals(NOON.toString(), later.body().error().details().get("max"));
        assertThrows(ApiException.class, () -> ceiling.requireExpiryWithin(null), "never outlives any expiry");
        viaKey(null, AddressAllowlist.any()).requireExpiryWithin(null);
    }

    @Test
    void aLimitIsTheOneAskedForUpToTheCallersOrTheDefaultOrTheCallersWhenLower() {
        CallerCeiling ceiling = viaKey(null, AddressAllowlist.any()); // its own limit: 100
        assertEquals(100, ceiling.rateLimitFor(100, 1000, "too high"));
        assertEquals(100, ceiling.rateLimitFor(null, 1000, "too high"), "the caller's own when below the default");
        assertNull(ceiling.rateLimitFor(null, 50, "too high"), "else the default");
        ApiException higher = assertThrows(ApiException.class, () -> ceiling.rateLimitFor(101, 1000, "too high"));
        assertEquals("rate_limit", higher.body().error().details().get("field"));
        assertEquals(100, higher.body().error().details().get("max"));
    }

    @Test
    void anAllowlistIsInheritedWhenNoneIsAskedForAndMayOnlyNarrow() {
        CallerCeiling ceiling = viaKey(null, list("10.0.0.0/8"));
        assertEquals(List.of("10.0.0.0/8"), ceiling.allowlistFor(null).entries());
        assertEquals(List.of("10.1.2.3"), ceiling.allowlistFor(list("10.1.2.3")).entries());
        ApiException wider = assertThrows(ApiException.class, () -> ceiling.allowlistFor(AddressAllowlist.any()));
        assertEquals(ErrorCode.FORBIDDEN, wider.code());
        assertThrows(ApiException.class, () -> ceiling.requireWithinAllowlist(list("10.0.0.0/8", "192.0.2.1")));
    }

    @Test
    void aKeyActsOnlyOnKeysWhoseEveryScopeItHoldsASessionOnEveryKey() {
        ApiKey stronger = key(EnumSet.of(Scope.KEYS_READ, Scope.MODELS_WRITE));
        assertThrows(
                ApiException.class, () -> viaKey(null, AddressAllowlist.any()).requireHoldsEveryScopeOf(stronger));
        viaKey(null, AddressAllowlist.any()).requireHoldsEveryScopeOf(key(EnumSet.of(Scope.KEYS_READ)));
        CallerCeiling session =
                CallerCeiling.of(new AuthenticatedCaller("acct", null, EnumSet.of(Scope.KEYS_WRITE), 100), null);
        session.requireHoldsEveryScopeOf(stronger);
        assertEquals(
                AddressAllowlist.any().entries(), session.allowlistFor(null).entries());
    }

    @Test
    void aKeyThatNoLongerExistsHandsOnNothing() {
        AuthenticatedCaller viaKey = new AuthenticatedCaller("acct", "key_gone", KEYS, 100);
        assertThrows(RuntimeException.class, () -> CallerCeiling.of(viaKey, null));
    }
}
