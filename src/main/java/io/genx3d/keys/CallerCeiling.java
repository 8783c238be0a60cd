package io.genx3d.keys;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Scope;
import io.genx3d.caller.ScopeInterceptor;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The most a caller may hand on through the key endpoints. A key made, rolled or changed with an API key never holds
 * more than that key itself: no scope it lacks, no higher limit, no later expiry, no address it may not be used from
 * — otherwise a key could mint, roll or edit its way out of its own restrictions. A dashboard session is the account's
 * owner: it hands on whatever the account's role allows, with no expiry and from any address.
 *
 * @param expiresAt the calling key's expiry, or null (a session, or a key that does not expire)
 * @param allowlist the calling key's allowlist ({@link AddressAllowlist#any()} for a session)
 */
public record CallerCeiling(
        boolean viaSession, Set<Scope> scopes, int rateLimit, Instant expiresAt, AddressAllowlist allowlist) {

    /** The ceiling of {@code who}; {@code callerKey} is the key it authenticated with (null for a session). */
    static CallerCeiling of(AuthenticatedCaller who, ApiKey callerKey) {
        if (who.viaSession()) {
            return new CallerCeiling(true, who.scopes(), who.rateLimit(), null, AddressAllowlist.any());
        }
        if (callerKey == null) {
            // Deny by default: a key that vanished between authentication and now hands on nothing.
            throw AuthenticationRejected.keyNotFound();
        }
        return new CallerCeiling(false, who.scopes(), who.rateLimit(), callerKey.expiresAt(), callerKey.allowedIps());
    }

    /** Refuses, with the seed's 403, scopes the caller does not hold. */
    void requireScopes(Set<Scope> wanted) {
        ScopeInterceptor.requireAll(wanted, scopes);
    }

    /**
     * Refuses to act on a key stronger than the caller. A session acts on every key of its account (it is the owner,
     * even of keys made when its role allowed more); a key only on keys whose every scope it holds itself.
     */
    void requireHoldsEveryScopeOf(ApiKey target) {
        if (!viaSession) {
            requireScopes(target.scopes());
        }
    }

    /** A limit no higher than the caller's own ({@code field} names it in the refusal). */
    void requireRateLimitAtMost(Integer wanted, String message) {
        if (wanted != null && wanted > rateLimit) {
            throw new ApiException(ErrorCode.FORBIDDEN, message, Map.of("field", "rate_limit", "max", rateLimit));
        }
    }

    /**
     * The limit a key made or changed by this caller gets (null: the default): {@code requested} if no higher than the
     * caller's own ({@code message} says whose in the refusal); without one, the default, unless the caller itself is
     * held below it, in which case the caller's own limit.
     */
    Integer rateLimitFor(Integer requested, int defaultLimit, String message) {
        if (requested == null) {
            return rateLimit < defaultLimit ? Integer.valueOf(rateLimit) : null;
        }
        requireRateLimitAtMost(requested, message);
        return requested;
    }

    /**
     * Refuses an expiry that creation would have moved ({@link #capExpiry}): later than the caller's own, or none while
     * the caller has one. A change names the expiry it wants, so it is refused rather than silently altered.
     */
    void requireExpiryWithin(Instant requested) {
        if (!Objects.equals(capExpiry(requested), requested)) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    (requested == null ? "expires_at null (never)" : "expires_at")
                            + " is later than the calling key's own expiry; a key cannot give another key a longer"
                            + " life than it has itself",
                    Map.of("field", "expires_at", "max", expiresAt.toString()));
        }
    }

    /** {@code requested} (null: never), moved no later than the caller's own expiry. */
    Instant capExpiry(Instant requested) {
        if (expiresAt == null) {
            return requested;
        }
        return requested == null || requested.isAfter(expiresAt) ? expiresAt : requested;
    }

    /**
     * The allowlist a key made or changed by this caller gets: the caller's own when none was asked for, else the one
     * asked for if it is no wider than the caller's (so a restricted key cannot widen or remove its own list either).
     */
    AddressAllowlist allowlistFor(AddressAllowlist requested) {
        if (requested == null) {
            return allowlist;
        }
        requireWithinAllowlist(requested);
        return requested;
    }

    /** Refuses an allowlist that reaches an address the caller itself may not be used from. */
    void requireWithinAllowlist(AddressAllowlist wanted) {
        if (!wanted.isWithin(allowlist)) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "allowed_ips would allow addresses the calling key's own allowlist does not; a key restricted to"
                            + " addresses can only hand on those addresses or fewer",
                    Map.of("field", "allowed_ips", "max", allowlist.entries()));
        }
    }
}
