package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The attacker review of issue 31, as regressions: each test is one finding, reproduced the way it was found (requests
 * racing each other, a user-controlled limit) and now refused.
 */
class OrganizationAttacksIT extends DeployedApiTest {

    private final MailOutbox outbox = MailOutbox.shared();

    private Api.Session verified(String email) {
        api.signUp(email);
        api.verifyEmail(outbox, email);
        return api.logIn(email);
    }

    private String created(Api.Session session, String path, String body) {
        Reply reply = api.post(path, body, session.headers());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private static List<Reply> atOnce(List<Callable<Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : pool.invokeAll(requests)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Finding 1: a key created while its project was being deleted stayed live, unseen by anyone. */
    @Test
    void noKeyMadeWhileItsProjectIsDeletedEverWorks() throws Exception {
        Api.Session owner = verified(Api.uniqueEmail("racer"));
        String org = created(owner, "/api/v1/organizations", "{\"name\":\"Race\"}");
        int made = 0;
        for (int round = 0; round < 5; round++) {
            String project = created(owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}");
            List<Callable<Reply>> requests = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                requests.add(
                        () -> api.post("/api/v1/projects/" + project + "/keys", "{\"name\":\"k\"}", owner.headers()));
            }
            requests.add(() -> api.delete("/api/v1/projects/" + project, owner.headers()));
            for (Reply reply : atOnce(requests)) {
                assertTrue(List.of(201, 204, 404).contains(reply.status()), reply.toString());
                if (reply.status() == 201) {
                    made++;
                    Reply used = api.get("/api/v1/models", bearer(reply.json().getString("key")));
                    assertEquals(401, used.status(), "round " + round + ": a key of a deleted project: " + used);
                }
            }
        }
        System.out.println("OrganizationAttacksIT: keys made while their project was deleted, all refused: " + made);
    }

    /** Findings 2 and 3: one link accepted twice (with a 500), or accepted and withdrawn both. */
    @Test
    void oneInvitationLinkIsUsedOnceWhateverComesAtTheSameTime() throws Exception {
        Api.Session owner = verified(Api.uniqueEmail("inviter"));
        String email = Api.uniqueEmail("invitee");
        Api.Session invitee = verified(email);
        String org = created(owner, "/api/v1/organizations", "{\"name\":\"Once\"}");
        String invitation = created(
                owner,
                "/api/v1/organizations/" + org + "/invitations",
                "{\"email\":\"" + email + "\",\"role\":\"member\"}");
        String token = outbox.tokenFor(email, "accept");
        List<Callable<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(
                    () -> api.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", invitee.headers()));
        }
        requests.add(() -> api.delete("/api/v1/organizations/" + org + "/invitations/" + invitation, owner.headers()));
        List<Reply> replies = atOnce(requests);
        long successes = replies.stream()
                .filter(reply -> reply.status() == 200 || reply.status() == 204)
                .count();
        replies.forEach(reply -> assertTrue(reply.status() < 500, reply.toString()));
        assertEquals(1, successes, "exactly one of the accepts or the withdrawal: " + replies);
        boolean joined = replies.stream().limit(6).anyMatch(reply -> reply.status() == 200);
        Reply members = api.get("/api/v1/organizations/" + org + "/members", owner.headers());
        assertEquals(joined ? 2 : 1, members.json().getJsonArray("data").size(), members.body());
    }

    /** Finding 4: projects were a way around a person's own plan, and changing a limit gave a fresh count. */
    @Test
    void projectsShareTheirOrganizationsPlanAndAChangedLimitForgetsNothing() {
        Api.Session owner = verified(Api.uniqueEmail("thrifty"));
        long plan = api.get("/api/v1/rate-limits", owner.headers())
                .json()
                .getJsonObject("plan")
                .getJsonNumber("limit")
                .longValue();
        String org = created(owner, "/api/v1/organizations", "{\"name\":\"Plan\"}");
        String pooled = created(owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"A\"}");
        String alsoPooled = created(owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"B\"}");
        Reply shown = api.get("/api/v1/projects/" + alsoPooled, owner.headers());
        assertEquals(plan, shown.json().getJsonNumber("effective_rate_limit").longValue(), "the pool is the plan");
        String first = projectKey(owner, pooled);
        String second = projectKey(owner, alsoPooled);
        Reply a = api.get("/api/v1/models", bearer(first));
        Reply b = api.get("/api/v1/models", bearer(second));
        assertEquals(
                Long.parseLong(a.header("X-RateLimit-Remaining")) - 1,
                Long.parseLong(b.header("X-RateLimit-Remaining")),
                "two projects without a limit spend one pool");

        Reply tooMuch = api.post(
                "/api/v1/organizations/" + org + "/projects",
                "{\"name\":\"C\",\"rate_limit\":" + (plan + 1) + "}",
                owner.headers());
        assertEquals(400, tooMuch.status(), tooMuch.body());
        String limited = created(
                owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"D\",\"rate_limit\":" + plan + "}");
        Reply none = api.post(
                "/api/v1/organizations/" + org + "/projects", "{\"name\":\"E\",\"rate_limit\":1}", owner.headers());
        assertEquals(400, none.status(), "the plan is handed out: " + none.body());
        assertEquals("rate_limit", none.error().getJsonObject("details").getString("field"));

        assertEquals(
                200,
                api.send("PATCH", "/api/v1/projects/" + limited, "{\"rate_limit\":3}", owner.headers())
                        .status());
        String key = projectKey(owner, limited);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        }
        assertEquals(429, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(
                200,
                api.send("PATCH", "/api/v1/projects/" + limited, "{\"rate_limit\":4}", owner.headers())
                        .status());
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status(), "one more under 4");
        assertEquals(429, api.get("/api/v1/models", bearer(key)).status(), "the 3 spent before the change still count");
    }

    /** Finding 5: a project key's refusals went to its maker's personal log. */
    @Test
    void aProjectKeysRefusalIsInItsOrganizationsLogNotItsMakers() {
        Api.Session owner = verified(Api.uniqueEmail("logged"));
        String org = created(owner, "/api/v1/organizations", "{\"name\":\"Log\"}");
        String project = created(owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}");
        Reply key = api.post(
                "/api/v1/projects/" + project + "/keys",
                "{\"name\":\"walled\",\"allowed_ips\":[\"203.0.113.7\"]}",
                owner.headers());
        assertEquals(201, key.status(), key.body());
        assertEquals(
                403,
                api.get("/api/v1/models", bearer(key.json().getString("key"))).status());
        Reply orgLog =
                api.get("/api/v1/organizations/" + org + "/audit-events?type=key.address_refused", owner.headers());
        assertEquals(1, orgLog.json().getJsonArray("data").size(), orgLog.body());
        Reply ownLog = api.get("/api/v1/audit-events?type=key.address_refused", owner.headers());
        assertEquals(0, ownLog.json().getJsonArray("data").size(), ownLog.body());
    }

    /** Finding 6: an invitation to something that is no address was mailed. */
    @Test
    void anInvitationToSomethingThatIsNoAddressIsA400() {
        Api.Session owner = verified(Api.uniqueEmail("careful"));
        String org = created(owner, "/api/v1/organizations", "{\"name\":\"Mail\"}");
        Reply invited = api.post(
                "/api/v1/organizations/" + org + "/invitations",
                "{\"email\":\"not-an-email\",\"role\":\"member\"}",
                owner.headers());
        assertEquals(400, invited.status(), invited.body());
        assertEquals("email", invited.error().getJsonObject("details").getString("field"));
        assertFalse(outbox.messagesTo("not-an-email").size() > 0);
    }

    private String projectKey(Api.Session owner, String project) {
        Reply key = api.post("/api/v1/projects/" + project + "/keys", "{\"name\":\"k\"}", owner.headers());
        assertEquals(201, key.status(), key.body());
        return key.json().getString("key");
    }
}
