package io.genx3d.leaks;

import io.genx3d.keys.ApiKeys;
import io.genx3d.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tells a key's owner that it was found in public and revoked: which key, where (if the report said so acceptably, see
 * {@link LeakUrl}), and what to do now.
 */
@ApplicationScoped
public class LeakNotices {

    @Inject
    Event<Mail> mail;

    void tell(ApiKeys.LeakedKey leaked, String url, boolean urlDropped) {
        mail.fire(new Mail(
                leaked.ownerEmail(),
                "Your genx3D API key " + leaked.prefix() + "… was found in public and revoked",
                "Hello " + leaked.ownerName() + ",\n\n"
                        + "Your API key \"" + leaked.keyName() + "\" (" + leaked.prefix() + "…, id " + leaked.keyId()
                        + ") was reported by a secret scanner as published"
                        + where(url, urlDropped)
                        + "We revoked it at once, with any keys it created: requests with it now fail.\n\n"
                        + "Create a new key in the dashboard (Settings > API Keys), put it where your application"
                        + " reads it, and remove the old one from wherever it was published.\n\n"
                        + "-- genx3D\n"));
    }

    /** The reported address only as {@link LeakUrl} accepted it: never a line of the mail written by the reporter. */
    private static String where(String url, boolean urlDropped) {
        if (url != null) {
            return " at:\n\n" + url + "\n\n";
        }
        return urlDropped ? ". The report's address was not a plain https address, so it is not repeated here. " : ". ";
    }
}
