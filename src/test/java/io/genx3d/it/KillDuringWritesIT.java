package io.genx3d.it;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing acknowledged is lost: the runnable jar is killed with SIGKILL while eight clients create and revoke
 * keys; after a restart every key whose creation was answered 201 works and every key whose revocation was
 * answered 204 stays revoked. (Runs on the embedded H2 in the H2 test run and on PostgreSQL in the PostgreSQL
 * run: the jar takes the database settings from the environment.)
 */
class KillDuringWritesIT extends RunningJarTest {

    private static final int CLIENTS = 8;
    private static final int TO_REVOKE = 120;


    @Test
    void everyAcknowledgedCreationAndRevocationSurvivesSigkill() throws Exception {
        Path workDir = workDir("kill-it");
        server = RunningJar.start(workDir, RunningJar.freePort());
        Api before = server.api();
        Api.Session session = before.newSession();
        Queue<JsonObject> revocable = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < TO_REVOKE; i++) {
            revocable.add(before.createKey(session, "{\"name\":\"to revoke " + i + "\"}").json());
        }

        Queue<String> created = new ConcurrentLinkedQueue<>();
        Queue<String> revoked = new ConcurrentLinkedQueue<>();
        AtomicInteger lost = new AtomicInteger();
        CountDownLatch firstAnswers = new CountDownLatch(40);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.submit(() -> {
                for (int round = 0; round < 1000; round++) {
                    try {
                        Reply made = before.createKey(session, "{\"name\":\"client " + id + " round " + round + "\"}");
                        if (made.status() == 201) {
                            created.add(made.json().getString("key"));
                        }
                        JsonObject victim = revocable.poll();
                        if (victim != null && before.delete("/api/v1/keys/" + victim.getString("id"), session.headers()).status() == 204) {
                            revoked.add(victim.getString("key"));
                        }
                        firstAnswers.countDown();
                    } catch (RuntimeException connectionGone) {
                        lost.incrementAndGet();
                        return;
                    }
                }
            });
        }
        assertTrue(firstAnswers.await(60, TimeUnit.SECONDS), "clients got going");
        Thread.sleep(700);
        server.kill();
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));

        // A new port: the old one may still be in use a moment after the kill, and clients still retrying it must
        // not reach the restarted server.
        server = RunningJar.start(workDir, RunningJar.freePort());
        Api after = server.api();
        List<String> problems = new ArrayList<>();
        for (String key : created) {
            int status = after.get("/api/v1/scopes", bearer(key)).status();
            if (status != 200) {
                problems.add("created key answered " + status);
            }
        }
        for (String key : revoked) {
            Reply reply = after.get("/api/v1/scopes", bearer(key));
            if (reply.status() != 401 || !reply.body().contains("key_revoked")) {
                problems.add("revoked key answered " + reply.status());
            }
        }
        System.out.printf("KillDuringWritesIT: SIGKILL with %d clients writing; %d creations and %d revocations "
                + "acknowledged before it, %d requests cut off; after restart %d problems%n",
                CLIENTS, created.size(), revoked.size(), lost.get(), problems.size());
        assertTrue(created.size() >= 40, "enough traffic before the kill: " + created.size());
        assertEquals(List.of(), problems);
    }
}
