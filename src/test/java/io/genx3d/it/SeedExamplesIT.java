package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public guide's examples (curl, Python {@code requests}, JavaScript {@code fetch}), read from the guide itself
 * and run unchanged but for the key, against the shared runnable jar (the guide's localhost:8000 replaced by its loopback address and port). Each must
 * make the chat build a model holding a cube.
 */
class SeedExamplesIT extends DeployedApiTest {

    private static final Path GUIDE = Path.of(System.getProperty("seed.guide", "docs/authentication.md"));
    private static final String PLACEHOLDER_KEY = "sk-1234567890abcdef";

    private static final String GUIDE_SERVER = "http://localhost:8000";

    @TempDir
    Path workDir;

    @Test
    void theCurlExampleBuildsACube() throws Exception {
        String key = api.newStandardKey();
        run(key, List.of("bash", "-c", codeBlock("bash", "curl -X POST")));
    }

    @Test
    void thePythonExampleBuildsACube() throws Exception {
        String key = api.newStandardKey();
        Path script = workDir.resolve("example.py");
        Files.writeString(
                script,
                codeBlock("python", "import requests")
                        .replace(PLACEHOLDER_KEY, key)
                        .replace(GUIDE_SERVER, "http://127.0.0.1:" + base.getPort()));
        run(key, List.of("/usr/bin/python3", script.toString()));
    }

    @Test
    void theJavaScriptExampleBuildsACube() throws Exception {
        String key = api.newStandardKey();
        Path script = workDir.resolve("example.js");
        Files.writeString(
                script,
                codeBlock("javascript", "fetch(")
                        .replace(PLACEHOLDER_KEY, key)
                        .replace(GUIDE_SERVER, "http://127.0.0.1:" + base.getPort()));
        run(key, List.of("node", script.toString()));
    }

    /** Runs an example with the real key in place of the guide's placeholder, then looks for the cube it built. */
    private void run(String key, List<String> command) throws IOException, InterruptedException {
        // The guide's server address is replaced by the shared test server's, on loopback like the guide's.
        String server = "http://127.0.0.1:" + base.getPort();
        List<String> withKey = command.stream()
                .map(part -> part.replace(PLACEHOLDER_KEY, key).replace(GUIDE_SERVER, server))
                .toList();
        Process process = new ProcessBuilder(withKey).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<JsonObject> models = api.get("/api/v1/models", bearer(key))
                .json()
                .getJsonArray("data")
                .getValuesAs(JsonObject.class);
        assertEquals(1, models.size(), "the example's chat message created one model: " + output);
        JsonObject part = models.get(0).getJsonArray("parts").getJsonObject(0);
        assertEquals("cube", part.getString("primitive"));
    }

    /** The guide's first code block in {@code language} that contains {@code marker}, exactly as written. */
    private static String codeBlock(String language, String marker) throws IOException {
        Matcher blocks = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));
        while (blocks.find()) {
            if (blocks.group(1).contains(marker)) {
                assertTrue(blocks.group(1).contains(PLACEHOLDER_KEY), "the example uses the guide's placeholder key");
                assertTrue(blocks.group(1).contains(GUIDE_SERVER), "the example names the guide's server");
                return blocks.group(1);
            }
        }
        throw new AssertionError("no " + language + " example with " + marker + " in " + GUIDE);
    }
}
