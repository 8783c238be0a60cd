package io.genx3d.verification;

import io.genx3d.accounts.AccountsResource;
import io.genx3d.network.ClientAddresses;
import io.genx3d.network.PublicUrl;
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
 * "Forgot your password?": a request mails a reset link to the address if an account uses it, and answers the same
 * either way (which addresses have accounts is not for anyone to learn here); the link's token sets a new password
 * once, verifies the address, and ends every session of the account (and, on an unverified one, every key).
 */
@Path("/password-resets")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

    static final String REQUESTED = "If an account uses this address, a link to reset its password has been sent to it";

    @Inject
    MailedTokens tokens;

    @Inject
    AddressProofs proofs;

    @Inject
    PasswordResetMail resetMail;

    @Inject
    SignUpLimits limits;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PublicUrl publicUrl;

    @Context
    HttpServletRequest request;

    /**
     * Always the same {@code 202}, after the same work, whoever asks for whichever address: the link is mailed after
     * the answer ({@link PasswordResetMail}). Only the client address's allowance can refuse, never the email's.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(JsonObject body) {
        String email = AccountsResource.email(JsonFields.of(body, Set.of("email")));
        limits.chargeResetRequest(clientAddresses.of(request));
        resetMail.sendLater(email, publicUrl.of(request));
        return Response.accepted(Map.of("message", REQUESTED)).build();
    }

    /**
     * Sets the new password once per link, verifies the address and ends every session; on an address nobody had
     * proven yet, every key made before ends too ({@link AddressProofs}).
     */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response confirm(JsonObject body) {
        JsonFields fields = JsonFields.of(body, Set.of("token", "password"));
        String token = fields.requiredString("token", 100);
        String password = AccountsResource.newPassword(fields, "password");
        String accountId = tokens.redeem(token, Purpose.PASSWORD_RESET);
        proofs.byResetLink(accountId, password);
        return Response.noContent().build();
    }
}
