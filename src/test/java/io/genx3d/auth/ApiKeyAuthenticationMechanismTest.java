package io.genx3d.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RefusalReason;
import io.genx3d.caller.Scope;
import io.genx3d.errors.DatabaseHealth;
import io.genx3d.network.ClientAddresses;
import io.genx3d.ratelimit.AuthFailureLimits;
import jakarta.enterprise.event.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The mechanism alone, with the container's objects stood in: what it reads from a request, which refusal it writes,
 * what it counts as guessing and what it announces. The identity stores are asked through the handler only.
 */
class ApiKeyAuthenticationMechanismTest {

    private static final String ADDRESS = "192.0.2.7";
    private static final String BUCKET = AuthFailureLimits.address(ADDRESS);
    private static final String ISSUED_COOKIE = "random.issued-here";

    private final ApiKeyAuthenticationMechanism mechanism = new ApiKeyAuthenticationMechanism();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final HttpMessageContext context = mock(HttpMessageContext.class);
    private final StringWriter body = new StringWriter();
    private final Event<AuthenticationRefused> refused = mockEvent();
    private final Event<CallerAuthenticated> authenticated = mockEvent();
    private final Event<RequestAnswered> answered = mockEvent();
    private int status;

    @SuppressWarnings("unchecked")
    private static <T> Event<T> mockEvent() {
        return mock(Event.class);
    }

    @BeforeEach
    void mechanism() throws Exception {
        mechanism.identityStores = mock(IdentityStoreHandler.class);
        mechanism.caller = new Caller();
        mechanism.authFailures = mock(AuthFailureLimits.class);
        mechanism.knownGoodKeys = token -> false;
        mechanism.issuedSessions = token -> token.equals(ISSUED_COOKIE);
        mechanism.clientAddresses = mock(ClientAddresses.class);
        mechanism.database = mock(DatabaseHealth.class);
        mechanism.outcomes = new RequestOutcomes();
        mechanism.outcomes.answered = answered;
        mechanism.authenticated = authenticated;
        mechanism.refused = refused;
        mechanism.refusalSpans = new RefusalSpans();
        mechanism.refusalSpans.telemetry = mock(jakarta.enterprise.inject.Instance.class); // no telemetry here
        when(mechanism.clientAddresses.of(request)).thenReturn(ADDRESS);
        when(mechanism.database.reachable()).thenReturn(true);
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/api/v1/models");
        when(request.getContextPath()).thenReturn("");
        when(request.getHeaders("Authorization")).thenReturn(Collections.emptyEnumeration());
        when(context.isProtected()).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        org.mockito.Mockito.doAnswer(call -> status = call.getArgument(0))
                .when(response)
                .setStatus(org.mockito.ArgumentMatchers.anyInt());
        when(response.getStatus()).thenAnswer(call -> status);
    }

    @Test
    void noCredentialOnAProtectedPathIsTheGuidesMissingKey() {
        assertEquals(AuthenticationStatus.SEND_FAILURE, validate());
        assertEquals(401, status);
        assertEquals(
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Missing API key\",\"details\":"
                        + "{\"reason\":\"missing_key\"}}}",
                body.toString());
        verify(response).setHeader("WWW-Authenticate", AuthenticationRejected.CHALLENGE);
        assertEquals(RefusalReason.MISSING_KEY, refusedEvent().reason());
        assertEquals(401, answeredEvent().status());
        verify(mechanism.authFailures, never()).charge(any());
    }

    /** Finding 16: before any credential, constraint or open path is looked at, the path as sent is in normal form. */
    @Test
    void finding16_aPathNotInNormalFormIsA400BeforeAnythingElse() throws Exception {
        when(response.getWriter()).thenAnswer(call -> new PrintWriter(body)); // each refusal closes its writer
        for (String path : new String[] {"/api/v1/keys/..;/scopes", "/health/../metrics/base", "//metrics"}) {
            when(request.getRequestURI()).thenReturn(path);
            when(context.isProtected()).thenReturn(false);
            withAuthorization("Bearer sk-whatever");
            assertEquals(AuthenticationStatus.SEND_FAILURE, validate(), path);
            assertEquals(400, status, path);
            assertEquals("path_not_normal", reasonInBody(), path);
            body.getBuffer().setLength(0);
        }
        verifyNoInteractions(mechanism.identityStores, mechanism.authFailures, refused);
    }

    @Test
    void anOpenPathIsNotLookedAt() {
        when(context.isProtected()).thenReturn(false);
        when(context.doNothing()).thenReturn(AuthenticationStatus.NOT_DONE);
        withAuthorization("Bearer sk-whatever");
        assertEquals(AuthenticationStatus.NOT_DONE, validate());
        verifyNoInteractions(mechanism.identityStores);
    }

    @Test
    void aHeaderThatIsNotBearerIsMalformedAndCountsAsAGuess() {
        withAuthorization("Basic dXNlcjpwYXNz");
        validate();
        assertEquals("malformed_key", reasonInBody());
        verify(mechanism.authFailures).charge(BUCKET);
        verify(mechanism.authFailures, never()).forgive(any());
        verifyNoInteractions(mechanism.identityStores);
    }

    @Test
    void anAddressOutOfGuessesIsRefusedBeforeAnyStoreIsAsked() {
        withAuthorization("Bearer sk-anything");
        doThrow(io.genx3d.ratelimit.RateLimitExceeded.by(new io.genx3d.ratelimit.Decision(
                        false, 20, 0, java.time.Instant.now().plusSeconds(30), 60)))
                .when(mechanism.authFailures)
                .charge(BUCKET);
        validate();
        assertEquals(429, status);
        verifyNoInteractions(mechanism.identityStores);
        verify(refused, never()).fire(any());
    }

    /** Issue 26: a browser logged in keeps working while others behind its address have spent the allowance. */
    @Test
    void aSessionCookieIssuedHerePassesAnAddressOutOfGuessesAndIsStillChecked() {
        withCookie(ISSUED_COOKIE);
        addressOutOfGuesses();
        AuthenticatedCaller known = new AuthenticatedCaller("acct_1", null, Set.of(Scope.KEYS_WRITE), 100);
        CredentialValidationResult valid = new CredentialValidationResult(known, Set.of("keys:write"));
        when(mechanism.identityStores.validate(any(Credential.class))).thenReturn(valid);
        when(context.notifyContainerAboutLogin(valid)).thenReturn(AuthenticationStatus.SUCCESS);
        assertEquals(AuthenticationStatus.SUCCESS, validate());
        verify(mechanism.identityStores).validate(any(SessionCredential.class));
        verify(mechanism.authFailures, never()).forgive(any());
    }

    /** Issue 26: a forged cookie is one more guess: refused with the address's 429 before any store is asked. */
    @Test
    void aForgedSessionCookieIsRefusedWithEveryoneElseFromTheAddress() {
        withCookie("random.forged");
        addressOutOfGuesses();
        validate();
        assertEquals(429, status);
        verifyNoInteractions(mechanism.identityStores);
    }

    @Test
    void aRealKeyRefusedIsAnnouncedWithItsIdAndIsNotAGuess() {
        withAuthorization("Bearer sk-real");
        when(mechanism.identityStores.validate(any(Credential.class)))
                .thenThrow(AuthenticationRejected.keyRevoked().ofKey("key_9"));
        validate();
        assertEquals("key_revoked", reasonInBody());
        AuthenticationRefused event = refusedEvent();
        assertEquals("key_9", event.keyId());
        assertEquals(ADDRESS, event.clientAddress());
        verify(mechanism.authFailures).charge(BUCKET);
        verify(mechanism.authFailures).forgive(BUCKET);
    }

    @Test
    void anUnknownKeyCountsAsAGuess() {
        withAuthorization("Bearer sk-unknown");
        when(mechanism.identityStores.validate(any(Credential.class))).thenThrow(AuthenticationRejected.keyNotFound());
        validate();
        assertEquals("key_not_found", reasonInBody());
        verify(mechanism.authFailures).charge(BUCKET);
        verify(mechanism.authFailures, never()).forgive(any());
    }

    @Test
    void anAcceptedKeyBecomesTheCallerAndIsAnnounced() {
        withAuthorization("Bearer sk-good");
        AuthenticatedCaller known = new AuthenticatedCaller("acct_1", "key_1", Set.of(Scope.MODELS_READ), 100);
        CredentialValidationResult valid = new CredentialValidationResult(known, Set.of("models:read"));
        when(mechanism.identityStores.validate(any(Credential.class))).thenReturn(valid);
        when(context.notifyContainerAboutLogin(valid)).thenReturn(AuthenticationStatus.SUCCESS);
        assertEquals(AuthenticationStatus.SUCCESS, validate());
        assertSame(known, mechanism.caller.get());
        verify(mechanism.authFailures).forgive(BUCKET);
        ArgumentCaptor<CallerAuthenticated> event = ArgumentCaptor.forClass(CallerAuthenticated.class);
        verify(authenticated).fire(event.capture());
        assertEquals("key_1", event.getValue().keyId());
        assertEquals(ADDRESS, event.getValue().clientAddress());
        verify(answered, never()).fire(any());
    }

    /**
     * Issue 29: a key verified recently is not a guess, so a request with it neither spends nor gives back the
     * address's allowance (in a cluster those were four grid operations per good request); it is still checked.
     */
    @Test
    void aRecentlyVerifiedKeyCostsTheAllowanceNothingAndIsStillChecked() {
        withAuthorization("Bearer sk-busy");
        mechanism.knownGoodKeys = token -> token.equals("sk-busy");
        AuthenticatedCaller known = new AuthenticatedCaller("acct_1", "key_1", Set.of(Scope.MODELS_READ), 100);
        CredentialValidationResult valid = new CredentialValidationResult(known, Set.of("models:read"));
        when(mechanism.identityStores.validate(any(Credential.class))).thenReturn(valid);
        when(context.notifyContainerAboutLogin(valid)).thenReturn(AuthenticationStatus.SUCCESS);
        assertEquals(AuthenticationStatus.SUCCESS, validate());
        verify(mechanism.identityStores).validate(any(Credential.class));
        verifyNoInteractions(mechanism.authFailures);
    }

    @Test
    void aLostDatabaseIsA503NotAGuessAndNotA500() {
        withAuthorization("Bearer sk-good");
        when(mechanism.identityStores.validate(any(Credential.class)))
                .thenThrow(new PersistenceException(new SQLTransientConnectionException("connection refused")));
        validate();
        assertEquals(503, status);
        assertEquals("database_unavailable", reasonInBody());
        verify(response).setHeader("Retry-After", "5");
        verify(mechanism.authFailures).charge(BUCKET);
        verify(mechanism.authFailures).forgive(BUCKET);
        verify(refused, never()).fire(any());
    }

    @Test
    void anUnexpectedFailureIsA500WithAnErrorIdAndNoDetail() {
        withAuthorization("Bearer sk-good");
        when(mechanism.identityStores.validate(any(Credential.class)))
                .thenThrow(new IllegalStateException("secret detail"));
        validate();
        assertEquals(500, status);
        JsonObject error = error();
        assertEquals("INTERNAL_ERROR", error.getString("code"));
        assertEquals(36, error.getJsonObject("details").getString("error_id").length());
        assertEquals(false, body.toString().contains("secret detail"));
    }

    @Test
    void plainHttpIsRefusedBeforeAnyCredentialIsReadWhenHttpsIsRequired() {
        mechanism.requireHttps = true;
        withAuthorization("Bearer sk-good");
        validate();
        assertEquals(403, status);
        assertEquals("https_required", reasonInBody());
        verifyNoInteractions(mechanism.identityStores);
        assertNull(mechanism.caller.isAuthenticated() ? mechanism.caller.get() : null);
    }

    @Test
    void bearerTokensAreReadStrictly() {
        assertEquals("sk-abc", ApiKeyAuthenticationMechanism.bearerToken("bearer   sk-abc "));
        for (String bad : new String[] {"Bearer", "Bearer sk-a sk-b", "Token sk-abc", "Bearer " + "x".repeat(257)}) {
            assertEquals(
                    RefusalReason.MALFORMED_KEY,
                    org.junit.jupiter.api.Assertions.assertThrows(
                                    io.genx3d.caller.AuthenticationRefusal.class,
                                    () -> ApiKeyAuthenticationMechanism.bearerToken(bad))
                            .reason(),
                    bad);
        }
    }

    private AuthenticationStatus validate() {
        return mechanism.validateRequest(request, response, context);
    }

    private void withCookie(String token) {
        when(request.getCookies())
                .thenReturn(
                        new jakarta.servlet.http.Cookie[] {new jakarta.servlet.http.Cookie(SessionCookie.NAME, token)});
    }

    private void addressOutOfGuesses() {
        doThrow(io.genx3d.ratelimit.RateLimitExceeded.by(new io.genx3d.ratelimit.Decision(
                        false, 20, 0, java.time.Instant.now().plusSeconds(30), 60)))
                .when(mechanism.authFailures)
                .charge(BUCKET);
    }

    private void withAuthorization(String value) {
        when(request.getHeader("Authorization")).thenReturn(value);
        when(request.getHeaders("Authorization")).thenReturn(Collections.enumeration(java.util.List.of(value)));
    }

    private JsonObject error() {
        return Json.createReader(new StringReader(body.toString())).readObject().getJsonObject("error");
    }

    private String reasonInBody() {
        return error().getJsonObject("details").getString("reason");
    }

    private AuthenticationRefused refusedEvent() {
        ArgumentCaptor<AuthenticationRefused> event = ArgumentCaptor.forClass(AuthenticationRefused.class);
        verify(refused).fire(event.capture());
        return event.getValue();
    }

    private RequestAnswered answeredEvent() {
        ArgumentCaptor<RequestAnswered> event = ArgumentCaptor.forClass(RequestAnswered.class);
        verify(answered).fire(event.capture());
        return event.getValue();
    }
}
