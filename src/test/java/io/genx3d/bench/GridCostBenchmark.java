package io.genx3d.bench;

import io.genx3d.support.Api;
import io.genx3d.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Issue 29's figures, in one run: what the data grid costs one node. Each jar given ({@code -Dbench.jars=a.jar,b.jar},
 * e.g. main before and after) is started twice on loopback with H2, once with {@code GENX3D_CLUSTER_GRID=on} (rate
 * limits and keys in a grid of one) and once {@code off} (in memory); all of them are warmed up with wrk on the keyed
 * {@code GET /api/v1/scopes}, then measured in alternating rounds (wrk, 2 threads, {@code bench.connections}). It
 * prints each one's median and range, and each jar's grid/memory ratio per round. Then it counts the grid operations
 * one keyed request costs, as Hazelcast itself counts them (its JMX statistics of every genx3D map: gets, puts, sets,
 * removes and others, entry processors included), over {@code bench.counted} sequential requests. Asserts nothing.
 */
public final class GridCostBenchmark {

    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 150);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
    private static final int COUNTED = Integer.getInteger("bench.counted", 2000);

    private record Server(String jar, boolean grid, RunningJar process, int jmxPort, String key, List<Double> rounds) {
        String name() {
            return Path.of(jar).getFileName() + (grid ? " grid on" : " grid off");
        }

        String url() {
            return process.api().base() + "api/v1/scopes";
        }
    }

    private GridCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        List<String> jars = Arrays.asList(
                System.getProperty("bench.jars", "target/genx3d.jar").split(","));
        List<Server> servers = new ArrayList<>();
        try {
            for (String jar : jars) {
                for (boolean grid : new boolean[] {true, false}) {
                    servers.add(start(jar, grid));
                }
            }
            for (Server server : servers) {
                Wrk.run(server.url(), WARM_UP_SECONDS, CONNECTIONS, "Authorization: Bearer " + server.key());
            }
            for (int round = 0; round < ROUNDS; round++) {
                // Alternate the order each round so no server always runs right after another one's load.
                List<Server> order = new ArrayList<>(servers);
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Server server : order) {
                    Wrk.Result result =
                            Wrk.run(server.url(), SECONDS, CONNECTIONS, "Authorization: Bearer " + server.key());
                    server.rounds().add(result.requestsPerSecond());
                }
            }
            System.out.printf(Locale.ROOT, "%-40s %12s %22s%n", "server", "median req/s", "range");
            for (Server server : servers) {
                List<Double> sorted = server.rounds().stream().sorted().toList();
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %12.0f %10.0f – %-10.0f%n",
                        server.name(),
                        sorted.get(sorted.size() / 2),
                        sorted.get(0),
                        sorted.get(sorted.size() - 1));
            }
            for (int j = 0; j < jars.size(); j++) {
                Server on = servers.get(2 * j);
                Server off = servers.get(2 * j + 1);
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    ratios.add(on.rounds().get(r) / off.rounds().get(r));
                }
                List<Double> sorted = ratios.stream().sorted().toList();
                System.out.printf(
                        Locale.ROOT,
                        "%s: grid on / off, median of rounds %.2f (rounds %.2f – %.2f)%n",
                        Path.of(on.jar()).getFileName(),
                        sorted.get(sorted.size() / 2),
                        sorted.get(0),
                        sorted.get(sorted.size() - 1));
            }
            for (Server server : servers) {
                if (server.grid()) {
                    countOperations(server);
                }
            }
        } finally {
            for (Server server : servers) {
                server.process().kill();
            }
        }
    }

    private static Server start(String jar, boolean grid) throws Exception {
        Path workDir = Files.createTempDirectory("genx3d-bench-grid");
        int port = RunningJar.freePort();
        int jmx = RunningJar.freePort();
        Map<String, String> settings = new HashMap<>();
        settings.put("GENX3D_CLUSTER_GRID", grid ? "on" : "off");
        settings.put("GENX3D_RATELIMIT_DEFAULT", "100000000");
        String java = System.getProperty(
                "app.java",
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(
                java,
                "-Xmx512m",
                "-Dhazelcast.jmx=true",
                "-Dcom.sun.management.jmxremote.port=" + jmx,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmx,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-jar",
                Path.of(jar).toAbsolutePath().toString(),
                "--port",
                String.valueOf(port));
        RunningJar process = RunningJar.launch(workDir, port, settings, command);
        try {
            Api api = process.api();
            String key = api.createKeyValue(api.newSession(), "{\"name\":\"bench\"}");
            return new Server(jar, grid, process, jmx, key, new ArrayList<>());
        } catch (RuntimeException | Error failed) {
            process.kill();
            throw failed;
        }
    }

    private static void countOperations(Server server) throws Exception {
        JMXServiceURL url =
                new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + server.jmxPort() + "/jmxrmi");
        try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection beans = connector.getMBeanServerConnection();
            Api api = server.process().api();
            long before = operations(beans);
            for (int i = 0; i < COUNTED; i++) {
                api.get("/api/v1/scopes", "Authorization", "Bearer " + server.key());
            }
            long after = operations(beans);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d keyed requests, %d grid map operations, %.2f per request%n",
                    server.name(),
                    COUNTED,
                    after - before,
                    (after - before) / (double) COUNTED);
        }
    }

    /** Every operation Hazelcast counted on the genx3D maps of this member (all of them, in a grid of one). */
    private static long operations(MBeanServerConnection beans) throws Exception {
        long total = 0;
        Set<ObjectName> maps = beans.queryNames(new ObjectName("com.hazelcast:type=IMap,*"), null);
        for (ObjectName map : maps) {
            if (!String.valueOf(map.getKeyProperty("name")).contains("genx3d")) {
                continue;
            }
            for (MBeanAttributeInfo attribute : beans.getMBeanInfo(map).getAttributes()) {
                String name = attribute.getName();
                if (name.startsWith("local") && name.endsWith("OperationCount")) {
                    long count = ((Number) beans.getAttribute(map, name)).longValue();
                    total += count;
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.printf("  %s %s %d%n", map.getKeyProperty("name"), name, count);
                    }
                }
            }
        }
        if (maps.isEmpty()) {
            throw new IllegalStateException("no Hazelcast map statistics over JMX (is hazelcast.jmx on?)");
        }
        return total;
    }
}
