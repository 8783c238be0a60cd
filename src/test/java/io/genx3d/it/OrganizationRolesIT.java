package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.ResourceMethods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every organization operation × every role (owner, admin, member, viewer) and a platform user who is not a member, all
 * signed in with a CSRF token, with the expected status in one table; every answer is also checked against the
 * contract. Cells that would destroy what the next cell needs build their own target (a fresh project, invitation,
 * member or key); deleting the organization comes last, the owner last of all.
 */
class OrganizationRolesIT extends DeployedApiTest {

    enum Role {
        STRANGER,
        VIEWER,
        MEMBER,
        ADMIN,
        OWNER
    }

    /** Rows: operation, the request as a role makes it, expected status per role in {@link Role} order. */
    private static final Map<String, Object[]> TABLE = new LinkedHashMap<>();

    private static final String ORG = "/api/v1/organizations/";

    static {
        row("GET /api/v1/organizations/{organizationId}", (f, r) -> f.get(ORG + f.org), 404, 200, 200, 200, 200);
        row(
                "PATCH /api/v1/organizations/{organizationId}",
                (f, r) -> f.call("PATCH", ORG + f.org, "{\"name\":\"Renamed\"}"),
                404,
                403,
                403,
                200,
                200);
        row(
                "GET /api/v1/organizations/{organizationId}/members",
                (f, r) -> f.get(ORG + f.org + "/members"),
                404,
                200,
                200,
                200,
                200);
        row(
                "PATCH /api/v1/organizations/{organizationId}/members/{accountId}",
                (f, r) -> f.call("PATCH", ORG + f.org + "/members/" + f.ids.get(Role.VIEWER), "{\"role\":\"viewer\"}"),
                404,
                403,
                403,
                200,
                200);
        row(
                "DELETE /api/v1/organizations/{organizationId}/members/{accountId}",
                (f, r) -> f.call("DELETE", ORG + f.org + "/members/" + f.freshMember(), null),
                404,
                403,
                403,
                204,
                204);
        row(
                "GET /api/v1/organizations/{organizationId}/invitations",
                (f, r) -> f.get(ORG + f.org + "/invitations"),
                404,
                403,
                403,
                200,
                200);
        row(
                "POST /api/v1/organizations/{organizationId}/invitations",
                (f, r) -> f.call(
                        "POST",
                        ORG + f.org + "/invitations",
                        "{\"email\":\"" + Api.uniqueEmail("invited") + "\",\"role\":\"member\"}"),
                404,
                403,
                403,
                201,
                201);
        row(
                "GET /api/v1/organizations/{organizationId}/invitations/{invitationId}",
                (f, r) -> f.get(ORG + f.org + "/invitations/" + f.invitation),
                404,
                403,
                403,
                200,
                200);
        row(
                "DELETE /api/v1/organizations/{organizationId}/invitations/{invitationId}",
                (f, r) -> f.call("DELETE", ORG + f.org + "/invitations/" + f.freshInvitation(), null),
                404,
                403,
                403,
                204,
                204);
        row(
                "GET /api/v1/organizations/{organizationId}/projects",
                (f, r) -> f.get(ORG + f.org + "/projects"),
                404,
                200,
                200,
                200,
                200);
        row(
                "POST /api/v1/organizations/{organizationId}/projects",
                (f, r) -> f.call("POST", ORG + f.org + "/projects", "{\"name\":\"New\"}"),
                404,
                403,
                403,
                201,
                201);
        row(
                "GET /api/v1/organizations/{organizationId}/audit-events",
                (f, r) -> f.get(ORG + f.org + "/audit-events"),
                404,
                403,
                403,
                200,
                200);
        row(
                "GET /api/v1/projects/{projectId}",
                (f, r) -> f.get("/api/v1/projects/" + f.project),
                404,
                200,
                200,
                200,
                200);
        row(
                "PATCH /api/v1/projects/{projectId}",
                (f, r) -> f.call("PATCH", "/api/v1/projects/" + f.project, "{\"name\":\"Renamed\"}"),
                404,
                403,
                403,
                200,
                200);
        row(
                "DELETE /api/v1/projects/{projectId}",
                (f, r) -> f.call("DELETE", "/api/v1/projects/" + f.freshProject(), null),
                404,
                403,
                403,
                204,
                204);
        row(
                "GET /api/v1/projects/{projectId}/keys",
                (f, r) -> f.get("/api/v1/projects/" + f.project + "/keys"),
                404,
                200,
                200,
                200,
                200);
        row(
                "POST /api/v1/projects/{projectId}/keys",
                (f, r) -> f.call("POST", "/api/v1/projects/" + f.project + "/keys", "{\"name\":\"k\"}"),
                404,
                403,
                201,
                201,
                201);
        row(
                "DELETE /api/v1/keys/{keyId} (a project key the owner made)",
                (f, r) -> f.call("DELETE", "/api/v1/keys/" + f.freshProjectKeyId(), null),
                404,
                403,
                403,
                204,
                204);
        row(
                "GET /api/v1/models?project_id=",
                (f, r) -> f.get("/api/v1/models?project_id=" + f.project),
                404,
                200,
                200,
                200,
                200);
        row(
                "POST /api/v1/models?project_id=",
                (f, r) -> f.call("POST", "/api/v1/models?project_id=" + f.project, "{\"name\":\"m\"}"),
                404,
                403,
                201,
                201,
                201);
        row(
                "POST /api/v1/chat?project_id=",
                (f, r) -> f.call("POST", "/api/v1/chat?project_id=" + f.project, "{\"message\":\"Create a cube\"}"),
                404,
                403,
                200,
                200,
                200);
        row(
                "GET /api/v1/usage?project_id=",
                (f, r) -> f.get("/api/v1/usage?project_id=" + f.project),
                404,
                200,
                200,
                200,
                200);
        row(
                "GET /api/v1/request-logs?project_id=",
                (f, r) -> f.get("/api/v1/request-logs?project_id=" + f.project),
                404,
                200,
                200,
                200,
                200);
        row(
                "DELETE /api/v1/organizations/{organizationId}",
                (f, r) -> f.call("DELETE", ORG + f.org, null),
                404,
                403,
                403,
                403,
                204);
    }

    private static void row(String operation, BiFunction<Fixture, Role, Call> request, int... expected) {
        TABLE.put(operation, new Object[] {request, expected});
    }

    @Test
    void theTableCoversEveryOrganizationOperation() {
        Set<String> served = ResourceMethods.all().stream()
                .map(ResourceMethods.Operation::key)
                .filter(key -> key.contains("/organizations/{organizationId}") || key.contains("/projects/{projectId}"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = TABLE.keySet().stream()
                .filter(key -> !key.contains("?") && !key.contains("(a project key"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, covered);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRoleGetsExactlyTheExpectedAnswer() {
        Fixture fixture = new Fixture(api);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Object[]> entry : TABLE.entrySet()) {
            BiFunction<Fixture, Role, Call> request = (BiFunction<Fixture, Role, Call>) entry.getValue()[0];
            int[] expected = (int[]) entry.getValue()[1];
            for (Role role : Role.values()) {
                Call call = request.apply(fixture, role);
                Reply reply = api.send(
                        call.method(),
                        call.path(),
                        call.body(),
                        fixture.sessions.get(role).headers());
                String problem = reply.status() == expected[role.ordinal()]
                        ? ContractCheck.problems(call.method(), call.path(), reply)
                        : "expected " + expected[role.ordinal()] + " but got " + reply;
                if (problem != null) {
                    wrong.add(entry.getKey() + " as " + role + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    record Call(String method, String path, String body) {}

    /** An organization with one person per role, a stranger, a project and a pending invitation. */
    static final class Fixture {
        private final Api api;
        private final MailOutbox outbox = MailOutbox.shared();
        final Map<Role, Api.Session> sessions = new LinkedHashMap<>();
        final Map<Role, String> ids = new LinkedHashMap<>();
        final String org;
        final String project;
        final String invitation;

        Fixture(Api api) {
            this.api = api;
            for (Role role : Role.values()) {
                String email = Api.uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
                ids.put(role, api.signUp(email).getString("id"));
                api.verifyEmail(outbox, email);
                sessions.put(role, api.logIn(email));
            }
            org = created(ORG.substring(0, ORG.length() - 1), "{\"name\":\"Roles\"}");
            for (Role role : List.of(Role.ADMIN, Role.MEMBER, Role.VIEWER)) {
                join(sessions.get(role), emailOf(role), role.name().toLowerCase(java.util.Locale.ROOT));
            }
            project = freshProject();
            invitation = freshInvitation();
        }

        private String emailOf(Role role) {
            return api.get("/api/v1/account", sessions.get(role).headers())
                    .json()
                    .getString("email");
        }

        private void join(Api.Session session, String email, String role) {
            Reply invited = api.post(
                    ORG + org + "/invitations",
                    "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}",
                    sessions.get(Role.OWNER).headers());
            assertEquals(201, invited.status(), invited.body());
            String token = outbox.tokenFor(email, "accept");
            Reply accepted = api.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", session.headers());
            assertEquals(200, accepted.status(), accepted.body());
        }

        String freshProject() {
            return created(ORG + org + "/projects", "{\"name\":\"P\"}");
        }

        String freshInvitation() {
            return created(
                    ORG + org + "/invitations",
                    "{\"email\":\"" + Api.uniqueEmail("pending") + "\",\"role\":\"viewer\"}");
        }

        String freshProjectKeyId() {
            return created("/api/v1/projects/" + project + "/keys", "{\"name\":\"target\"}");
        }

        /** A new account that joined as a member, to be removed. */
        String freshMember() {
            String email = Api.uniqueEmail("leaving");
            String id = api.signUp(email).getString("id");
            api.verifyEmail(outbox, email);
            join(api.logIn(email), email, "member");
            return id;
        }

        private String created(String path, String body) {
            Reply reply = api.post(path, body, sessions.get(Role.OWNER).headers());
            assertEquals(201, reply.status(), reply.body());
            return reply.json().getString("id");
        }

        Call get(String path) {
            return new Call("GET", path, null);
        }

        Call call(String method, String path, String body) {
            return new Call(method, path, body);
        }
    }
}
