package io.genx3d.accounts;

import io.genx3d.errors.ApiException;
import io.genx3d.network.ClientAddresses;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.ratelimit.SignUpLimits;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.regex.Pattern;

/** Sign-up: open to anyone ({@code web.xml} leaves {@code POST /api/v1/accounts} unprotected). */
@Path("/accounts")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    @Inject
    Accounts accounts;

    @Inject
    SignUpLimits signUps;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(JsonObject body) {
        signUps.charge(clientAddresses.of(request));
        JsonFields fields = JsonFields.of(body, Set.of("email", "password", "name"));
        String email = email(fields);
        String password = password(fields);
        String name = fields.requiredName("name", 100);
        Account account = accounts.signUp(email, name, password);
        return Response.status(Response.Status.CREATED)
                .entity(AccountView.of(account))
                .build();
    }

    /** An email address as given: visible characters only, trimmed, lowercased, and shaped like one. */
    public static String email(JsonFields fields) {
        String email = Accounts.normaliseEmail(fields.requiredEmail("email"));
        if (!EMAIL.matcher(email).matches()) {
            throw ApiException.badField("email", "must be a valid email address");
        }
        return email;
    }

    private static String password(JsonFields fields) {
        return newPassword(fields, "password");
    }

    /** A password someone chooses: between {@link Passwords#MIN_LENGTH} and {@link Passwords#MAX_LENGTH} characters. */
    public static String newPassword(JsonFields fields, String field) {
        String password = fields.requiredString(field, Passwords.MAX_LENGTH);
        if (password.length() < Passwords.MIN_LENGTH) {
            throw ApiException.badField(field, "must be at least " + Passwords.MIN_LENGTH + " characters");
        }
        return password;
    }
}
