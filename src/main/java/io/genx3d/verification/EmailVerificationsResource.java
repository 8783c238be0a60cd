package io.genx3d.verification;

import io.genx3d.accounts.AccountView;
import io.genx3d.accounts.Accounts;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * Verifies an address with the token from the mailed link: open ({@code web.xml}), since whoever can read the
 * mailbox is who it proves. The token is 256 random bits and works once.
 */
@Path("email-verifications")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationsResource {

    @Inject
    MailedTokens tokens;

    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public AccountView verify(JsonObject body) {
        String token = JsonFields.of(body, Set.of("token")).requiredString("token", 100);
        String accountId = tokens.redeem(token, Purpose.EMAIL_VERIFICATION);
        return AccountView.of(accounts.markEmailVerified(accountId));
    }
}
