package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Organizations, projects and project keys through the API: an owner invites a member by mail, the member joins and
 * makes a project key, the key works in the project's space only, survives its maker's removal, names them, and the
 * project's limit is one quota for all its keys.
 */
@Tag("postgresql")
class OrganizationsIT extends DeployedApiTest {

    private final MailOutbox outbox = MailOutbox.shared();

    /** A verified person with a session. */
    private Person person(String who) {
        String email = Api.uniqueEmail(who);
        api.signUp(email);
        api.verifyEmail(outbox, email);
        return new Person(email, api.logIn(email));
    }

    private record Person(String email, Api.Session session) {}

    private Reply as(Person person, String method, String path, String json) {
        return api.send(method, path, json, person.session().headers());
    }

    private String organization(Person owner, String name) {
        Reply created = as(owner, "POST", "/api/v1/organizations", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("owner", created.json().getString("role"));
        return created.json().getString("id");
    }

    private String project(Person owner, String organizationId, String json) {
        Reply created = as(owner, "POST", "/api/v1/organizations/" + organizationId + "/projects", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /** Invites {@code invitee} with the role and has them accept through the mailed link's token. */
    private void join(Person owner, String organizationId, Person invitee, String role) {
        Reply invited = as(
                owner,
                "POST",
                "/api/v1/organizations/" + organizationId + "/invitations",
                "{\"email\":\"" + invitee.email() + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, invited.status(), invited.body());
        assertEquals("pending", invited.json().getString("status"));
        String token = outbox.tokenFor(invitee.email(), "accept");
        Reply accepted = as(invitee, "POST", "/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(role, accepted.json().getString("role"));
        assertEquals(organizationId, accepted.json().getString("organization_id"));
    }

    @Test
    void aMembersProjectKeyWorksInTheProjectSurvivesTheirRemovalAndNamesThem() {
        Person owner = person("owner");
        Person member = person("member");
        Person stranger = person("stranger");
        String org = organization(owner, "Acme");
        String project = project(owner, org, "{\"name\":\"Production\"}");
        join(owner, org, member, "member");

        Reply listed = as(member, "GET", "/api/v1/organizations", null);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(
                "member", listed.json().getJsonArray("data").getJsonObject(0).getString("role"));

        Reply created = as(member, "POST", "/api/v1/projects/" + project + "/keys", "{\"name\":\"ci\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject key = created.json();
        assertTrue(key.getString("key").startsWith("sk-"));
        assertEquals(project, key.getString("project_id"));
        assertEquals(member.email(), key.getJsonObject("created_by").getString("email"));
        String projectKey = key.getString("key");

        Reply model = api.post("/api/v1/models", "{\"name\":\"Shared cube\"}", bearer(projectKey));
        assertEquals(201, model.status(), model.body());
        String modelId = model.json().getString("id");
        assertEquals(List.of(modelId), ids(api.get("/api/v1/models", bearer(projectKey))));
        assertEquals(List.of(modelId), ids(as(owner, "GET", "/api/v1/models?project_id=" + project, null)));
        assertFalse(ids(as(owner, "GET", "/api/v1/models", null)).contains(modelId), "not in the owner's own models");
        assertEquals(
                404, as(owner, "GET", "/api/v1/models/" + modelId, null).status(), "a project model needs its project");
        assertEquals(
                200,
                as(owner, "GET", "/api/v1/models/" + modelId + "?project_id=" + project, null)
                        .status());

        assertEquals(
                404, as(stranger, "GET", "/api/v1/organizations/" + org, null).status());
        assertEquals(
                404,
                as(stranger, "GET", "/api/v1/models?project_id=" + project, null)
                        .status());
        assertEquals(
                404,
                as(stranger, "GET", "/api/v1/projects/" + project + "/keys", null)
                        .status());

        Reply removed = as(owner, "DELETE", "/api/v1/organizations/" + org + "/members/" + accountId(member), null);
        assertEquals(204, removed.status(), removed.body());
        assertEquals(
                404,
                as(member, "GET", "/api/v1/models?project_id=" + project, null).status());
        assertEquals(
                404, as(member, "GET", "/api/v1/organizations/" + org, null).status());
        assertEquals(
                List.of(modelId), ids(api.get("/api/v1/models", bearer(projectKey))), "the key outlives its maker");

        Reply keys = as(owner, "GET", "/api/v1/projects/" + project + "/keys", null);
        assertEquals(200, keys.status(), keys.body());
        JsonObject listedKey = keys.json().getJsonArray("data").getJsonObject(0);
        assertEquals(key.getString("id"), listedKey.getString("id"));
        assertEquals(member.email(), listedKey.getJsonObject("created_by").getString("email"));
        assertFalse(keys.body().contains(projectKey), "never the key again");
    }

    @Test
    void aProjectKeyReachesOnlyItsProjectsDataWhileAPersonsOwnKeyManagesTheirOrganizations() {
        Person owner = person("owner");
        String org = organization(owner, "Keys only");
        String project = project(owner, org, "{\"name\":\"P\"}");
        String projectKey = projectKey(owner, project, "{\"name\":\"svc\"}");

        Reply keys = api.get("/api/v1/keys", bearer(projectKey));
        assertEquals(403, keys.status(), keys.body());
        assertEquals("project_key", keys.error().getJsonObject("details").getString("reason"));
        Reply other = api.get("/api/v1/models?project_id=proj_someoneelse", bearer(projectKey));
        assertEquals(404, other.status(), other.body());

        Reply projectKeyManages = api.get("/api/v1/organizations", bearer(projectKey));
        assertEquals(403, projectKeyManages.status(), projectKeyManages.body());
        assertEquals(
                "project_key",
                projectKeyManages.error().getJsonObject("details").getString("reason"));

        JsonObject personal =
                api.createKey(owner.session(), "{\"name\":\"mine\"}").json();
        String personalKey = personal.getString("key");
        Reply viaKey = api.get("/api/v1/organizations", bearer(personalKey));
        assertEquals(200, viaKey.status(), "a person's own key manages their organizations: " + viaKey.body());
        assertEquals(org, viaKey.json().getJsonArray("data").getJsonObject(0).getString("id"));
        Reply keyMadeByKey =
                api.post("/api/v1/projects/" + project + "/keys", "{\"name\":\"ci\"}", bearer(personalKey));
        assertEquals(201, keyMadeByKey.status(), keyMadeByKey.body());
        Reply personalModels = api.get("/api/v1/models?project_id=" + project, bearer(personalKey));
        assertEquals(200, personalModels.status(), "a member's personal key reaches the project's models");
        assertEquals(
                204,
                api.delete(
                                "/api/v1/keys/" + personal.getString("id"),
                                owner.session().headers())
                        .status());
        assertEquals(
                200,
                api.get("/api/v1/models", bearer(keyMadeByKey.json().getString("key")))
                        .status(),
                "a project key is the project's: revoking the personal key that made it does not take it along");

        Reply admin = api.post(
                "/api/v1/projects/" + project + "/keys",
                "{\"name\":\"too strong\",\"level\":\"admin\"}",
                owner.session().headers());
        assertEquals(403, admin.status(), "a project key is at most standard: " + admin.body());
    }

    @Test
    void aProjectsLimitIsOneQuotaForAllItsKeys() {
        Person owner = person("owner");
        String org = organization(owner, "Limited");
        String project = project(owner, org, "{\"name\":\"Small\",\"rate_limit\":5}");
        String first = projectKey(owner, project, "{\"name\":\"a\"}");
        String second = projectKey(owner, project, "{\"name\":\"b\"}");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(api.get("/api/v1/models", bearer(first)).status());
            statuses.add(api.get("/api/v1/models", bearer(second)).status());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 429), statuses);
        Reply refused = api.get("/api/v1/models", bearer(first));
        assertEquals("5", refused.header("X-RateLimit-Limit"));
        assertEquals("0", refused.header("X-RateLimit-Remaining"));

        Reply tooHigh = as(owner, "PATCH", "/api/v1/projects/" + project, "{\"rate_limit\":100000000}");
        assertEquals(400, tooHigh.status(), tooHigh.body());
        assertEquals("rate_limit", tooHigh.error().getJsonObject("details").getString("field"));
    }

    @Test
    void rolesDecideWhoMayDoWhatAndAnOrganizationKeepsAnOwner() {
        Person owner = person("owner");
        Person admin = person("admin");
        Person viewer = person("viewer");
        String org = organization(owner, "Roles");
        String project = project(owner, org, "{\"name\":\"P\"}");
        join(owner, org, admin, "admin");
        join(owner, org, viewer, "viewer");

        Reply viewerWrites = as(viewer, "POST", "/api/v1/models?project_id=" + project, "{\"name\":\"x\"}");
        assertEquals(403, viewerWrites.status(), viewerWrites.body());
        assertEquals(
                "organization_role",
                viewerWrites.error().getJsonObject("details").getString("reason"));
        assertEquals(
                200,
                as(viewer, "GET", "/api/v1/models?project_id=" + project, null).status());
        assertEquals(
                403,
                as(viewer, "POST", "/api/v1/projects/" + project + "/keys", "{\"name\":\"k\"}")
                        .status());
        assertEquals(
                403,
                as(viewer, "GET", "/api/v1/organizations/" + org + "/invitations", null)
                        .status());

        Reply adminMakesOwner = as(
                admin,
                "PATCH",
                "/api/v1/organizations/" + org + "/members/" + accountId(viewer),
                "{\"role\":\"owner\"}");
        assertEquals(403, adminMakesOwner.status(), adminMakesOwner.body());
        assertEquals(
                403, as(admin, "DELETE", "/api/v1/organizations/" + org, null).status());

        Reply ownerLeaves = as(owner, "DELETE", "/api/v1/organizations/" + org + "/members/" + accountId(owner), null);
        assertEquals(409, ownerLeaves.status(), ownerLeaves.body());
        assertEquals("last_owner", ownerLeaves.error().getJsonObject("details").getString("reason"));
        Reply badRole = as(
                owner, "PATCH", "/api/v1/organizations/" + org + "/members/" + accountId(admin), "{\"role\":\"boss\"}");
        assertEquals(400, badRole.status(), badRole.body());
        assertEquals("role", badRole.error().getJsonObject("details").getString("field"));

        assertEquals(
                204,
                as(viewer, "DELETE", "/api/v1/organizations/" + org + "/members/" + accountId(viewer), null)
                        .status(),
                "anyone may leave");
        assertEquals(
                404, as(viewer, "GET", "/api/v1/organizations/" + org, null).status());
    }

    @Test
    void anInvitationIsAcceptedOnceAndOnlyByItsAddress() {
        Person owner = person("owner");
        Person invitee = person("invitee");
        Person other = person("other");
        String org = organization(owner, "Invites");
        Reply invited = as(
                owner,
                "POST",
                "/api/v1/organizations/" + org + "/invitations",
                "{\"email\":\"" + invitee.email() + "\",\"role\":\"member\"}");
        assertEquals(201, invited.status(), invited.body());
        assertFalse(invited.body().contains("token"), "the token is only in the mail");
        String token = outbox.tokenFor(invitee.email(), "accept");

        Reply wrongPerson = as(other, "POST", "/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertEquals(403, wrongPerson.status(), wrongPerson.body());
        assertEquals(
                "invitation_email", wrongPerson.error().getJsonObject("details").getString("reason"));
        assertEquals(
                200,
                as(invitee, "POST", "/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}")
                        .status());
        Reply again = as(invitee, "POST", "/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertEquals(400, again.status(), again.body());
        Reply forged = as(invitee, "POST", "/api/v1/invitations/accept", "{\"token\":\"nope\"}");
        assertEquals(400, forged.status(), forged.body());
        assertEquals("token", forged.error().getJsonObject("details").getString("field"));
        assertEquals(
                409,
                as(
                                owner,
                                "POST",
                                "/api/v1/organizations/" + org + "/invitations",
                                "{\"email\":\"" + invitee.email() + "\",\"role\":\"viewer\"}")
                        .status(),
                "already a member");
    }

    @Test
    void deletingAProjectRevokesItsKeysAtOnce() {
        Person owner = person("owner");
        String org = organization(owner, "Short-lived");
        String project = project(owner, org, "{\"name\":\"P\"}");
        String projectKey = projectKey(owner, project, "{\"name\":\"svc\"}");
        assertEquals(200, api.get("/api/v1/models", bearer(projectKey)).status());
        assertEquals(
                204, as(owner, "DELETE", "/api/v1/projects/" + project, null).status());
        Reply refused = api.get("/api/v1/models", bearer(projectKey));
        assertEquals(401, refused.status(), refused.body());
        assertEquals(404, as(owner, "GET", "/api/v1/projects/" + project, null).status());
    }

    private String projectKey(Person person, String project, String json) {
        Reply created = as(person, "POST", "/api/v1/projects/" + project + "/keys", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getString("key");
    }

    private String accountId(Person person) {
        Reply account = as(person, "GET", "/api/v1/account", null);
        assertEquals(200, account.status(), account.body());
        return account.json().getString("id");
    }

    private static List<String> ids(Reply page) {
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(model -> model.getString("id"))
                .toList();
    }
}
