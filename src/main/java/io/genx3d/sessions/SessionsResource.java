package io.genx3d.sessions;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.AccountActivity;
import io.genx3d.accounts.AccountView;
import io.genx3d.accounts.Accounts;
import io.genx3d.accounts.AccountsResource;
import io.genx3d.accounts.Passwords;
import io.genx3d.auth.SessionCookie;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Caller;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.network.ClientAddresses;
import io.genx3d.ratelimit.AuthFailureLimits;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dashboard login and logout. Logging in sets an {@code HttpOnly}, {@code SameSite=Strict} cookie (also
 * {@code Secure} over HTTPS) and answers with the CSRF token the dashboard must echo on every change.
 * Wrong email and wrong password get the same answer, so the endpoint does not reveal who has an account.
 */
@Path("/sessions")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    @Inject
    AuthFailureLimits authFailures;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    KnownDevices knownDevices;

    @Inject
    Event<LoginSucceeded> loginSucceeded;

    @Inject
    Event<LoginFailed> loginFailed;

    @Inject
    Event<AccountActivity> activity;

    @Inject
    Event<SuspendedLoginRefused> suspendedLoginRefused;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logIn(@CookieParam(KnownDevices.COOKIE) String deviceCookie, JsonObject body) {
        JsonFields fields = JsonFields.of(body, Set.of("email", "password"));
        // Not checked for its shape (an unknown address is the same 401 as a wrong password), but never stored,
        // logged or audited with characters that do not show.
        String email = Accounts.normaliseEmail(fields.requiredEmail("email"));
        String password = fields.requiredString("password", Passwords.MAX_LENGTH);
        String clientAddress = clientAddresses.of(request);
        // A browser that has logged in to this account before spends its own allowance; any other attempt spends
        // the address's and the email's, so guessing is limited however many addresses it comes from.
        String[] failureBuckets = knownDevices
                .deviceOf(deviceCookie, email)
                .map(device -> new String[] {AuthFailureLimits.device(device)})
                .orElseGet(
                        () -> new String[] {AuthFailureLimits.address(clientAddress), AuthFailureLimits.email(email)});
        // Charged before the password is checked: concurrent guesses cannot all pass before the first one failed.
        authFailures.charge(failureBuckets);
        Optional<Account> authenticated = accounts.authenticate(email, password);
        if (authenticated.isEmpty()) {
            throw failedLogin(email, clientAddress);
        }
        Account account = authenticated.get();
        if (account.isSuspended()) {
            // Exactly a wrong password's answer (and a failure against the allowance): a login attempt must not tell
            // an attacker that they guessed a suspended account's password. The owner is told instead, by a mail
            // written after this answer has left (notices.SecurityNotices), so its timing shows nothing either.
            suspendedLoginRefused.fire(new SuspendedLoginRefused(account.id(), clientAddress, Instant.now()));
            throw failedLogin(email, clientAddress);
        }
        authFailures.forgive(failureBuckets);
        Sessions.OpenedSession opened = sessions.open(account);
        loginSucceeded.fire(new LoginSucceeded(account.id(), clientAddress, Instant.now()));
        SessionView view = new SessionView(
                AccountView.of(account),
                sessions.csrfToken(opened.token()),
                opened.session().expiresAt());
        return Response.ok(view)
                .header(SetCookie.HEADER, cookie(opened.token(), sessions.ttl().toSeconds()))
                .header(
                        SetCookie.HEADER,
                        deviceCookie(
                                knownDevices.deviceOf(deviceCookie, email).isPresent()
                                        ? deviceCookie
                                        : knownDevices.issue(email)))
                .build();
    }

    /** The current session again (the dashboard calls this after a page reload to recover its CSRF token). */
    @GET
    public SessionView current(@CookieParam(SessionCookie.NAME) String token) {
        requireSession();
        DashboardSession session = sessions.find(token).orElseThrow(() -> ApiException.notFound("Session"));
        return new SessionView(AccountView.of(session.account()), sessions.csrfToken(token), session.expiresAt());
    }

    @DELETE
    public Response logOut(@CookieParam(SessionCookie.NAME) String token) {
        requireSession();
        sessions.close(token);
        activity.fire(new AccountActivity(caller.accountId(), AccountActivity.Kind.LOGGED_OUT, Instant.now()));
        return Response.noContent().header(SetCookie.HEADER, cookie("", 0)).build();
    }

    /** Log out everywhere: every session of the account ends, this one included. */
    @DELETE
    @Path("/all")
    public Response logOutEverywhere() {
        requireSession();
        sessions.closeAllOf(caller.accountId(), null);
        activity.fire(
                new AccountActivity(caller.accountId(), AccountActivity.Kind.LOGGED_OUT_EVERYWHERE, Instant.now()));
        return Response.noContent().header(SetCookie.HEADER, cookie("", 0)).build();
    }

    /**
     * Changes the password (the current one is required, and a wrong one counts against the failed-login
     * allowances); every other session ends, this one stays.
     */
    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@CookieParam(SessionCookie.NAME) String token, JsonObject body) {
        requireSession();
        JsonFields fields = JsonFields.of(body, Set.of("current_password", "new_password"));
        String current = fields.requiredString("current_password", Passwords.MAX_LENGTH);
        String replacement = AccountsResource.newPassword(fields, "new_password");
        String clientAddress = clientAddresses.of(request);
        String email = accounts.find(caller.accountId()).map(Account::email).orElse("");
        String[] failureBuckets = {AuthFailureLimits.address(clientAddress), AuthFailureLimits.email(email)};
        authFailures.charge(failureBuckets);
        if (!accounts.changePassword(caller.accountId(), current, replacement)) {
            throw ApiException.badField("current_password", "is not the account's password");
        }
        authFailures.forgive(failureBuckets);
        sessions.closeAllOf(caller.accountId(), token);
        return Response.noContent().build();
    }

    private void requireSession() {
        caller.requireSession();
    }

    /** Sent to the login address only: no other request carries it. */
    private String deviceCookie(String value) {
        return new SetCookie(
                        KnownDevices.COOKIE,
                        value,
                        "/api/v1/sessions",
                        KnownDevices.MAX_AGE_SECONDS,
                        clientAddresses.arrivedOverTls(request))
                .toString();
    }

    private String cookie(String value, long maxAgeSeconds) {
        return new SetCookie(SessionCookie.NAME, value, "/", maxAgeSeconds, clientAddresses.arrivedOverTls(request))
                .toString();
    }

    /** Announced, then answered as a wrong password: unknown email, wrong password and suspended look alike. */
    private ApiException failedLogin(String email, String clientAddress) {
        loginFailed.fire(new LoginFailed(email, clientAddress, Instant.now()));
        return wrongCredentials();
    }

    private static ApiException wrongCredentials() {
        return new ApiException(
                        ErrorCode.UNAUTHORIZED, "Invalid email or password", Map.of("reason", "invalid_credentials"))
                .withHeader("WWW-Authenticate", AuthenticationRejected.CHALLENGE);
    }
}
