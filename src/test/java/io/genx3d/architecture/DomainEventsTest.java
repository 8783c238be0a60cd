package io.genx3d.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.accounts.AccountChanged;
import io.genx3d.accounts.EmailChanged;
import io.genx3d.auth.AuthenticationRefused;
import io.genx3d.auth.CallerAuthenticated;
import io.genx3d.auth.RequestAnswered;
import io.genx3d.caller.Actor;
import io.genx3d.caller.RefusalReason;
import io.genx3d.keys.KeyChanged;
import io.genx3d.keys.KeyCreated;
import io.genx3d.keys.KeyRevoked;
import io.genx3d.keys.KeyRolled;
import io.genx3d.keys.NewSetting;
import io.genx3d.keys.RevocationReason;
import io.genx3d.sessions.LoginFailed;
import io.genx3d.sessions.LoginSucceeded;
import io.genx3d.sessions.SuspendedLoginRefused;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The events the server publishes survive Java serialisation unchanged, so relaying them between cluster nodes or
 * keeping them in an audit log needs no change to the events themselves; and they say who did what to whom.
 */
class DomainEventsTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");
    private static final Actor OWNER_BY_SESSION = new Actor("acct_owner", null);
    private static final Actor ADMIN_BY_KEY = new Actor("acct_admin", "key_admin");

    @Test
    void everyEventRoundTripsThroughSerialisation() throws Exception {
        List<Object> events = List.of(
                new KeyCreated(OWNER_BY_SESSION, "acct_owner", "key_1", AT),
                new KeyRevoked(ADMIN_BY_KEY, "acct_owner", "key_1", RevocationReason.ADMIN, null, AT),
                new KeyRevoked(
                        Actor.SYSTEM, "acct_owner", "key_2", RevocationReason.LEAKED, "https://example.com/x", AT),
                new KeyRolled(OWNER_BY_SESSION, "acct_owner", "key_1", "key_3", AT, List.of("key_4"), AT),
                new KeyChanged(
                        OWNER_BY_SESSION,
                        "acct_owner",
                        "key_3",
                        "renamed",
                        List.of("10.0.0.0/8"),
                        new NewSetting<>(50),
                        new NewSetting<>(AT),
                        List.of("key_5"),
                        AT),
                new AccountChanged(ADMIN_BY_KEY, "acct_owner", "user", "suspended", 50, AT),
                new LoginSucceeded("acct_owner", "192.0.2.1", AT),
                new LoginFailed("ann@example.com", "192.0.2.1", AT),
                new SuspendedLoginRefused("acct_owner", "192.0.2.1", AT),
                new EmailChanged("acct_owner", "ann@example.com", "ann@example.org", AT),
                new CallerAuthenticated("acct_owner", "key_1", "192.0.2.1", AT),
                new AuthenticationRefused(RefusalReason.KEY_REVOKED, "key_1", "192.0.2.1", AT),
                new RequestAnswered("GET", "/api/v1/models", 200, "key_1", "acct_owner", "192.0.2.1", 1_000_000));
        for (Object event : events) {
            assertEquals(event, roundTrip(event), event.getClass().getSimpleName());
        }
    }

    @Test
    void anActorSaysWhetherItActedThroughASessionOrAKey() {
        assertEquals(true, OWNER_BY_SESSION.viaSession());
        assertEquals(false, ADMIN_BY_KEY.viaSession());
    }

    private static Object roundTrip(Object event) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
