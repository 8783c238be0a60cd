package io.genx3d.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP client for the black-box tests, plus fixtures that go through the public API exactly as a
 * user would: sign up, log in, generate a key.
 */
public final class Api {

    public static final String PASSWORD = "correct horse battery staple";

    /** What the pom gives every test server as {@code GENX3D_METRICS_SCRAPE_TOKEN}. */
    public static final String METRICS_SCRAPE_TOKEN = "test-scrape-token-0123456789";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final URI base;
    private final HttpClient http;
    private final String clientAddress;

    public Api(URL base) {
        this(
                base,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** With a client of the test's choosing, e.g. one that trusts a test certificate. */
    public Api(URL base, HttpClient http) {
        this(URI.create(base.toString().replaceAll("/$", "")), http, null);
    }

    private Api(URI base, HttpClient http, String clientAddress) {
        this.base = base;
        this.http = http;
        this.clientAddress = clientAddress;
    }

    /**
     * The same server as seen by a client of its own: every request says {@code X-Forwarded-For: <a new address>},
     * which the server believes from loopback (the tests' {@code GENX3D_TRUSTED_PROXIES}). Tests sharing one server
     * thus never share a per-address budget, such as the allowance of failed authentications, nor a connection.
     */
    public Api asNewClient() {
        int n = CLIENTS.incrementAndGet();
        HttpClient own =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new Api(base, own, "198.18." + (n / 250 % 250) + "." + (1 + n % 250));
    }

    /** The address the server sees for this client, when it is one of {@link #asNewClient()}'s. */
    public String clientAddress() {
        return clientAddress;
    }

    public URL base() {
        try {
            return new URL(base + "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Reply post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public Reply send(String method, String path, String json, String... headers) {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = request(path, headers).method(method, body);
        if (json != null && !hasHeader(headers, "Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request whose answer is a file (exports). */
    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (clientAddress != null && !hasHeader(headers, "X-Forwarded-For")) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return request;
    }

    public static String[] bearer(String key) {
        return new String[] {"Authorization", "Bearer " + key};
    }

    // ---- fixtures through the public API ----

    public static String uniqueEmail(String who) {
        return who + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public JsonObject signUp(String email) {
        Reply reply = post(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Test User\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Verifies the address with the link the server mailed to it (read from {@code outbox}); the account view. */
    public JsonObject verifyEmail(MailOutbox outbox, String email) {
        Reply reply =
                post("/api/v1/email-verifications", "{\"token\":\"" + outbox.tokenFor(email, "verify-email") + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    public Session logIn(String email) {
        return logIn(email, PASSWORD);
    }

    public Session logIn(String email, String password) {
        Reply reply = post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, reply.status(), reply.body());
        String setCookie = reply.allHeaders("Set-Cookie").stream()
                .filter(header -> header.startsWith("genx3d_session="))
                .findFirst()
                .orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new Session(cookie, reply.json().getString("csrf_token"), setCookie);
    }

    /** A fresh account with a session. */
    public Session newSession() {
        String email = uniqueEmail("user");
        signUp(email);
        return logIn(email);
    }

    /** Creates a key through the dashboard session and returns the creation response. */
    public Reply createKey(Session session, String json) {
        return post("/api/v1/keys", json, "Cookie", session.cookie(), "X-CSRF-Token", session.csrf());
    }

    public String createKeyValue(Session session, String json) {
        Reply reply = createKey(session, json);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("key");
    }

    /**
     * An admin-level key of the account {@code email}, which the server lists in {@code GENX3D_ADMIN_EMAILS} (the pom
     * lists the tests' admins): signed up, verified by the mailed link, so promoted, then given a key.
     */
    public String newAdminKey(String email) {
        return newAdminKey(email, MailOutbox.shared());
    }

    /** The same on a server of a test's own, whose mail lands in {@code outbox}. */
    public String newAdminKey(String email, MailOutbox outbox) {
        signUp(email);
        JsonObject admin = verifyEmail(outbox, email);
        assertEquals("admin", admin.getString("role"), email + " is not on the server's admin list");
        return createKeyValue(logIn(email), "{\"name\":\"admin\",\"level\":\"admin\"}");
    }

    /**
     * A number the server publishes at {@code /metrics} (Prometheus text), read as a scraper would with the tests'
     * {@code GENX3D_METRICS_SCRAPE_TOKEN}: the first series of that name, whatever its labels.
     */
    public double metric(String name) {
        String metrics = get("/metrics", "Authorization", "Bearer " + METRICS_SCRAPE_TOKEN)
                .body();
        return metricIn(metrics, name).orElseThrow(() -> new AssertionError(name + " is not in the metrics"));
    }

    /** The first series called {@code name}, whatever its labels, in a page of Prometheus text. */
    public static java.util.OptionalDouble metricIn(String metrics, String name) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                        "(?m)^" + java.util.regex.Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.Ee+-]+)$")
                .matcher(metrics);
        return line.find()
                ? java.util.OptionalDouble.of(Double.parseDouble(line.group(2)))
                : java.util.OptionalDouble.empty();
    }

    /** A standard-level key of a brand-new account. */
    public String newStandardKey() {
        return createKeyValue(newSession(), "{\"name\":\"test key\"}");
    }

    private static boolean hasHeader(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    public record Session(String cookie, String csrf, String setCookieHeader) {
        public String[] headers() {
            return new String[] {"Cookie", cookie, "X-CSRF-Token", csrf};
        }
    }
}
