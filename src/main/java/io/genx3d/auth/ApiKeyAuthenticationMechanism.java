package io.genx3d.auth;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRefusal;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Caller;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.DatabaseHealth;
import io.genx3d.errors.ErrorResponses;
import io.genx3d.errors.Failures;
import io.genx3d.network.ClientAddresses;
import io.genx3d.network.RequestPaths;
import io.genx3d.network.SecurityHeaders;
import io.genx3d.ratelimit.AuthFailureLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates every protected request (all of {@code /api/*} except sign-up and login, as {@code web.xml}
 * declares) from an {@code Authorization: Bearer sk-…} header or, failing that, the dashboard session cookie.
 * It only reads the request and asks the identity stores, which decide; what follows is announced as events
 * ({@link CallerAuthenticated}, {@link AuthenticationRefused}, {@link RequestAnswered}) for others to act on.
 * A refusal is written here as the seed's JSON envelope and reported as {@code SEND_FAILURE}, so the container
 * sends our body instead of an error page.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Longer than any key we issue by far; anything beyond is refused before it is hashed. */
    static final int MAX_TOKEN_LENGTH = 256;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Paths open in {@code web.xml} for reading that still authenticate a credential when one is sent. */
    static final Set<String> OPTIONAL_CREDENTIAL = Set.of("/api/v1/scopes");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Caller caller;

    @Inject
    AuthFailureLimits authFailures;

    @Inject
    KnownGoodKeys knownGoodKeys;

    @Inject
    IssuedSessions issuedSessions;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    @ConfigProperty(name = "genx3d.require-https", defaultValue = "false")
    boolean requireHttps;

    @Inject
    DatabaseHealth database;

    @Inject
    RequestOutcomes outcomes;

    @Inject
    Event<CallerAuthenticated> authenticated;

    @Inject
    Event<AuthenticationRefused> refused;

    @Inject
    RefusalSpans refusalSpans;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String clientAddress = clientAddresses.of(request);
        RequestOutcomes.begin(request, response, clientAddress);
        if (!inNormalForm(request)) {
            // The container runs this before any filter, servlet or security constraint of ours acts on the path, and
            // maps the path after normalising it while getRequestURI() keeps what was sent: such a request is refused
            // here, for every path, before the two can be told apart anywhere (RequestPaths).
            return refuse(request, response, RequestPaths.refusal(), clientAddress);
        }
        if (requireHttps && isApiRequest(request) && !clientAddresses.arrivedOverTls(request)) {
            // Before any credential is looked at: a key that crossed the network in clear text is not accepted.
            return refuse(request, response, AuthenticationRejected.httpsRequired(), clientAddress);
        }
        if (!context.isProtected() && !(readsWithOptionalCredential(request) && presentsCredentials(request))) {
            // Open paths (sign-up, login, documents) need no identity, and a stale credential sent along
            // with them must not stand in the way, so they are not looked at.
            return context.doNothing();
        }
        String failureBucket = AuthFailureLimits.address(clientAddress);
        boolean charged = false;
        try {
            if (presentsCredentials(request)) {
                // Charged before parsing or looking anything up, so guessing cannot load the database, and
                // concurrent guesses cannot all pass before the first of them failed.
                charged = chargeUnlessKnownGood(request, failureBucket);
            }
            CredentialValidationResult result = identityStores.validate(credentialFrom(request, clientAddress));
            if (result.getStatus() != CredentialValidationResult.Status.VALID
                    || !(result.getCallerPrincipal() instanceof AuthenticatedCaller known)) {
                throw AuthenticationRejected.keyNotFound();
            }
            if (charged) {
                authFailures.forgive(failureBucket);
            }
            caller.set(known);
            authenticated.fire(new CallerAuthenticated(known.accountId(), known.keyId(), clientAddress, Instant.now()));
            return context.notifyContainerAboutLogin(result);
        } catch (RuntimeException failure) {
            ApiException refusal = Failures.refusalFor(failure, database);
            boolean guess = refusal instanceof AuthenticationRefusal authentication
                    && authentication.reason().countsAsGuess();
            if (charged && !guess) {
                authFailures.forgive(failureBucket);
            }
            return refuse(request, response, refusal, clientAddress);
        }
    }

    /**
     * Charges the address's failure allowance, except for two credentials that are as hard to guess as each other and
     * cost no lookup to recognise: a key verified as good recently, and a session cookie this server issued (its MAC
     * checks out). Neither is a guess, so they are never charged (and a busy key costs the allowance's store nothing:
     * in a cluster, no grid operation), and they get through when the address's allowance is spent; they are then
     * checked in full, so one client's guessing behind a shared address does not lock out the keys and browsers that
     * work there (docs/permissions.md, "Failed authentications"). Anything else is charged before it is looked up.
     */
    private boolean chargeUnlessKnownGood(HttpServletRequest request, String failureBucket) {
        if (isKnownGood(request)) {
            return false;
        }
        authFailures.charge(failureBucket);
        return true;
    }

    private boolean isKnownGood(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return authorization.length() <= MAX_TOKEN_LENGTH + 16
                    && knownGoodKeys.recentlyVerified(bearerTokenOrEmpty(authorization));
        }
        return SessionCookie.read(request)
                .filter(issuedSessions::issuedByThisServer)
                .isPresent();
    }

    private static String bearerTokenOrEmpty(String authorization) {
        try {
            return bearerToken(authorization);
        } catch (RuntimeException malformed) {
            return "";
        }
    }

    /**
     * Open to anyone, but a request that presents a credential is an API call like any other: the credential must
     * be good, and the call is limited, counted and answered with the rate-limit headers.
     */
    private static boolean readsWithOptionalCredential(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod())
                && OPTIONAL_CREDENTIAL.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    private static boolean inNormalForm(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        return uri.startsWith(contextPath)
                && RequestPaths.problem(uri.substring(contextPath.length())).isEmpty();
    }

    private static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean presentsCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                || SessionCookie.read(request).isPresent();
    }

    private static Credential credentialFrom(HttpServletRequest request, String clientAddress) {
        var authorizations = request.getHeaders("Authorization");
        if (authorizations == null || !authorizations.hasMoreElements()) {
            return SessionCookie.read(request)
                    .map(token -> (Credential) new SessionCredential(
                            token, request.getHeader("X-CSRF-Token"), !SAFE_METHODS.contains(request.getMethod())))
                    .orElseThrow(AuthenticationRejected::missingKey);
        }
        String authorization = authorizations.nextElement();
        if (authorizations.hasMoreElements()) {
            throw AuthenticationRejected.malformedKey();
        }
        return new ApiKeyCredential(bearerToken(authorization), clientAddress);
    }

    /** The token of an {@code Authorization: Bearer …} header; a malformed header is the seed's 401. */
    public static String bearerToken(String authorization) {
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

    // The container answers a refusal without running any filter or JAX-RS, so the outcome is reported here.
    private AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, ApiException refusal, String clientAddress) {
        // Announced before the answer is written: once the client has it, it may ask at once for what the observers
        // record (a revoked key's knocking, usage counts).
        String refusedKeyId = null;
        if (refusal instanceof AuthenticationRefusal authentication) {
            refusedKeyId = authentication.keyId().orElse(null);
            refused.fire(
                    new AuthenticationRefused(authentication.reason(), refusedKeyId, clientAddress, Instant.now()));
        }
        outcomes.refused(request, refusal.status(), refusal.code().name(), refusedKeyId);
        refusalSpans.record(request, refusal.status(), refusal.code().name());
        try {
            // The container sends this answer before any filter runs, so it gets the headers every answer has here.
            SecurityHeaders.applyToApi(response, clientAddresses.arrivedOverTls(request));
            ErrorResponses.write(response, refusal);
            // Complete the answer: Undertow (WildFly) otherwise sends an error page of its own after a refusal and
            // logs that the response was already committed.
            response.getWriter().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
