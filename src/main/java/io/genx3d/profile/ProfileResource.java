package io.genx3d.profile;

import io.genx3d.accounts.Accounts;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Caller;
import io.genx3d.errors.ApiException;
import io.genx3d.notices.NoticeSettings;
import io.genx3d.notices.Notifications;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import io.genx3d.verification.MailedTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/account}: the signed-in person's own account, for the dashboard's Settings → Account, so a session
 * only (an API key manages models and keys, not the person). {@code PATCH} changes the name and the notice choices; the
 * address changes through {@code /email-changes} (it needs the password and a mailed link), the password through
 * {@code /sessions/password}.
 */
@Path("/account")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    static final int MAX_NAME = 100;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    NoticeSettings notices;

    @Inject
    MailedTokens tokens;

    @GET
    public ProfileView get() {
        return view(caller.requireSession().accountId());
    }

    /**
     * Only the fields sent change; every field is checked before anything is changed, so a bad one changes nothing.
     */
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ProfileView change(JsonObject body) {
        AuthenticatedCaller who = caller.requireSession();
        JsonFields fields = JsonFields.of(body, Set.of("name", "notifications"));
        Optional<String> name = fields.optionalName("name", MAX_NAME);
        if (fields.isExplicitNull("name")) {
            throw ApiException.badField("name", "must not be null");
        }
        Optional<Notifications> notifications = NotificationChanges.read(fields, notices.of(who.accountId()));
        name.ifPresent(newName -> accounts.rename(who.accountId(), newName));
        notifications.ifPresent(chosen -> notices.change(who.accountId(), chosen));
        return view(who.accountId());
    }

    private ProfileView view(String accountId) {
        return ProfileView.of(
                accounts.find(accountId).orElseThrow(() -> ApiException.notFound("Account")),
                tokens.pendingEmailChange(accountId).orElse(null),
                notices.of(accountId));
    }
}
