package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production HTTPS set-up exactly as server-config/tls/run-with-tls.sh makes it: a self-signed certificate in
 * a keystore, Payara Micro's TLS port, genx3d.require-https on. Plain HTTP is refused before authentication even
 * with a valid key; HTTPS works and says so with Strict-Transport-Security; a trusted proxy's
 * X-Forwarded-Proto: https counts as TLS.
 */
class HttpsIT {

    private static RunningJar server;
    private static Api https;
    private static Api plain;

    @BeforeAll
    static void startWithTheTlsScript() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "https-it");
        Path keystore = workDir.resolve("keystore.p12");
        int port = RunningJar.freePort();
        int sslPort = RunningJar.freePort();
        server = RunningJar.launch(
                workDir,
                port,
                Map.of(
                        "GENX3D_KEYSTORE", keystore.toString(),
                        "GENX3D_HTTP_PORT", String.valueOf(port),
                        "GENX3D_HTTPS_PORT", String.valueOf(sslPort)),
                List.of(
                        "bash",
                        Path.of("server-config/tls/run-with-tls.sh")
                                .toAbsolutePath()
                                .toString(),
                        Path.of(System.getProperty("app.jar", "target/genx3d.jar"))
                                .toAbsolutePath()
                                .toString()));
        plain = server.api();
        https = new Api(new URL("https://localhost:" + sslPort + "/"), trusting(keystore));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void plainHttpIsRefusedBeforeAuthenticationEvenWithAValidKey() {
        String key = https.createKeyValue(https.logIn(signedUp()), "{\"name\":\"tls\"}");

        Reply refused = plain.get("/api/v1/models", bearer(key));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("HTTPS_REQUIRED", refused.error().getString("code"));
        assertNull(refused.header("X-RateLimit-Limit"), "refused before the key was looked at");
        assertEquals(
                "HTTPS_REQUIRED",
                plain.post("/api/v1/sessions", "{}").error().getString("code"),
                "open API paths too: a password must not cross in clear text either");
        assertEquals("HTTPS_REQUIRED", plain.get("/api/v1/ping").error().getString("code"));
    }

    @Test
    void httpsWorksAndAsksBrowsersToStayOnIt() {
        String key = https.createKeyValue(https.logIn(signedUp()), "{\"name\":\"tls\"}");
        Reply ok = https.get("/api/v1/models", bearer(key));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("max-age=31536000", ok.header("Strict-Transport-Security"));
    }

    @Test
    void aTrustedProxysForwardedProtoCountsAsTls() {
        // The tests' GENX3D_TRUSTED_PROXIES is 127.0.0.1, the address these requests come from.
        String key = https.createKeyValue(https.logIn(signedUp()), "{\"name\":\"proxied\"}");
        Reply proxied = plain.get("/api/v1/models", "Authorization", "Bearer " + key, "X-Forwarded-Proto", "https");
        assertEquals(200, proxied.status(), proxied.body());
        assertEquals("max-age=31536000", proxied.header("Strict-Transport-Security"));
        assertEquals(
                403,
                plain.get("/api/v1/models", "Authorization", "Bearer " + key, "X-Forwarded-Proto", "http")
                        .status());
    }

    /** Issue 13, point 13: HSTS was missing on the mechanism's 401s over TLS. */
    @Test
    void refusalsOverTlsAskBrowsersToStayOnIt() {
        Reply refused = https.get("/api/v1/models");
        assertEquals(401, refused.status());
        assertEquals("max-age=31536000", refused.header("Strict-Transport-Security"));
        assertEquals("DENY", refused.header("X-Frame-Options"));
    }

    /** Issue 13, point 10: behind a TLS-terminating proxy the session cookie lacked Secure while HSTS was sent. */
    @Test
    void behindATrustedTlsProxyTheSessionCookieIsSecureToo() {
        String email = signedUp();
        Reply login = plain.send(
                "POST",
                "/api/v1/sessions",
                "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}",
                "X-Forwarded-Proto",
                "https");
        assertEquals(200, login.status(), login.body());
        assertEquals("max-age=31536000", login.header("Strict-Transport-Security"));
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie.contains("Secure"), "the same TLS decision as HSTS: " + cookie);
    }

    private static String signedUp() {
        String email = Api.uniqueEmail("tls");
        https.signUp(email);
        return email;
    }

    private static HttpClient trusting(Path keystore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
