package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.ScannerKeys;
import io.genx3d.support.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * GitHub's secret-scanning partner endpoint, as the shared server runs it: with the scanner's signing key configured
 * (generated for the run, see {@link ScannerKeys}), so every report must be signed.
 */
@Tag("postgresql")
class LeakedKeysIT extends DeployedApiTest {

    private static final String URL = "https://github.com/someone/app/blob/main/config.js";

    /** The leak notice's subject says this; the account's verification mail, sent just before, does not. */
    private static final String NOTICE = "found in public and revoked";

    @Test
    void aLeakedLiveKeyIsRevokedWithItsChildrenItsOwnerMailedAndTheLogTold() throws Exception {
        String email = Api.uniqueEmail("leaky");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        Reply created = api.createKey(session, "{\"name\":\"published by mistake\"}");
        String leaked = created.json().getString("key");
        String leakedId = created.json().getString("id");
        String child = api.post("/api/v1/keys", "{\"name\":\"its child\"}", bearer(leaked))
                .json()
                .getString("key");
        String revoked = api.createKeyValue(session, "{\"name\":\"already revoked\"}");
        String revokedId = api.get("/api/v1/keys", "Cookie", session.cookie()).json().getJsonArray("data").stream()
                .map(JsonObject.class::cast)
                .filter(key -> key.getString("name").equals("already revoked"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        api.delete("/api/v1/keys/" + revokedId, session.headers());
        String invented = "sk-" + "a".repeat(49);

        Reply reply =
                report("[" + item(leaked) + "," + item(revoked) + "," + item(invented) + "," + item("hello") + "]");
        assertEquals(200, reply.status(), reply.body());
        JsonArray verdicts = (JsonArray) Reply.parse(reply.body());
        assertEquals(4, verdicts.size());
        assertEquals(leaked, verdicts.getJsonObject(0).getString("token_raw"));
        assertEquals("genx3d_api_key", verdicts.getJsonObject(0).getString("token_type"));
        assertEquals(
                List.of("true_positive", "false_positive", "false_positive", "false_positive"),
                verdicts.getValuesAs(JsonObject.class).stream()
                        .map(verdict -> verdict.getString("label"))
                        .toList());

        Reply refused = api.get("/api/v1/models", bearer(leaked));
        assertEquals(401, refused.status());
        assertEquals("key_revoked", refused.error().getJsonObject("details").getString("reason"));
        assertEquals(401, api.get("/api/v1/models", bearer(child)).status(), "the keys it made go with it");
        JsonObject listed =
                api.get("/api/v1/keys/" + leakedId, "Cookie", session.cookie()).json();
        assertEquals("leaked", listed.getString("revoked_reason"));
        assertEquals(URL, listed.getString("leak_url"));

        MimeMessage notice = MailOutbox.shared().latestTo(email, NOTICE);
        assertTrue(notice.getSubject().contains("found in public and revoked"), notice.getSubject());
        String text = MailOutbox.text(notice);
        assertTrue(text.contains(URL) && text.contains(leakedId), text);
        assertTrue(!text.contains(leaked.substring(11)), "never the key itself");

        JsonObject event = api
                .get("/api/v1/audit-events?type=key.revoked", "Cookie", session.cookie())
                .json()
                .getJsonArray("data")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(revocation -> revocation.getString("target").equals(leakedId))
                .findFirst()
                .orElseThrow();
        assertEquals("system", event.getJsonObject("actor").getString("type"));
        assertEquals("leaked", event.getJsonObject("details").getString("reason"));
        assertEquals(URL, event.getJsonObject("details").getString("url"));

        Reply again = report("[" + item(leaked) + "]");
        assertEquals(
                "false_positive",
                ((JsonArray) Reply.parse(again.body())).getJsonObject(0).getString("label"),
                "once revoked, no longer live");
    }

    @Test
    void anUnsignedOrBadlySignedReportRevokesNothing() {
        String key = api.newStandardKey();
        String body = "[" + item(key) + "]";
        String signature = SharedServer.scannerKeys().sign(body);
        List<Reply> refusals = List.of(
                api.post("/api/v1/leaked-keys", body),
                api.post(
                        "/api/v1/leaked-keys",
                        body,
                        "Github-Public-Key-Identifier",
                        "someone-else",
                        "Github-Public-Key-Signature",
                        signature),
                api.post(
                        "/api/v1/leaked-keys",
                        body.replace(URL, URL + "x"),
                        "Github-Public-Key-Identifier",
                        ScannerKeys.KEY_ID,
                        "Github-Public-Key-Signature",
                        signature),
                api.post(
                        "/api/v1/leaked-keys",
                        body,
                        "Github-Public-Key-Identifier",
                        ScannerKeys.KEY_ID,
                        "Github-Public-Key-Signature",
                        "not base64 at all!"));
        for (Reply refusal : refusals) {
            assertEquals(401, refusal.status(), refusal.body());
            assertEquals("UNAUTHORIZED", refusal.error().getString("code"));
            assertEquals(
                    "signature_invalid",
                    refusal.error().getJsonObject("details").getString("reason"));
        }
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status(), "still works");
    }

    @Test
    void aMalformedReportIsTheEnvelopesBadRequest() {
        for (String body : List.of("{\"token\":\"x\"}", "[{\"type\":\"x\"}]", "not json", "[1]")) {
            Reply reply = report(body);
            assertEquals(400, reply.status(), body + ": " + reply.body());
            assertEquals("BAD_REQUEST", reply.error().getString("code"));
        }
        assertEquals(401, api.get("/api/v1/leaked-keys").status(), "only POST is open");
    }

    /**
     * Finding 12: the report's url went into the owner's mail as written, line breaks included. A bad url is dropped
     * (never mailed, stored or put in the audit log); the key it reports is revoked all the same.
     */
    @Test
    void finding12_aBadUrlIsDroppedButTheLeakedKeyIsStillRevoked() throws Exception {
        // As written in the report's JSON, whose escapes (CR, LF, ESC, U+202E, U+200B) the server decodes.
        List<String> badUrls = List.of(
                "https://evil.example/config.js\\r\\n\\r\\nBcc: victim@evil.example\\r\\nSign in at https://evil.example",
                "http://evil.example/plain-http",
                "javascript://evil.example/%0aalert(1)",
                "//evil.example/no-scheme",
                "https://evil.example/" + "a".repeat(480),
                "https://evil.example/\\u202egnp.exe",
                "https://evil.example/\\u200bzero-width",
                "https://evil.example/\\u001b[31mred",
                "https://evil.example/two words",
                " https://evil.example/space-before",
                "https://github.com@evil.example/credentials",
                "not a url at all: evil.example");
        for (String badUrl : badUrls) {
            String email = Api.uniqueEmail("badurl");
            api.signUp(email);
            Api.Session session = api.logIn(email);
            Reply created = api.createKey(session, "{\"name\":\"reported with a bad url\"}");
            String leaked = created.json().getString("key");
            String leakedId = created.json().getString("id");

            Reply reply = report("[{\"token\":\"" + leaked + "\",\"type\":\"genx3d_api_key\",\"url\":\"" + badUrl
                    + "\",\"source\":\"content\"}]");
            assertEquals(200, reply.status(), badUrl + ": " + reply.body());
            assertEquals(
                    "true_positive",
                    ((JsonArray) Reply.parse(reply.body())).getJsonObject(0).getString("label"),
                    badUrl);
            assertEquals(401, api.get("/api/v1/models", bearer(leaked)).status(), badUrl + ": the key is revoked");

            JsonObject listed = api.get("/api/v1/keys/" + leakedId, "Cookie", session.cookie())
                    .json();
            assertEquals("leaked", listed.getString("revoked_reason"), badUrl);
            assertTrue(!listed.containsKey("leak_url") || listed.isNull("leak_url"), badUrl + ": " + listed);
            JsonObject details = api.get("/api/v1/audit-events?type=key.revoked", "Cookie", session.cookie())
                    .json()
                    .getJsonArray("data")
                    .getJsonObject(0)
                    .getJsonObject("details");
            assertEquals("leaked", details.getString("reason"), badUrl);
            assertFalse(details.containsKey("url"), badUrl + ": " + details);
            String text = MailOutbox.text(MailOutbox.shared().latestTo(email, NOTICE));
            assertTrue(text.contains(leakedId), text);
            assertFalse(text.contains("evil.example"), badUrl + " reached the mail: " + text);
        }
        String prefix = "https://github.com/someone/app/blob/main/";
        String longest = prefix + "b".repeat(500 - prefix.length());
        String email = Api.uniqueEmail("goodurl");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        Reply created = api.createKey(session, "{\"name\":\"reported with the longest url\"}");
        report("[{\"token\":\"" + created.json().getString("key") + "\",\"url\":\"" + longest + "\"}]");
        assertEquals(
                longest,
                api.get("/api/v1/keys/" + created.json().getString("id"), "Cookie", session.cookie())
                        .json()
                        .getString("leak_url"),
                "an https url of 500 characters is kept");
        assertTrue(MailOutbox.text(MailOutbox.shared().latestTo(email, NOTICE)).contains(longest));
    }

    /**
     * Finding 13: leak reports were read by a lenient parser of their own: 500 for JSON nested deeper than 1,000 or a
     * 1,200-digit number, and trailing brackets accepted. They are now read as strictly as every other body.
     */
    @Test
    void finding13_aLeakReportIsReadAsStrictlyAsEveryOtherBody() {
        String key = api.newStandardKey();
        String item = "{\"token\":\"" + key + "\",\"type\":\"genx3d_api_key\"}";
        List<String> bodies = List.of(
                "[".repeat(1_100) + "]".repeat(1_100),
                "[" + "{\"a\":".repeat(1_100) + "1" + "}".repeat(1_100) + "]",
                "[{\"token\":\"x\",\"type\":" + "7".repeat(1_200) + "}]",
                "[" + item + ",{\"token\":\"y\",\"source\":" + "9".repeat(1_200) + "e9}]",
                "[]]]]",
                "[" + item + "]]",
                "[" + item + "] []",
                "[" + item + "] x",
                "",
                "   ");
        for (String body : bodies) {
            Reply reply = report(body);
            String shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            assertEquals(400, reply.status(), shown + ": " + reply.body());
            assertEquals("BAD_REQUEST", reply.error().getString("code"), shown);
            assertTrue(reply.error().getString("message").startsWith("Request body"), reply.body());
        }
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status(), "a refused report revokes nothing");
    }

    private Reply report(String body) {
        return api.post(
                "/api/v1/leaked-keys",
                body,
                "Github-Public-Key-Identifier",
                ScannerKeys.KEY_ID,
                "Github-Public-Key-Signature",
                SharedServer.scannerKeys().sign(body));
    }

    private static String item(String token) {
        return "{\"token\":\"" + token + "\",\"type\":\"genx3d_api_key\",\"url\":\"" + URL
                + "\",\"source\":\"content\"}";
    }
}
