package io.genx3d.invitations;

import io.genx3d.accounts.Account;
import io.genx3d.mail.Mail;
import io.genx3d.network.PublicUrl;
import io.genx3d.organizations.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Mails an invitation's link. The link is built from the server's public address (never the request's {@code Host});
 * the mail leaves once the invitation has committed (see {@code Mailer}).
 */
@ApplicationScoped
public class InvitationMail {

    @Inject
    PublicUrl publicUrl;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<Mail> mail;

    void send(Invitation invitation, String token, Organization organization, Account inviter) {
        String link = publicUrl.of(request) + "/invitations/accept?token=" + token;
        mail.fire(new Mail(
                invitation.email(),
                inviter.name() + " invited you to " + organization.name() + " on genx3D",
                "Hello,\n\n"
                        + inviter.name() + " (" + inviter.email() + ") invited you to join the organization \""
                        + organization.name() + "\" on genx3D as "
                        + article(invitation.role().value()) + ".\n\n"
                        + "Open this link within 7 days to accept; you can sign up or log in with this address ("
                        + invitation.email() + ") on the way:\n\n"
                        + link + "\n\n"
                        + "The link works once. If you did not expect this invitation, ignore this message: nothing"
                        + " happens unless you accept it.\n\n"
                        + "-- genx3D\n"));
    }

    private static String article(String role) {
        return (role.startsWith("a") || role.startsWith("o") ? "an " : "a ") + role;
    }
}
