package io.genx3d.sessions;

import io.genx3d.accounts.Account;
import io.genx3d.auth.SessionCredential;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Scope;
import io.genx3d.ratelimit.RateLimitPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a dashboard session cookie is good. A session acts with every scope its account's role
 * allows; because the browser sends the cookie on its own, any request that changes state must also carry the
 * matching {@code X-CSRF-Token}, which another site cannot read.
 */
@ApplicationScoped
public class SessionIdentityStore implements IdentityStore {

    @Inject
    Sessions sessions;

    @Inject
    RateLimitPolicy rateLimits;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof SessionCredential session
                ? validate(session)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(SessionCredential credential) {
        DashboardSession session =
                sessions.find(credential.token()).orElseThrow(AuthenticationRejected::sessionInvalid);
        Account account = session.account();
        if (account.isSuspended()) {
            throw AuthenticationRejected.accountSuspended();
        }
        if (credential.changesState() && !sessions.isValidCsrfToken(credential.token(), credential.csrfToken())) {
            throw AuthenticationRejected.csrfTokenInvalid();
        }
        Set<Scope> scopes = account.role().allowedScopes();
        AuthenticatedCaller caller =
                new AuthenticatedCaller(account.id(), null, scopes, rateLimits.ceiling(account.maxRateLimit()));
        return new CredentialValidationResult(
                caller, scopes.stream().map(Scope::value).collect(Collectors.toSet()));
    }
}
