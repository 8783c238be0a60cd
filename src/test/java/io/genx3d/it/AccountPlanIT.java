package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: an account's plan ({@code max_rate_limit}) bounds all its keys together, not each of them; the
 * headers and the 429 show whichever limit binds; and an account has at most 50 active keys, even when they are
 * created at the same moment.
 */
@Tag("postgresql")
class AccountPlanIT extends DeployedApiTest {

    private static final String ADMIN = "plan-admin@genx3d.test";
    private static String adminKey;

    @BeforeEach
    void anAdmin() {
        if (adminKey == null) {
            api.signUp(ADMIN);
            api.verifyEmail(MailOutbox.shared(), ADMIN);
            adminKey = api.createKeyValue(api.logIn(ADMIN), "{\"name\":\"plans\",\"level\":\"admin\"}");
        }
    }

    @Test
    void aPlanOfFiveAllowsFiveRequestsAcrossThreeKeys() {
        String email = Api.uniqueEmail("plan");
        String accountId = api.signUp(email).getString("id");
        Api.Session session = api.logIn(email);
        List<String> keys = List.of(
                api.createKeyValue(session, "{\"name\":\"a\"}"),
                api.createKeyValue(session, "{\"name\":\"b\"}"),
                api.createKeyValue(session, "{\"name\":\"c\"}"));
        assertEquals(
                200,
                api.send("PATCH", "/api/v1/users/" + accountId, "{\"max_rate_limit\":5}", bearer(adminKey))
                        .status());
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Reply last = null;
        for (int i = 0; i < 9; i++) {
            last = api.get("/api/v1/models", bearer(keys.get(i % 3)));
            byStatus.merge(last.status(), 1, Integer::sum);
        }
        System.out.println("AccountPlanIT: 9 requests over 3 keys, plan 5: by status " + byStatus);
        assertEquals(Map.of(200, 5, 429, 4), byStatus);
        assertEquals(5, last.error().getJsonObject("details").getInt("limit"));
        assertEquals("5", last.header("X-RateLimit-Limit"));
        assertEquals("0", last.header("X-RateLimit-Remaining"));
    }

    @Test
    void theHeadersShowTheLimitThatBinds() {
        String email = Api.uniqueEmail("binding");
        String accountId = api.signUp(email).getString("id");
        Api.Session session = api.logIn(email);
        String small = api.createKeyValue(session, "{\"name\":\"small\",\"rate_limit\":2}");
        String other = api.createKeyValue(session, "{\"name\":\"other\"}");
        api.send("PATCH", "/api/v1/users/" + accountId, "{\"max_rate_limit\":10}", bearer(adminKey));

        Reply first = api.get("/api/v1/models", bearer(small));
        assertEquals("2", first.header("X-RateLimit-Limit"), "the key's own 2 binds before the plan's 10");
        assertEquals("1", first.header("X-RateLimit-Remaining"));
        api.get("/api/v1/models", bearer(small));
        Reply refused = api.get("/api/v1/models", bearer(small));
        assertEquals(429, refused.status());
        assertEquals(2, refused.error().getJsonObject("details").getInt("limit"));

        Reply planSide = api.get("/api/v1/models", bearer(other));
        assertEquals(200, planSide.status(), "the refused request cost the plan nothing");
        assertEquals("10", planSide.header("X-RateLimit-Limit"));
        assertEquals("7", planSide.header("X-RateLimit-Remaining"), "10 - 2 by the small key - this one");
    }

    @Test
    void anAccountHasAtMostFiftyActiveKeysEvenCreatedAtOnce() throws Exception {
        Api.Session session = api.newSession();
        for (int i = 0; i < 45; i++) {
            api.createKeyValue(session, "{\"name\":\"k" + i + "\"}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Reply>> creations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            creations.add(() -> api.createKey(session, "{\"name\":\"racing\"}"));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Reply refusal = null;
        try {
            for (Future<Reply> outcome : pool.invokeAll(creations)) {
                byStatus.merge(outcome.get().status(), 1, Integer::sum);
                if (outcome.get().status() == 409) {
                    refusal = outcome.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("AccountPlanIT: 10 simultaneous creations with 45 keys active: by status " + byStatus);
        assertEquals(Map.of(201, 5, 409, 5), byStatus);
        assertEquals("too_many_keys", refusal.error().getJsonObject("details").getString("reason"));
        assertEquals(50, refusal.error().getJsonObject("details").getInt("limit"));

        String someKeyId = api.get("/api/v1/keys", session.headers())
                .json()
                .getJsonArray("data")
                .getJsonObject(0)
                .getString("id");
        assertEquals(
                204, api.delete("/api/v1/keys/" + someKeyId, session.headers()).status());
        assertEquals(
                201, api.createKey(session, "{\"name\":\"after revoking one\"}").status());
    }
}
