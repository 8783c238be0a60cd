package io.genx3d.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code target/genx3d.jar} started as an operator would ({@code java -jar genx3d.jar --port N}) in a working
 * directory of its own, with {@code GENX3D_DATA_DIR} inside it; ready once the API answers.
 */
public final class RunningJar implements AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    /**
     * JVM options for the servers a test starts for itself, which boot and serve a little: the client compiler only
     * and the serial collector boot Payara about a fifth faster on these 2-core machines and leave the other core to
     * the tests. They change nothing the application does.
     */
    public static final List<String> SHORT_LIVED_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path workDir;
    private final Spawned spawned;
    private final Api api;

    private RunningJar(Path workDir, Spawned spawned, Api api) {
        this.workDir = workDir;
        this.spawned = spawned;
        this.api = api;
    }

    /**
     * A server's process and the temporary directory it was given ({@code java.io.tmpdir}): Payara Micro unpacks
     * itself and the application there (some 200 MB) and deletes nothing when killed, which most tests do; left in
     * {@code /tmp}, a few hundred boots once filled a machine's disk.
     */
    private record Spawned(Process process, Path temporaryFiles) {

        void waitForExit() throws InterruptedException {
            process.waitFor();
            deleteTemporaryFiles();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            waitForExit();
        }

        private void deleteTemporaryFiles() {
            try {
                Directories.deleteTree(temporaryFiles);
            } catch (IOException ignored) {
                // it is inside the test's work directory under target/, which a clean build removes
            }
        }
    }

    public static RunningJar start(Path workDir, int port, String... moreOptions)
            throws IOException, InterruptedException {
        return start(workDir, port, java.util.Map.of(), moreOptions);
    }

    public static RunningJar start(
            Path workDir, int port, java.util.Map<String, String> environment, String... moreOptions)
            throws IOException, InterruptedException {
        return start(workDir, port, environment, SHORT_LIVED_JVM_OPTIONS, moreOptions);
    }

    /** A long-lived server (the optimising compiler kept) with Payara Micro options, e.g. a benchmark's cluster node. */
    public static RunningJar startLongLivedWith(
            Path workDir, int port, java.util.Map<String, String> environment, String... moreOptions)
            throws IOException, InterruptedException {
        return start(workDir, port, environment, List.of(), moreOptions);
    }

    /** A server with the JVM options an operator would give it (e.g. a heap size), for benchmarks. */
    public static RunningJar startWithJvmOptions(
            Path workDir, int port, java.util.Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(workDir, port, environment, jvmOptions);
    }

    /** The server the whole suite shares: it does most of the work, so it keeps the JVM's optimising compiler. */
    public static RunningJar startLongLived(Path workDir, int port, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(workDir, port, environment, List.of());
    }

    private static RunningJar start(
            Path workDir,
            int port,
            java.util.Map<String, String> environment,
            List<String> jvmOptions,
            String... moreOptions)
            throws IOException, InterruptedException {
        return launch(workDir, port, environment, jarCommand(port, jvmOptions, moreOptions));
    }

    /** Any command that starts the server with plain HTTP on {@code port} (e.g. a script in server-config/). */
    public static RunningJar launch(
            Path workDir, int port, java.util.Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path log = workDir.resolve("server.log");
        Spawned spawned = spawn(workDir, environment, command);
        Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (answers(api)) {
                return new RunningJar(workDir, spawned, api);
            }
            if (!spawned.process().isAlive()) {
                spawned.waitForExit();
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(500);
        }
        String lastAnswer = lastAnswer(api);
        spawned.kill();
        // Without the server's own words a boot that hangs on CI cannot be diagnosed afterwards.
        throw new IllegalStateException("server did not serve the API within " + BOOT_TIMEOUT + "; last answer: "
                + lastAnswer + "; end of its log:\n" + tail(log, 80));
    }

    /** What a node that was expected to refuse said, and whether its API then answered anyway. */
    public record Refusal(String log, boolean apiServed) {}

    /**
     * Starts the jar expecting it to refuse to serve: waits (at most a minute) until its log says {@code words},
     * then until Payara Micro has finished starting, asks its API once, kills it, and returns the log and whether
     * the API answered.
     */
    public static Refusal startRefusing(Path workDir, int port, java.util.Map<String, String> environment, String words)
            throws IOException, InterruptedException {
        Spawned spawned = spawn(workDir, environment, jarCommand(port, SHORT_LIVED_JVM_OPTIONS));
        Path log = workDir.resolve("server.log");
        try {
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline) && !Files.readString(log).contains(words)) {
                Thread.sleep(250);
            }
            while (Instant.now().isBefore(deadline) && !Files.readString(log).contains("ready in")) {
                Thread.sleep(250);
            }
            boolean served = answers(new Api(new URL("http://127.0.0.1:" + port + "/")));
            return new Refusal(Files.readString(log), served);
        } finally {
            spawned.kill();
        }
    }

    /** {@code java <jvmOptions> -jar target/genx3d.jar --port <port> <moreOptions>}. */
    private static List<String> jarCommand(int port, List<String> jvmOptions, String... moreOptions) {
        Path jar = Path.of(System.getProperty("app.jar", "target/genx3d.jar")).toAbsolutePath();
        // the JDK the tests run on (21 or newer, as Payara Micro 7 needs), not whatever "java" is first on PATH;
        // a benchmark comparing two jars names another with -Dapp.java (an older jar on the Java it shipped for)
        String java = System.getProperty(
                "app.java",
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        command.addAll(List.of(moreOptions));
        // a benchmark comparing runtime settings adds Payara Micro options of its own (-Dapp.options="--a b")
        String extra = System.getProperty("app.options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        return command;
    }

    private static Spawned spawn(Path workDir, java.util.Map<String, String> environment, List<String> command)
            throws IOException {
        Path log = workDir.resolve("server.log");
        Files.deleteIfExists(log);
        Path temporaryFiles = Files.createTempDirectory(workDir, "java-tmp");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GENX3D_DATA_DIR", workDir.resolve("data").toString());
        // through the environment, so that it also reaches a JVM a script starts (server-config/cluster/run-node.sh)
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temporaryFiles);
        builder.environment().putAll(environment);
        return new Spawned(builder.start(), temporaryFiles);
    }

    private static boolean answers(Api api) {
        try {
            Reply reply = api.get("/api/v1/models");
            // 401 missing_key, or (genx3d.require-https on) the refusal of plain HTTP: either way, it is serving.
            return reply.status() == 401 && reply.body().contains("missing_key")
                    || reply.status() == 403 && reply.body().contains("https_required");
        } catch (RuntimeException notListeningYet) {
            return false;
        }
    }

    private static String lastAnswer(Api api) {
        try {
            Reply reply = api.get("/api/v1/models");
            return reply.status() + " "
                    + reply.body().substring(0, Math.min(200, reply.body().length()));
        } catch (RuntimeException noAnswer) {
            return noAnswer.toString();
        }
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public Api api() {
        return api;
    }

    /** Where the server keeps its files ({@code GENX3D_DATA_DIR}). */
    public Path dataDirectory() {
        return workDir.resolve("data");
    }

    public String log() throws IOException {
        return Files.readString(workDir.resolve("server.log"));
    }

    /** The server's operating-system process, e.g. to list the sockets it listens on. */
    public long pid() {
        return spawned.process().pid();
    }

    /** {@code SIGTERM}: the clean shutdown an operator or orchestrator performs. */
    public void stop() throws InterruptedException {
        spawned.process().destroy();
        if (!spawned.process().waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            spawned.kill();
            throw new IllegalStateException("server did not stop within 90 s of SIGTERM");
        }
        spawned.waitForExit();
    }

    /** {@code SIGKILL}: no shutdown hooks, nothing flushed that was not already durable. */
    public void kill() throws InterruptedException {
        spawned.kill();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
