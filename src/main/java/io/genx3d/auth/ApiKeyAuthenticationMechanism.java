package io.genx3d.auth;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.DatabaseUnavailable;
import io.genx3d.monitoring.RequestMonitor;
import io.genx3d.errors.ErrorBody;
import io.genx3d.errors.ErrorCode;
import io.genx3d.errors.ErrorResponses;
import io.genx3d.network.ClientAddresses;
import io.genx3d.ratelimit.AuthFailureLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates every protected request (all of {@code /api/*} except sign-up and login, as {@code web.xml}
 * declares) from an {@code Authorization: Bearer sk-…} header or, failing that, the dashboard session cookie.
 * It only reads the request; the identity stores decide. A refusal is written here as the seed's JSON
 * envelope and reported as {@code SEND_FAILURE}, so the container sends our body instead of an error page.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticationMechanism.class.getName());
    /** Longer than any key we issue by far; anything beyond is refused before it is hashed. */
    static final int MAX_TOKEN_LENGTH = 256;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> GUESS_REASONS = Set.of("malformed_key", "key_not_found", "session_invalid");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Caller caller;

    @Inject
    AuthFailureLimits authFailures;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    @ConfigProperty(name = "genx3d.require-https", defaultValue = "false")
    boolean requireHttps;

    @Inject
    RequestMonitor monitor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        RequestMonitor.markStart(request);
        if (requireHttps && isApiRequest(request) && !clientAddresses.arrivedOverTls(request)) {
            // Before any credential is looked at: a key that crossed the network in clear text is not accepted.
            return refuse(request, response, AuthenticationRejected.httpsRequired());
        }
        if (!context.isProtected()) {
            // Open paths (sign-up, login, documents) need no identity, and a stale credential sent along
            // with them must not stand in the way, so they are not looked at.
            return context.doNothing();
        }
        String clientAddress = clientAddresses.of(request);
        String failureBucket = AuthFailureLimits.address(clientAddress);
        try {
            if (presentsCredentials(request)) {
                // Refused before parsing or looking anything up, so guessing cannot load the database.
                authFailures.requireNotBlocked(failureBucket);
            }
            CredentialValidationResult result = identityStores.validate(credentialFrom(request, clientAddress));
            if (result.getStatus() != CredentialValidationResult.Status.VALID
                    || !(result.getCallerPrincipal() instanceof AuthenticatedCaller authenticated)) {
                throw AuthenticationRejected.keyNotFound();
            }
            caller.set(authenticated);
            return context.notifyContainerAboutLogin(result);
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.isCause(failure)) {
                return refuse(request, response, DatabaseUnavailable.refusal());
            }
            ApiException refusal = refusalIn(failure);
            if (refusal != null && isGuess(refusal)) {
                authFailures.recordFailure(failureBucket);
            }
            return refuse(request, response, failure);
        }
    }

    private static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean presentsCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || SessionCookie.read(request).isPresent();
    }

    /** Failures that look like guessing: a key or session token that is not (or no longer) ours. */
    private static boolean isGuess(ApiException refusal) {
        return GUESS_REASONS.contains(String.valueOf(refusal.body().error().details().get("reason")));
    }

    private static Credential credentialFrom(HttpServletRequest request, String clientAddress) {
        var authorizations = request.getHeaders("Authorization");
        if (authorizations == null || !authorizations.hasMoreElements()) {
            return SessionCookie.read(request)
                    .map(token -> (Credential) new SessionCredential(token, request.getHeader("X-CSRF-Token"),
                            !SAFE_METHODS.contains(request.getMethod())))
                    .orElseThrow(AuthenticationRejected::missingKey);
        }
        String authorization = authorizations.nextElement();
        if (authorizations.hasMoreElements()) {
            throw AuthenticationRejected.malformedKey();
        }
        return new ApiKeyCredential(bearerToken(authorization), clientAddress);
    }

    static String bearerToken(String authorization) {
        String[] parts = authorization.strip().split(" +", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw AuthenticationRejected.malformedKey();
        }
        String token = parts[1].strip();
        if (token.length() > MAX_TOKEN_LENGTH || token.contains(" ")) {
            throw AuthenticationRejected.malformedKey();
        }
        return token;
    }

    // The container answers a refusal without running any filter, so the request is recorded here.
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                        RuntimeException failure) {
        try {
            ApiException refusal = refusalIn(failure);
            if (refusal != null) {
                ErrorResponses.write(response, refusal);
            } else {
                String errorId = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Authentication failed unexpectedly " + errorId, failure);
                ErrorResponses.write(response, ErrorCode.INTERNAL_ERROR.status(), ErrorBody.of(
                        ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage(),
                        Map.of("error_id", errorId)));
            }
            // Complete the answer: Undertow (WildFly) otherwise sends an error page of its own after a refusal and
            // logs that the response was already committed.
            response.getWriter().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        monitor.record(request, response.getStatus(), null, null);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The refusal an identity store threw, even if a framework layer wrapped it on the way. */
    private static ApiException refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
