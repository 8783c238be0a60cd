package io.genx3d.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.LocalMapStats;
import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.Spent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotas in a real data grid of two members in this JVM (Hazelcast, on loopback only): one operation per request,
 * exact under concurrency from both members, and kept by the backup when the member owning an account dies.
 */
class GridAccountQuotasTest {

    private static final long HOUR = 3_600_000;
    private static HazelcastInstance first;
    private static HazelcastInstance second;

    @BeforeAll
    static void twoMembers() throws IOException {
        for (int i = 0; i < PORTS.length; i++) {
            PORTS[i] = freePort();
        }
        first = Hazelcast.newHazelcastInstance(onLoopback(0));
        second = Hazelcast.newHazelcastInstance(onLoopback(1));
    }

    @AfterAll
    static void stop() {
        Hazelcast.shutdownAll();
    }

    private static final String NAME =
            "genx3d-quotas-test-" + ProcessHandle.current().pid();
    private static final int[] PORTS = new int[3];

    private static Config onLoopback(int member) {
        Config config = new Config().setClusterName(NAME);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.getNetworkConfig().setPort(PORTS[member]).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int port : PORTS) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        }
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Quota quota(String line, long keyLimit, long planLimit) {
        long windowStart = System.currentTimeMillis() / HOUR * HOUR;
        return new Quota(windowStart, planLimit, line, keyLimit);
    }

    @Test
    void eachRequestIsOneGridOperation() {
        AccountQuotas quotas = GridAccountQuotas.on(first);
        long before = operations();
        int requests = 200;
        for (int i = 0; i < requests; i++) {
            quotas.spend("acct_ops_" + (i % 20), quota("key_" + (i % 40), 1000, 1000));
        }
        long counted = operations() - before;
        System.out.printf("GridAccountQuotasTest: %d requests, %d grid operations%n", requests, counted);
        assertEquals(requests, counted);
    }

    @Test
    void aKeysLimitIsExactWhenBothMembersSpendAtOnce() throws Exception {
        List<AccountQuotas> members = List.of(GridAccountQuotas.on(first), GridAccountQuotas.on(second));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                AccountQuotas member = members.get(i % 2);
                Callable<Boolean> request = () -> member.spend("acct_exact", quota("key_exact", 150, 1000))
                        .allowed();
                answers.add(threads.submit(request));
            }
            long allowed = 0;
            for (Future<Boolean> answer : answers) {
                allowed += answer.get() ? 1 : 0;
            }
            assertEquals(150, allowed);
            assertEquals(
                    new Spent(false, 850, 0, quota("x", 1, 1).windowStart()),
                    members.get(1).peek("acct_exact", quota("key_exact", 150, 1000)));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void whenTheMemberOwningAnAccountDiesItsCountsNeitherResetNorDouble() {
        HazelcastInstance third = Hazelcast.newHazelcastInstance(onLoopback(2));
        AccountQuotas survivor = GridAccountQuotas.on(first);
        List<String> accounts = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            accounts.add("acct_death_" + a);
            for (int i = 0; i <= a % 5; i++) {
                GridAccountQuotas.on(third).spend("acct_death_" + a, quota("key_death", 100, 100));
            }
        }
        third.getLifecycleService().terminate(); // no goodbye: its partitions are taken over from their backups
        for (int a = 0; a < accounts.size(); a++) {
            assertEquals(
                    100 - (a % 5 + 1),
                    survivor.peek(accounts.get(a), quota("key_death", 100, 100)).keyLeft(),
                    accounts.get(a));
        }
    }

    private static long operations() {
        long total = 0;
        for (HazelcastInstance member : Hazelcast.getAllHazelcastInstances()) {
            IMap<String, byte[]> map = member.getMap(GridAccountQuotas.MAP);
            LocalMapStats stats = map.getLocalMapStats();
            total += stats.getGetOperationCount()
                    + stats.getPutOperationCount()
                    + stats.getSetOperationCount()
                    + stats.getRemoveOperationCount()
                    + stats.getOtherOperationCount();
        }
        return total;
    }
}
