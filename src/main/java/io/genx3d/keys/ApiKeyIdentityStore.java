package io.genx3d.keys;

import io.genx3d.auth.ApiKeyCredential;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRefusal;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Scope;
import io.genx3d.ratelimit.RateLimitPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a presented API key is good. Cheap checks come first (prefix, length, alphabet, checksum),
 * so a mistyped or invented key costs no database work; then one lookup on the unique hash index, then
 * revocation and expiry, read fresh on every request so that both take effect on the very next call.
 * A refusal is thrown as the seed's error; the mechanism writes it.
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

    @Inject
    ApiKeys keys;

    @Inject
    KeyHasher hasher;

    @Inject
    RateLimitPolicy rateLimits;

    @Inject
    RecentlyVerifiedKeys recentlyVerified;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof ApiKeyCredential apiKey
                ? validate(apiKey)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(ApiKeyCredential credential) {
        Instant now = Instant.now();
        VerifiedKey key = lookUp(credential.token(), now);
        AuthenticationRefusal refusal = null;
        if (key.revoked()) {
            refusal = AuthenticationRejected.keyRevoked();
        } else if (key.isExpiredAt(now)) {
            refusal = AuthenticationRejected.keyExpired(key.expiresAt());
        } else if (key.accountSuspended()) {
            refusal = AuthenticationRejected.accountSuspended();
        } else if (!key.allowsAddress(credential.clientAddress())) {
            refusal = AuthenticationRejected.addressNotAllowed();
        }
        if (refusal != null) {
            // Named, so that a real key that keeps failing (leaked after revocation, forgotten in a job) can be
            // flagged to its owner by whoever observes the refusal.
            throw refusal.ofKey(key.id());
        }
        Set<Scope> effective = EnumSet.noneOf(Scope.class);
        effective.addAll(key.scopes());
        // The role as of this request (a role change evicts the account's keys): demoting an admin narrows
        // their keys at once.
        effective.retainAll(key.role().allowedScopes());
        recentlyVerified.record(key.keyHash(), now);
        AuthenticatedCaller caller = new AuthenticatedCaller(
                key.accountId(),
                key.id(),
                effective,
                rateLimits.effective(key.rateLimit(), key.accountMaxRateLimit()),
                rateLimits.ceiling(key.accountMaxRateLimit()),
                key.lineageId(),
                key.projectId(),
                key.quotaOwnerId());
        return new CredentialValidationResult(caller, groups(effective));
    }

    private VerifiedKey lookUp(String token, Instant now) {
        if (!token.startsWith(KeyFormat.PREFIX)) {
            throw AuthenticationRejected.malformedKey();
        }
        if (!KeyFormat.isWellFormed(token)) {
            throw AuthenticationRejected.keyNotFound();
        }
        String hash = hasher.hash(token);
        return keys.verify(hash, now)
                .or(() ->
                        hasher.hashUnderPreviousPepper(token).flatMap(old -> keys.upgrade(old, hash, hasher.version())))
                .orElseThrow(AuthenticationRejected::keyNotFound);
    }

    static Set<String> groups(Set<Scope> scopes) {
        return scopes.stream().map(Scope::value).collect(Collectors.toSet());
    }
}
