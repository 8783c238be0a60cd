package io.genx3d.auth;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Role;
import io.genx3d.errors.ApiException;
import io.genx3d.keys.ApiKey;
import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.KeyFormat;
import io.genx3d.keys.KeyHasher;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.usage.UsageRecorder;
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
    UsageRecorder usage;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof ApiKeyCredential apiKey ? validate(apiKey) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(ApiKeyCredential credential) {
        ApiKey key = lookUp(credential.token());
        Instant now = Instant.now();
        Account account = key.account();
        ApiException refusal = null;
        if (key.isRevoked()) {
            refusal = AuthenticationRejected.keyRevoked();
        } else if (key.isExpiredAt(now)) {
            refusal = AuthenticationRejected.keyExpired(key.expiresAt());
        } else if (account.isSuspended()) {
            refusal = AuthenticationRejected.accountSuspended();
        }
        if (refusal != null) {
            // A real key that keeps failing (leaked after revocation, forgotten in a job) is worth flagging.
            usage.recordAuthFailure(key.id());
            throw refusal;
        }
        if (ApiKeys.lastUseIsStale(key, now, credential.clientAddress())) {
            keys.recordUse(key.id(), now, credential.clientAddress());
        }
        Set<Scope> effective = EnumSet.noneOf(Scope.class);
        effective.addAll(key.scopes());
        // The role is read on every request: demoting an admin narrows their keys at once.
        effective.retainAll(account.role().allowedScopes());
        AuthenticatedCaller caller = new AuthenticatedCaller(account.id(), account.role() == Role.ADMIN, key.id(),
                effective, rateLimits.effective(key.rateLimit(), account));
        return new CredentialValidationResult(caller, groups(effective));
    }

    private ApiKey lookUp(String token) {
        if (!token.startsWith(KeyFormat.PREFIX)) {
            throw AuthenticationRejected.malformedKey();
        }
        if (!KeyFormat.isWellFormed(token)) {
            throw AuthenticationRejected.keyNotFound();
        }
        String hash = hasher.hash(token);
        return keys.findByHash(hash)
                .filter(found -> KeyHasher.sameDigest(found.keyHash(), hash))
                .orElseThrow(AuthenticationRejected::keyNotFound);
    }

    static Set<String> groups(Set<Scope> scopes) {
        return scopes.stream().map(Scope::value).collect(Collectors.toSet());
    }
}
