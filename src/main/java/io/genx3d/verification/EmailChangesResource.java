package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.AccountView;
import io.genx3d.accounts.Accounts;
import io.genx3d.accounts.AccountsResource;
import io.genx3d.accounts.Passwords;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Caller;
import io.genx3d.errors.ApiException;
import io.genx3d.network.ClientAddresses;
import io.genx3d.network.PublicUrl;
import io.genx3d.ratelimit.AuthFailureLimits;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.ratelimit.SignUpLimits;
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
 * Changing the account's address, as GitHub and Stripe do it: asked for in a session with the current password (a
 * wrong one counts against the failed-login allowances, as when changing the password), it mails a single-use link to
 * the new address; only that link, opened by whoever reads the new mailbox ({@code web.xml} leaves {@code /confirm}
 * open), moves the account, which verifies the new address. The old address is then told ({@code notices}).
 */
@Path("/email-changes")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class EmailChangesResource {

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    MailedTokens tokens;

    @Inject
    EmailChangeMail changeMail;

    @Inject
    AuthFailureLimits authFailures;

    @Inject
    SignUpLimits limits;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PublicUrl publicUrl;

    @Context
    HttpServletRequest request;

    /**
     * A {@code 202} once the link is on its way. An address another account uses is refused with sign-up's
     * {@code 409} on {@code email}: sign-up tells anyone that much, and here it takes the password and a mail
     * allowance (the new address's and the client's) to ask.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(JsonObject body) {
        AuthenticatedCaller who = caller.requireSession();
        JsonFields fields = JsonFields.of(body, Set.of("email", "current_password"));
        String newEmail = AccountsResource.email(fields);
        String current = fields.requiredString("current_password", Passwords.MAX_LENGTH);
        Account account = accounts.find(who.accountId()).orElseThrow(() -> ApiException.notFound("Account"));
        String clientAddress = clientAddresses.of(request);
        String[] failureBuckets = {AuthFailureLimits.address(clientAddress), AuthFailureLimits.email(account.email())};
        authFailures.charge(failureBuckets);
        if (!accounts.isPassword(account.id(), current)) {
            throw ApiException.badField("current_password", "is not the account's password");
        }
        authFailures.forgive(failureBuckets);
        if (newEmail.equals(account.email())) {
            throw ApiException.badField("email", "is already this account's address");
        }
        limits.chargeVerificationMail(clientAddress, newEmail);
        if (accounts.isTakenByAnother(account.id(), newEmail)) {
            throw Accounts.emailTaken();
        }
        changeMail.send(account, newEmail, publicUrl.of(request));
        return Response.accepted(Map.of(
                        "message",
                        "A link to confirm the change is on its way to " + newEmail
                                + "; your address stays as it is until the link is opened",
                        "pending_email",
                        newEmail))
                .build();
    }

    /**
     * Moves the account to the address the link was mailed to, once per link: an unknown, used or expired token is the
     * {@code 400} on {@code token} of every mailed link; an address taken meanwhile is sign-up's {@code 409}.
     */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public AccountView confirm(JsonObject body) {
        String token = JsonFields.of(body, Set.of("token")).requiredString("token", 100);
        MailedTokens.EmailChange change = tokens.redeemEmailChange(token);
        return AccountView.of(accounts.changeEmail(change.accountId(), change.newEmail()));
    }
}
