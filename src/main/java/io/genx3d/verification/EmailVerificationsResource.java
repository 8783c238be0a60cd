package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.auth.SessionCookie;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Caller;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.network.ClientAddresses;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.ratelimit.SignUpLimits;
import io.genx3d.sessions.Sessions;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;

/**
 * Verifies an address with the token from the mailed link: open ({@code web.xml}), since whoever can read the
 * mailbox is who it proves. The token is 256 random bits and works once.
 */
@Path("/email-verifications")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationsResource {

    @Inject
    MailedTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    AddressProofs proofs;

    @Inject
    Sessions sessions;

    @Inject
    VerificationMail verificationMail;

    @Inject
    SignUpLimits limits;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    /**
     * Verifies the address. Opened in the browser of a session of the same account (the cookie comes along), it is a
     * person verifying their own new account; otherwise what was made before ends (see {@link AddressProofs}).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public VerifiedAccountView verify(JsonObject body) {
        String token = JsonFields.of(body, Set.of("token")).requiredString("token", 100);
        refuseIfAlreadyVerified(token);
        String accountId = tokens.redeem(token, Purpose.EMAIL_VERIFICATION);
        return VerifiedAccountView.of(proofs.byVerificationLink(accountId, inSessionOf(accountId)));
    }

    /**
     * A link opened again (or after it expired) whose address was verified meanwhile says so instead of calling the
     * token invalid: still the {@code 400} of a token that cannot be used (field {@code token}), with reason
     * {@code already_verified}, and the page offers to log in.
     */
    private void refuseIfAlreadyVerified(String token) {
        boolean verified = tokens.accountOfSpentLink(token, Purpose.EMAIL_VERIFICATION)
                .flatMap(accounts::find)
                .filter(Account::emailVerified)
                .isPresent();
        if (verified) {
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "This email address is already verified; log in to continue",
                    Map.of("field", "token", "reason", "already_verified"));
        }
    }

    /** Whether the request carries a live dashboard session of the account (this path is open: nobody checked it). */
    private boolean inSessionOf(String accountId) {
        return SessionCookie.read(request)
                .flatMap(sessions::find)
                .filter(session -> session.account().id().equals(accountId))
                .isPresent();
    }

    /**
     * Mails the signed-in account a new verification link (the earlier one stops working): for the dashboard's
     * Account page, so a session only; {@code 409 already_verified} once the address is verified.
     */
    @POST
    @Path("/mail")
    @Transactional
    public Response mailAgain() {
        AuthenticatedCaller who = caller.requireSession();
        Account account = accounts.find(who.accountId()).orElseThrow(() -> ApiException.notFound("Account"));
        if (account.emailVerified()) {
            throw new ApiException(
                    ErrorCode.CONFLICT, "The email address is already verified", Map.of("reason", "already_verified"));
        }
        limits.chargeVerificationMail(clientAddresses.of(request), account.email());
        verificationMail.send(account);
        return Response.accepted(Map.of("message", "A new verification link is on its way to " + account.email()))
                .build();
    }
}
