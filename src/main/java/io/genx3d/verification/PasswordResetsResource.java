package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.accounts.AccountsResource;
import io.genx3d.mail.Mail;
import io.genx3d.network.ClientAddresses;
import io.genx3d.network.PublicUrl;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.ratelimit.SignUpLimits;
import io.genx3d.sessions.Sessions;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Forgot your password?": a request mails a reset link to the address if an account uses it, and answers the same
 * either way (which addresses have accounts is not for anyone to learn here); the link's token sets a new password
 * once, verifies the address, and ends every session of the account.
 */
@Path("password-resets")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

    static final String REQUESTED = "If an account uses this address, a link to reset its password has been sent to it";

    @Inject
    Accounts accounts;

    @Inject
    MailedTokens tokens;

    @Inject
    Sessions sessions;

    @Inject
    SignUpLimits limits;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Event<Mail> mail;

    @Inject
    @ConfigProperty(name = "genx3d.password-reset.ttl", defaultValue = "PT1H")
    Duration ttl;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response request(JsonObject body) {
        String email = AccountsResource.email(JsonFields.of(body, Set.of("email")));
        limits.chargeResetRequest(clientAddresses.of(request), email);
        Optional<Account> account = accounts.findByEmail(email);
        account.filter(found -> !found.isSuspended()).ifPresent(this::mailLink);
        return Response.accepted(Map.of("message", REQUESTED)).build();
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response confirm(JsonObject body) {
        JsonFields fields = JsonFields.of(body, Set.of("token", "password"));
        String token = fields.requiredString("token", 100);
        String password = AccountsResource.newPassword(fields, "password");
        String accountId = tokens.redeem(token, Purpose.PASSWORD_RESET);
        accounts.resetPassword(accountId, password);
        sessions.closeAllOf(accountId, null);
        return Response.noContent().build();
    }

    private void mailLink(Account account) {
        String token = tokens.issue(account.id(), Purpose.PASSWORD_RESET, ttl);
        mail.fire(new Mail(
                account.email(),
                "Reset your genx3D password",
                "Hello " + account.name() + ",\n\n"
                        + "Someone asked to reset the password of the genx3D account for " + account.email()
                        + ". To choose a new one, open this link within " + ttl.toMinutes() + " minutes:\n\n"
                        + publicUrl.of(request) + "/reset-password?token=" + token + "\n\n"
                        + "If it was not you, ignore this message: your password stays as it is.\n\n"
                        + "-- genx3D\n"));
    }
}
