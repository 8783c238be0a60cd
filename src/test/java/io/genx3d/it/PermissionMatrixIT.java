package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.ResourceMethods;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every kind of caller, with the expected answer in one table. A 403 cell names the scope
 * the seed's body must report as {@code required} ({@code provided} is checked against the caller's scopes);
 * {@code 403 csrf} and {@code 403 session} are the CSRF and session-only refusals. The table must list
 * exactly the operations the server has (found by reflection), so a new endpoint fails this test until its
 * row is written. Every answer is also validated against the contract ({@code openapi/genx3d.yaml}): its status is
 * documented for that operation and its body matches the documented schema.
 */
@Tag("postgresql")
class PermissionMatrixIT extends DeployedApiTest {

    enum Who {
        NONE,
        READ_ONLY,
        STANDARD,
        ADMIN,
        OTHER_ACCOUNT,
        SUSPENDED,
        SESSION_NO_CSRF
    }

    private static final String RO = "keys:read models:read usage:read";
    private static final String STD = "chat:send keys:read keys:write models:read models:write usage:read";
    private static final String ADM =
            "chat:send keys:read keys:write models:read models:write usage:read users:read users:write";

    /** Rows: operation, how to build the request from the fixtures, expected answer per {@link Who}. */
    private static final Map<String, Object[]> TABLE = new LinkedHashMap<>();

    static {
        //  operation                               request                                          NONE   RO
        //        STANDARD           ADMIN          OTHER              SUSPENDED SESSION
        row(
                "POST /api/v1/accounts",
                f -> f.post("/api/v1/accounts", f.newAccountBody()),
                "201",
                "201",
                "201",
                "201",
                "201",
                "201",
                "201");
        row(
                "POST /api/v1/sessions",
                f -> f.post("/api/v1/sessions", f.ownerLogin()),
                "200",
                "200",
                "200",
                "200",
                "200",
                "200",
                "200");
        row(
                "GET /api/v1/sessions",
                f -> f.get("/api/v1/sessions"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "200");
        row(
                "DELETE /api/v1/sessions",
                f -> f.delete("/api/v1/sessions"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "DELETE /api/v1/sessions/all",
                f -> f.delete("/api/v1/sessions/all"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "POST /api/v1/email-verifications/mail",
                f -> f.post("/api/v1/email-verifications/mail", "{}"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "PUT /api/v1/sessions/password",
                f -> f.put(
                        "/api/v1/sessions/password",
                        "{\"current_password\":\"wrong password here\",\"new_password\":\"another long password\"}"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/account",
                f -> f.get("/api/v1/account"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "200");
        row(
                "PATCH /api/v1/account",
                f -> f.patch("/api/v1/account", "{\"name\":\"Renamed\"}"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "POST /api/v1/email-changes",
                f -> f.post(
                        "/api/v1/email-changes",
                        "{\"email\":\"" + Api.uniqueEmail("moved")
                                + "\",\"current_password\":\"wrong password here\"}"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "POST /api/v1/email-changes/confirm",
                f -> f.post("/api/v1/email-changes/confirm", "{\"token\":\"notarealtoken\"}"),
                "400",
                "400",
                "400",
                "400",
                "400",
                "400",
                "400");
        row(
                "POST /api/v1/email-verifications",
                f -> f.post("/api/v1/email-verifications", "{\"token\":\"notarealtoken\"}"),
                "400",
                "400",
                "400",
                "400",
                "400",
                "400",
                "400");
        row(
                "POST /api/v1/password-resets",
                f -> f.post("/api/v1/password-resets", "{\"email\":\"" + Api.uniqueEmail("reset") + "\"}"),
                "202",
                "202",
                "202",
                "202",
                "202",
                "202",
                "202");
        row(
                "POST /api/v1/password-resets/confirm",
                f -> f.post(
                        "/api/v1/password-resets/confirm",
                        "{\"token\":\"notarealtoken\",\"password\":\"another long password\"}"),
                "400",
                "400",
                "400",
                "400",
                "400",
                "400",
                "400");
        row("GET /api/v1/ping", f -> f.get("/api/v1/ping"), "200", "200", "200", "200", "200", "200", "200");
        row("GET /api/v1/usage", f -> f.get("/api/v1/usage"), "401", "200", "200", "200", "200", "401", "200");
        row(
                "GET /api/v1/rate-limits",
                f -> f.get("/api/v1/rate-limits"),
                "401",
                "200",
                "200",
                "200",
                "200",
                "401",
                "200");
        row(
                "GET /api/v1/request-logs",
                f -> f.get("/api/v1/request-logs"),
                "401",
                "200",
                "200",
                "200",
                "200",
                "401",
                "200");
        row(
                "GET /api/v1/request-logs/{requestId}",
                f -> f.get("/api/v1/request-logs/" + f.ownerRequestId),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row("GET /api/v1/scopes", f -> f.get("/api/v1/scopes"), "200", "200", "200", "200", "200", "401", "200");
        row("GET /api/v1/keys", f -> f.get("/api/v1/keys"), "401", "200", "200", "200", "200", "401", "200");
        row(
                "POST /api/v1/keys",
                f -> f.post("/api/v1/keys", "{\"name\":\"m\",\"permissions\":[\"models:read\"]}"),
                "401",
                "403 keys:write",
                "201",
                "201",
                "201",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/keys/{keyId}",
                f -> f.get("/api/v1/keys/" + f.ownerKeyId),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "DELETE /api/v1/keys/{keyId}",
                f -> f.delete("/api/v1/keys/" + f.freshOwnerKeyId()),
                "401",
                "403 keys:write",
                "204",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "PATCH /api/v1/keys/{keyId}",
                // Every field PATCH changes, so each is refused or allowed exactly as the row says.
                f -> f.patch(
                        "/api/v1/keys/" + f.freshOwnerKeyId(),
                        "{\"name\":\"renamed\",\"allowed_ips\":null,\"rate_limit\":10,\"expires_at\":\""
                                + java.time.Instant.now()
                                        .plus(java.time.Duration.ofDays(30))
                                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                + "\"}"),
                "401",
                "403 keys:write",
                "200",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "POST /api/v1/keys/{keyId}/roll",
                f -> f.post("/api/v1/keys/" + f.freshOwnerKeyId() + "/roll", "{\"grace_period\":\"PT1H\"}"),
                "401",
                "403 keys:write",
                "201",
                "404",
                "404",
                "401",
                "403 csrf");
        // Open to scanners, signed by the shared server's scanner key: credentials sent along are not looked at.
        row(
                "POST /api/v1/leaked-keys",
                f -> f.signedPost("/api/v1/leaked-keys", "[]"),
                "200",
                "200",
                "200",
                "200",
                "200",
                "200",
                "200");
        row(
                "GET /api/v1/audit-events",
                f -> f.get("/api/v1/audit-events"),
                "401",
                "200",
                "200",
                "200",
                "200",
                "401",
                "200");
        row(
                "GET /api/v1/audit-events/verification",
                f -> f.get("/api/v1/audit-events/verification"),
                "401",
                "403 users:read",
                "403 users:read",
                "200",
                "403 users:read",
                "401",
                "403 users:read");
        row("GET /api/v1/models", f -> f.get("/api/v1/models"), "401", "200", "200", "200", "200", "401", "200");
        row(
                "POST /api/v1/models",
                f -> f.post("/api/v1/models", "{\"name\":\"m\"}"),
                "401",
                "403 models:write",
                "201",
                "201",
                "201",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/models/{modelId}",
                f -> f.get("/api/v1/models/" + f.ownerModelId),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "GET /api/v1/models/{modelId}/export",
                f -> f.get("/api/v1/models/" + f.ownerModelId + "/export?format=glb"),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "PATCH /api/v1/models/{modelId}",
                f -> f.patch("/api/v1/models/" + f.ownerModelId, "{\"name\":\"renamed\"}"),
                "401",
                "403 models:write",
                "200",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "PUT /api/v1/models/{modelId}",
                f -> f.put("/api/v1/models/" + f.ownerModelId, "{\"name\":\"replaced\"}"),
                "401",
                "403 models:write",
                "200",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "DELETE /api/v1/models/{modelId}",
                f -> f.delete("/api/v1/models/" + f.freshOwnerModelId()),
                "401",
                "403 models:write",
                "204",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "POST /api/v1/chat",
                f -> f.post("/api/v1/chat", "{\"message\":\"Create a cube\"}"),
                "401",
                "403 chat:send",
                "200",
                "200",
                "200",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/users",
                f -> f.get("/api/v1/users"),
                "401",
                "403 users:read",
                "403 users:read",
                "200",
                "403 users:read",
                "401",
                "403 users:read");
        row(
                "GET /api/v1/users/{userId}",
                f -> f.get("/api/v1/users/" + f.ownerId),
                "401",
                "403 users:read",
                "403 users:read",
                "200",
                "403 users:read",
                "401",
                "403 users:read");
        row(
                "PATCH /api/v1/users/{userId}",
                f -> f.patch("/api/v1/users/" + f.bystanderId, "{\"max_rate_limit\":2000}"),
                "401",
                "403 users:write",
                "403 users:write",
                "200",
                "403 users:write",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/users/{userId}/audit-events",
                f -> f.get("/api/v1/users/" + f.ownerId + "/audit-events"),
                "401",
                "403 users:read",
                "403 users:read",
                "200",
                "403 users:read",
                "401",
                "403 users:read");
        row(
                "GET /api/v1/users/{userId}/keys",
                f -> f.get("/api/v1/users/" + f.ownerId + "/keys"),
                "401",
                "403 users:write",
                "403 users:write",
                "200",
                "403 users:write",
                "401",
                "403 users:write");
        row(
                "DELETE /api/v1/users/{userId}/keys/{keyId}",
                f -> f.delete("/api/v1/users/" + f.bystanderId + "/keys/" + f.freshBystanderKeyId()),
                "401",
                "403 users:write",
                "403 users:write",
                "204",
                "403 users:write",
                "401",
                "403 csrf");
        // Organizations (issue 31): a person's session or personal key, keys:read to read and keys:write to change; the
        // owner's keys are the owner's, ADMIN's and OTHER's keys belong to no member (404); accepting needs a session.
        row(
                "GET /api/v1/organizations",
                f -> f.get("/api/v1/organizations"),
                "401",
                "200",
                "200",
                "200",
                "200",
                "401",
                "200");
        row(
                "POST /api/v1/organizations",
                f -> f.post("/api/v1/organizations", "{\"name\":\"Matrix\"}"),
                "401",
                "403 keys:write",
                "201",
                "201",
                "201",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/organizations/{organizationId}",
                f -> f.get("/api/v1/organizations/" + f.organizationId),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "PATCH /api/v1/organizations/{organizationId}",
                f -> f.patch("/api/v1/organizations/" + f.organizationId, "{\"name\":\"New\"}"),
                "401",
                "403 keys:write",
                "200",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "DELETE /api/v1/organizations/{organizationId}",
                f -> f.delete("/api/v1/organizations/" + f.freshOrganizationId()),
                "401",
                "403 keys:write",
                "204",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/organizations/{organizationId}/members",
                f -> f.get("/api/v1/organizations/" + f.organizationId + "/members"),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "PATCH /api/v1/organizations/{organizationId}/members/{accountId}",
                f -> f.patch(
                        "/api/v1/organizations/" + f.organizationId + "/members/" + f.ownerId, "{\"role\":\"owner\"}"),
                "401",
                "403 keys:write",
                "200",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "DELETE /api/v1/organizations/{organizationId}/members/{accountId}",
                f -> f.delete("/api/v1/organizations/" + f.organizationId + "/members/" + f.freshMemberId()),
                "401",
                "403 keys:write",
                "204",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/organizations/{organizationId}/invitations",
                f -> f.get("/api/v1/organizations/" + f.organizationId + "/invitations"),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "POST /api/v1/organizations/{organizationId}/invitations",
                f -> f.post(
                        "/api/v1/organizations/" + f.organizationId + "/invitations",
                        "{\"email\":\"" + Api.uniqueEmail("x") + "\",\"role\":\"member\"}"),
                "401",
                "403 keys:write",
                "201",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/organizations/{organizationId}/invitations/{invitationId}",
                f -> f.get("/api/v1/organizations/" + f.organizationId + "/invitations/" + f.invitationId),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "DELETE /api/v1/organizations/{organizationId}/invitations/{invitationId}",
                f -> f.delete("/api/v1/organizations/" + f.organizationId + "/invitations/" + f.freshInvitationId()),
                "401",
                "403 keys:write",
                "204",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "POST /api/v1/invitations/accept",
                f -> f.post("/api/v1/invitations/accept", "{\"token\":\"abc\"}"),
                "401",
                "403 session",
                "403 session",
                "403 session",
                "403 session",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/organizations/{organizationId}/projects",
                f -> f.get("/api/v1/organizations/" + f.organizationId + "/projects"),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "POST /api/v1/organizations/{organizationId}/projects",
                f -> f.post("/api/v1/organizations/" + f.organizationId + "/projects", "{\"name\":\"P\"}"),
                "401",
                "403 keys:write",
                "201",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/organizations/{organizationId}/audit-events",
                f -> f.get("/api/v1/organizations/" + f.organizationId + "/audit-events"),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "GET /api/v1/projects/{projectId}",
                f -> f.get("/api/v1/projects/" + f.projectId),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "PATCH /api/v1/projects/{projectId}",
                f -> f.patch("/api/v1/projects/" + f.projectId, "{\"name\":\"Q\"}"),
                "401",
                "403 keys:write",
                "200",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "DELETE /api/v1/projects/{projectId}",
                f -> f.delete("/api/v1/projects/" + f.freshProjectId()),
                "401",
                "403 keys:write",
                "204",
                "404",
                "404",
                "401",
                "403 csrf");
        row(
                "GET /api/v1/projects/{projectId}/keys",
                f -> f.get("/api/v1/projects/" + f.projectId + "/keys"),
                "401",
                "200",
                "200",
                "404",
                "404",
                "401",
                "200");
        row(
                "POST /api/v1/projects/{projectId}/keys",
                f -> f.post("/api/v1/projects/" + f.projectId + "/keys", "{\"name\":\"k\"}"),
                "401",
                "403 keys:write",
                "201",
                "404",
                "404",
                "401",
                "403 csrf");
    }

    private static void row(String operation, Function<Fixtures, Call> request, String... expected) {
        if (expected.length != Who.values().length) {
            throw new IllegalArgumentException(operation + " needs " + Who.values().length + " cells");
        }
        TABLE.put(operation, new Object[] {request, expected});
    }

    @Test
    void theTableCoversExactlyTheServersOperations() {
        Set<String> served = ResourceMethods.all().stream()
                .map(ResourceMethods.Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, new TreeSet<>(TABLE.keySet()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCallerGetsExactlyTheExpectedAnswerFromEveryEndpoint() {
        Fixtures fixtures = new Fixtures(api);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Object[]> entry : TABLE.entrySet()) {
            Function<Fixtures, Call> request = (Function<Fixtures, Call>) entry.getValue()[0];
            String[] expected = (String[]) entry.getValue()[1];
            for (Who who : Who.values()) {
                Call call = request.apply(fixtures);
                Reply reply = call.send(api, fixtures.headersOf(who));
                String problem = check(who, expected[who.ordinal()], reply);
                if (problem == null) {
                    problem = ContractCheck.problems(call.method(), call.path(), reply);
                }
                cells++;
                if (problem != null) {
                    wrong.add(entry.getKey() + " as " + who + ": " + problem);
                }
            }
        }
        assertEquals(TABLE.size() * Who.values().length, cells);
        assertEquals(List.of(), wrong);
    }

    private static String check(Who who, String expected, Reply reply) {
        String[] parts = expected.split(" ");
        int status = Integer.parseInt(parts[0]);
        if (reply.status() != status) {
            return "expected " + expected + " but got " + reply;
        }
        if (status == 401) {
            String reason = reply.error().getJsonObject("details").getString("reason");
            String wanted = who == Who.SUSPENDED ? "account_suspended" : "missing_key";
            return reason.equals(wanted) ? null : "expected reason " + wanted + " but got " + reply;
        }
        if (status != 403) {
            return null;
        }
        JsonObject details = reply.error().getJsonObject("details");
        return switch (parts[1]) {
            case "csrf" ->
                "csrf_token_invalid".equals(details.getString("reason", null)) ? null : "not a CSRF refusal: " + reply;
            case "session" ->
                "session_required".equals(details.getString("reason", null)) ? null : "not session_required: " + reply;
            default -> {
                String seedBody =
                        "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"Insufficient permissions\",\"details\":"
                                + "{\"required\":\"" + parts[1] + "\",\"provided\":\"" + scopesOf(who) + "\"}}}";
                yield seedBody.equals(reply.body()) ? null : "expected " + seedBody + " but got " + reply.body();
            }
        };
    }

    private static String scopesOf(Who who) {
        return switch (who) {
            case READ_ONLY -> RO;
            case ADMIN -> ADM;
            default -> STD;
        };
    }

    /** One HTTP request of a cell, with headers of its own besides the caller's. */
    record Call(String method, String path, String body, String... own) {
        Reply send(Api api, String[] headers) {
            String[] all = java.util.Arrays.copyOf(own, own.length + headers.length);
            System.arraycopy(headers, 0, all, own.length, headers.length);
            return api.send(method, path, body, all);
        }
    }

    /**
     * The accounts and resources the table refers to: an owner (user role) with a read-only key, a standard key,
     * a session, a key and a model; an admin with an admin-level key; another account; a suspended account;
     * and a bystander account that admin operations act on.
     */
    static final class Fixtures {
        private final Api api;
        final String ownerEmail = Api.uniqueEmail("owner");
        final String ownerId;
        final Api.Session ownerSession;
        final String readOnlyKey;
        final String standardKey;
        final String ownerKeyId;
        final String ownerModelId;
        /** The X-Request-Id of a request the owner's standard key made: an entry of the owner's request logs. */
        final String ownerRequestId;

        final String adminKey;
        final String otherKey;
        final String suspendedKey;
        final String bystanderId;
        final Api.Session bystanderSession;
        /** The owner's organization, a project of it and a pending invitation to it. */
        final String organizationId;

        final String projectId;
        final String invitationId;

        Fixtures(Api api) {
            this.api = api;
            ownerId = api.signUp(ownerEmail).getString("id");
            ownerSession = api.logIn(ownerEmail);
            readOnlyKey = api.createKeyValue(ownerSession, "{\"name\":\"ro\",\"level\":\"read_only\"}");
            standardKey = api.createKeyValue(ownerSession, "{\"name\":\"std\"}");
            ownerKeyId = freshOwnerKeyId();
            ownerModelId = freshOwnerModelId();
            ownerRequestId = api.get("/api/v1/models/" + ownerModelId, bearer(standardKey))
                    .header("X-Request-Id");
            String adminEmail = "matrix-admin@genx3d.test";
            api.signUp(adminEmail);
            api.verifyEmail(MailOutbox.shared(), adminEmail);
            adminKey = api.createKeyValue(api.logIn(adminEmail), "{\"name\":\"admin\",\"level\":\"admin\"}");
            otherKey = api.newStandardKey();
            String suspendedEmail = Api.uniqueEmail("suspended");
            String suspendedId = api.signUp(suspendedEmail).getString("id");
            suspendedKey = api.createKeyValue(api.logIn(suspendedEmail), "{\"name\":\"soon suspended\"}");
            assertEquals(
                    200,
                    api.send("PATCH", "/api/v1/users/" + suspendedId, "{\"status\":\"suspended\"}", bearer(adminKey))
                            .status());
            String bystanderEmail = Api.uniqueEmail("bystander");
            bystanderId = api.signUp(bystanderEmail).getString("id");
            bystanderSession = api.logIn(bystanderEmail);
            organizationId = created("/api/v1/organizations", "{\"name\":\"Matrix org\"}");
            projectId =
                    created("/api/v1/organizations/" + organizationId + "/projects", "{\"name\":\"Matrix project\"}");
            invitationId = created(
                    "/api/v1/organizations/" + organizationId + "/invitations",
                    "{\"email\":\"" + Api.uniqueEmail("invited") + "\",\"role\":\"viewer\"}");
        }

        String freshOrganizationId() {
            return created("/api/v1/organizations", "{\"name\":\"Doomed\"}");
        }

        String freshProjectId() {
            return created("/api/v1/organizations/" + organizationId + "/projects", "{\"name\":\"Doomed\"}");
        }

        String freshInvitationId() {
            return created(
                    "/api/v1/organizations/" + organizationId + "/invitations",
                    "{\"email\":\"" + Api.uniqueEmail("withdrawn") + "\",\"role\":\"viewer\"}");
        }

        /** A new verified account that accepted an invitation as a member: someone to remove. */
        String freshMemberId() {
            String email = Api.uniqueEmail("member");
            String id = api.signUp(email).getString("id");
            api.verifyEmail(MailOutbox.shared(), email);
            created(
                    "/api/v1/organizations/" + organizationId + "/invitations",
                    "{\"email\":\"" + email + "\",\"role\":\"member\"}");
            String token = MailOutbox.shared().tokenFor(email, "accept");
            Reply accepted = api.post(
                    "/api/v1/invitations/accept",
                    "{\"token\":\"" + token + "\"}",
                    api.logIn(email).headers());
            assertEquals(200, accepted.status(), accepted.body());
            return id;
        }

        /** The id of what the owner's session creates at {@code path}. */
        private String created(String path, String body) {
            Reply reply = api.post(path, body, ownerSession.headers());
            assertEquals(201, reply.status(), reply.body());
            return reply.json().getString("id");
        }

        String[] headersOf(Who who) {
            return switch (who) {
                case NONE -> new String[0];
                case READ_ONLY -> bearer(readOnlyKey);
                case STANDARD -> bearer(standardKey);
                case ADMIN -> bearer(adminKey);
                case OTHER_ACCOUNT -> bearer(otherKey);
                case SUSPENDED -> bearer(suspendedKey);
                case SESSION_NO_CSRF -> new String[] {"Cookie", ownerSession.cookie()};
            };
        }

        String freshOwnerKeyId() {
            return api.createKey(ownerSession, "{\"name\":\"target\"}").json().getString("id");
        }

        String freshOwnerModelId() {
            return api.post("/api/v1/models", "{\"name\":\"target\"}", bearer(standardKey))
                    .json()
                    .getString("id");
        }

        String freshBystanderKeyId() {
            return api.createKey(bystanderSession, "{\"name\":\"compromised\"}")
                    .json()
                    .getString("id");
        }

        String newAccountBody() {
            return "{\"email\":\"" + Api.uniqueEmail("new") + "\",\"password\":\"" + Api.PASSWORD
                    + "\",\"name\":\"N\"}";
        }

        String ownerLogin() {
            return "{\"email\":\"" + ownerEmail + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        }

        Call get(String path) {
            return new Call("GET", path, null);
        }

        Call delete(String path) {
            return new Call("DELETE", path, null);
        }

        Call post(String path, String body) {
            return new Call("POST", path, body);
        }

        /** A leak report as the shared server's scanner signs it. */
        Call signedPost(String path, String body) {
            return new Call(
                    "POST",
                    path,
                    body,
                    "Github-Public-Key-Identifier",
                    io.genx3d.support.ScannerKeys.KEY_ID,
                    "Github-Public-Key-Signature",
                    io.genx3d.support.SharedServer.scannerKeys().sign(body));
        }

        Call patch(String path, String body) {
            return new Call("PATCH", path, body);
        }

        Call put(String path, String body) {
            return new Call("PUT", path, body);
        }
    }
}
