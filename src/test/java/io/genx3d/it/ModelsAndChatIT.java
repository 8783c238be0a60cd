package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the keys guard: models owned by accounts, and the chat that builds them. */
class ModelsAndChatIT extends DeployedApiTest {

    @Test
    void aModelCanBeCreatedShownChangedAndDeleted() {
        String key = api.newStandardKey();
        Reply created = api.post(
                "/api/v1/models",
                "{\"name\":\"Table\",\"parts\":[{\"primitive\":\"box\","
                        + "\"size\":[2,0.1,1],\"position\":[0,1,0],\"color\":\"#AA5500\"}]}",
                bearer(key));
        assertEquals(201, created.status(), created.body());
        JsonObject model = created.json();
        String id = model.getString("id");
        assertTrue(id.startsWith("mdl_"));
        assertEquals(api.uri("/api/v1/models/" + id).toString(), created.header("Location"));
        JsonObject top = model.getJsonArray("parts").getJsonObject(0);
        assertEquals("cube", top.getString("primitive"));
        assertEquals("#aa5500", top.getString("color"));
        assertEquals(2.0, top.getJsonArray("size").getJsonNumber(0).doubleValue());
        assertEquals("cube 1", top.getString("name"));

        assertEquals(model, api.get("/api/v1/models/" + id, bearer(key)).json());

        Reply renamed = api.send("PATCH", "/api/v1/models/" + id, "{\"name\":\"Desk\"}", bearer(key));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Desk", renamed.json().getString("name"));
        assertEquals(1, renamed.json().getJsonArray("parts").size(), "PATCH keeps what it does not name");

        Reply replaced = api.send(
                "PUT",
                "/api/v1/models/" + id,
                "{\"name\":\"Stool\",\"parts\":[{\"primitive\":"
                        + "\"cylinder\",\"color\":\"CornflowerBlue\"},{\"primitive\":\"torus\"}]}",
                bearer(key));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("Stool", replaced.json().getString("name"));
        JsonArray newParts = replaced.json().getJsonArray("parts");
        assertEquals(2, newParts.size(), "PUT replaces every part");
        assertEquals("#6495ed", newParts.getJsonObject(0).getString("color"), "CSS colour names are understood");
        assertEquals(
                0.25,
                newParts.getJsonObject(1).getJsonArray("size").getJsonNumber(1).doubleValue(),
                "a torus defaults to a ring, not a ball");
        assertEquals(
                400,
                api.send("PUT", "/api/v1/models/" + id, "{\"parts\":[]}", bearer(key))
                        .status(),
                "PUT needs the whole model, name included");

        assertEquals(204, api.delete("/api/v1/models/" + id, bearer(key)).status());
        assertEquals(404, api.get("/api/v1/models/" + id, bearer(key)).status());
    }

    @Test
    void anotherAccountsModelIsNotFoundForEveryVerb() {
        String owner = api.newStandardKey();
        String id = api.post("/api/v1/models", "{\"name\":\"private\"}", bearer(owner))
                .json()
                .getString("id");
        String stranger = api.newStandardKey();
        String expected = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Model not found\",\"details\":{}}}";
        List<Reply> replies = List.of(
                api.get("/api/v1/models/" + id, bearer(stranger)),
                api.send("PATCH", "/api/v1/models/" + id, "{\"name\":\"mine now\"}", bearer(stranger)),
                api.delete("/api/v1/models/" + id, bearer(stranger)),
                api.post("/api/v1/chat", "{\"message\":\"add a cube\",\"model_id\":\"" + id + "\"}", bearer(stranger)),
                api.get("/api/v1/models/mdl_doesnotexist", bearer(stranger)));
        for (Reply reply : replies) {
            assertEquals(404, reply.status(), reply.body());
            assertEquals(expected, reply.body());
        }
        assertEquals(
                "private", api.get("/api/v1/models/" + id, bearer(owner)).json().getString("name"));
        assertEquals(
                0,
                api.get("/api/v1/models", bearer(stranger))
                        .json()
                        .getJsonArray("data")
                        .size());
    }

    @Test
    void listingPagesThroughEveryModelNewestFirstWithoutRepeats() {
        String key = api.newStandardKey();
        for (int i = 0; i < 7; i++) {
            assertEquals(
                    201,
                    api.post("/api/v1/models", "{\"name\":\"m" + i + "\"}", bearer(key))
                            .status());
        }
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = api.get(
                            "/api/v1/models?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), bearer(key))
                    .json();
            for (JsonObject model : page.getJsonArray("data").getValuesAs(JsonObject.class)) {
                assertTrue(seen.add(model.getString("id")), "repeated " + model);
                order.add(model.getString("created_at"));
            }
            cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
            pages++;
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(3, pages);
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, order);
    }

    @Test
    void invalidPartsAreBadRequestsNamingThePart() {
        String key = api.newStandardKey();
        Object[][] cases = {
            {"{\"name\":\"x\",\"parts\":[{\"primitive\":\"teapot\"}]}", "parts[0].primitive"},
            {
                "{\"name\":\"x\",\"parts\":[{\"primitive\":\"cube\"},{\"primitive\":\"cube\",\"size\":[1,-1,1]}]}",
                "parts[1].size"
            },
            {"{\"name\":\"x\",\"parts\":[{\"primitive\":\"cube\",\"size\":[1,1]}]}", "parts[0].size"},
            {"{\"name\":\"x\",\"parts\":[{\"primitive\":\"cube\",\"position\":[0,\"up\",0]}]}", "parts[0].position"},
            {"{\"name\":\"x\",\"parts\":[{\"primitive\":\"cube\",\"position\":[0,1e300,0]}]}", "parts[0].position"},
            {"{\"name\":\"x\",\"parts\":[{\"primitive\":\"cube\",\"color\":\"red-ish\"}]}", "parts[0].color"},
            {"{\"name\":\"x\",\"parts\":[{\"primitive\":\"cube\",\"colour\":\"#ffffff\"}]}", "parts[0].colour"},
            {"{\"name\":\"x\",\"parts\":[7]}", "parts[0]"},
            {"{\"name\":\"x\",\"parts\":{}}", "parts"},
            {"{\"parts\":[]}", "name"},
        };
        for (Object[] testCase : cases) {
            Reply reply = api.post("/api/v1/models", (String) testCase[0], bearer(key));
            assertEquals(400, reply.status(), testCase[0] + " -> " + reply.body());
            assertEquals(testCase[1], reply.error().getJsonObject("details").getString("field"), reply.body());
        }
    }

    /** "It" is what the conversation was last about, kept with the conversation between requests; "call it" renames. */
    @Test
    void aConversationRemembersWhatItIsAboutAndNamesTheModel() {
        String key = api.newStandardKey();
        String conversation = api.post("/api/v1/chat", "{\"message\": \"I'd like a cube\"}", bearer(key))
                .json()
                .getString("conversation_id");
        for (String message : List.of("add a ball", "make the cube a bit taller", "make it red", "call it Tower")) {
            Reply reply = api.post(
                    "/api/v1/chat",
                    "{\"message\": \"" + message + "\", \"conversation_id\": \"" + conversation + "\"}",
                    bearer(key));
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.json().getBoolean("understood"), message + " -> " + reply.body());
        }
        JsonObject model = api.get("/api/v1/models", bearer(key))
                .json()
                .getJsonArray("data")
                .getJsonObject(0);
        assertEquals("Tower", model.getString("name"));
        JsonArray parts = model.getJsonArray("parts");
        JsonObject cube = parts.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("primitive").equals("cube"))
                .findFirst()
                .orElseThrow();
        JsonObject sphere = parts.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("primitive").equals("sphere"))
                .findFirst()
                .orElseThrow();
        assertEquals("#ff0000", cube.getString("color"), "it is the cube, the part last talked about");
        assertEquals("#cccccc", sphere.getString("color"), "not the newest part");
    }

    @Test
    void createACubeBuildsANewModelHoldingACube() {
        String key = api.newStandardKey();
        Reply reply = api.post("/api/v1/chat", "{\"message\": \"Create a cube\"}", bearer(key));
        assertEquals(200, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertTrue(body.getBoolean("understood"));
        assertTrue(body.getString("reply").contains("cube"), body.getString("reply"));
        JsonArray parts = body.getJsonObject("model").getJsonArray("parts");
        assertEquals(1, parts.size());
        assertEquals("cube", parts.getJsonObject(0).getString("primitive"));
        assertEquals("add_part", body.getJsonArray("actions").getJsonObject(0).getString("type"));
        JsonArray models = api.get("/api/v1/models", bearer(key)).json().getJsonArray("data");
        assertEquals(1, models.size());
        assertEquals(
                body.getJsonObject("model").getString("id"),
                models.getJsonObject(0).getString("id"));
    }

    @Test
    void aMessageWithAModelIdEditsThatModel() {
        String key = api.newStandardKey();
        String id = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(key))
                .json()
                .getJsonObject("model")
                .getString("id");
        Reply reply = api.post(
                "/api/v1/chat", "{\"message\":\"add 2 red spheres\",\"model_id\":\"" + id + "\"}", bearer(key));
        assertEquals(200, reply.status(), reply.body());
        JsonArray parts = reply.json().getJsonObject("model").getJsonArray("parts");
        assertEquals(3, parts.size());
        assertEquals("#ff0000", parts.getJsonObject(2).getString("color"));
        assertEquals(
                3,
                api.get("/api/v1/models/" + id, bearer(key))
                        .json()
                        .getJsonArray("parts")
                        .size());
    }

    @Test
    void textTheChatDoesNotUnderstandGetsAHelpfulReplyNotAnError() {
        String key = api.newStandardKey();
        Reply reply = api.post("/api/v1/chat", "{\"message\":\"make me a sandwich\"}", bearer(key));
        assertEquals(200, reply.status());
        assertFalse(reply.json().getBoolean("understood"));
        assertTrue(reply.json().getString("reply").contains("Did you mean"), reply.body());
        JsonArray offered = reply.json().getJsonArray("suggestions");
        assertTrue(!offered.isEmpty() && offered.size() <= 3, reply.body());
        assertTrue(reply.json().isNull("model"));
        assertEquals(
                0,
                api.get("/api/v1/models", bearer(key))
                        .json()
                        .getJsonArray("data")
                        .size());
    }

    @Test
    void aModelExportsToEveryFormatWithTheRightTypeAndFileName() throws Exception {
        String key = api.newStandardKey();
        String id = api.post(
                        "/api/v1/models",
                        "{\"name\":\"Red Table\",\"parts\":[{\"primitive\":\"cube\","
                                + "\"size\":[2,0.1,1],\"color\":\"#ff0000\"},{\"primitive\":\"cylinder\",\"position\":[0,-0.5,0]}]}",
                        bearer(key))
                .json()
                .getString("id");
        String[][] formats = {
            {"gltf", "model/gltf+json", "Red_Table.gltf"},
            {"glb", "model/gltf-binary", "Red_Table.glb"},
            {"obj", "application/zip", "Red_Table.obj.zip"},
            {"stl", "model/stl", "Red_Table.stl"}
        };
        for (String[] format : formats) {
            var response = api.sendBytes(api.request(
                            "/api/v1/models/" + id + "/export?format=" + format[0], "Authorization", "Bearer " + key)
                    .GET());
            assertEquals(200, response.statusCode(), format[0]);
            assertEquals(
                    format[1], response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(
                    "attachment; filename=\"" + format[2] + "\"",
                    response.headers().firstValue("Content-Disposition").orElseThrow());
            if (format[0].equals("glb")) {
                var model = new de.javagl.jgltf.model.io.GltfModelReader()
                        .readWithoutReferences(new java.io.ByteArrayInputStream(response.body()));
                assertEquals(2, model.getMeshModels().size());
                assertEquals(
                        12,
                        model.getMeshModels()
                                        .get(0)
                                        .getMeshPrimitiveModels()
                                        .get(0)
                                        .getIndices()
                                        .getCount()
                                / 3);
            }
        }
        Reply unknown = api.get("/api/v1/models/" + id + "/export?format=fbx", bearer(key));
        assertEquals(400, unknown.status());
        assertEquals("format", unknown.error().getJsonObject("details").getString("field"));
    }

    @Test
    void aConversationContinuesWithoutTheModelIdAndUndoStepsBack() {
        String key = api.newStandardKey();
        JsonObject first = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(key))
                .json();
        String conversation = first.getString("conversation_id");
        String modelId = first.getJsonObject("model").getString("id");
        assertTrue(conversation.startsWith("conv_"));
        JsonObject second = say(key, conversation, "add a red sphere next to the cube");
        assertEquals(modelId, second.getJsonObject("model").getString("id"), "the conversation remembers the model");
        assertEquals(conversation, second.getString("conversation_id"));
        assertEquals(2, second.getJsonObject("model").getJsonArray("parts").size());
        JsonObject moved = say(key, conversation, "move the sphere up 2");
        assertEquals(2.0, sphereHeight(moved), 1e-9);
        assertEquals(0.0, sphereHeight(say(key, conversation, "undo")), 1e-9, "undo puts the sphere back down");
        assertEquals(
                1,
                say(key, conversation, "undo")
                        .getJsonObject("model")
                        .getJsonArray("parts")
                        .size());
        JsonObject nothing = say(key, conversation, "undo");
        assertEquals("There is nothing to undo.", nothing.getString("reply"));
        String description = say(key, conversation, "describe the model").getString("reply");
        assertTrue(description.contains("cube 1"), description);
        Reply stranger = api.post(
                "/api/v1/chat",
                "{\"message\":\"add a cube\",\"conversation_id\":\"" + conversation + "\"}",
                bearer(api.newStandardKey()));
        assertEquals(404, stranger.status());
        assertEquals("Conversation not found", stranger.error().getString("message"));
    }

    /** Issue 13, points 11 and 1: chat edits skipped the model's limits (5,000,000 stored; a model grew past 10,000). */
    @Test
    void theChatKeepsTheSameLimitsAsARequestBody() {
        String key = api.newStandardKey();
        Reply built = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(key));
        String conversation = built.json().getString("conversation_id");
        for (String tooFar :
                new String[] {"move the cube to 5000000 0 0", "move the cube to 99999999999999999999999 0 0"}) {
            Reply reply = api.post(
                    "/api/v1/chat",
                    "{\"message\":\"" + tooFar + "\",\"conversation_id\":\"" + conversation + "\"}",
                    bearer(key));
            assertEquals(200, reply.status(), tooFar + ": " + reply.body());
            assertFalse(reply.json().getBoolean("understood"), reply.body());
            JsonObject cube =
                    reply.json().getJsonObject("model").getJsonArray("parts").getJsonObject(0);
            assertEquals(0.0, cube.getJsonArray("position").getJsonNumber(0).doubleValue(), tooFar);
        }
        StringBuilder parts = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            parts.append(i == 0 ? "" : ",").append("{\"primitive\":\"cube\"}");
        }
        Reply full = api.post("/api/v1/models", "{\"name\":\"full\",\"parts\":" + parts + "]}", bearer(key));
        assertEquals(201, full.status(), full.body());
        Reply grown = api.post(
                "/api/v1/chat",
                "{\"message\":\"add 3 cubes\",\"model_id\":\"" + full.json().getString("id") + "\"}",
                bearer(key));
        assertEquals(200, grown.status(), grown.body());
        assertFalse(grown.json().getBoolean("understood"), grown.body());
        assertEquals(
                10_000,
                grown.json().getJsonObject("model").getJsonArray("parts").size());
    }

    /**
     * Finding 17: a message of hundreds of "and"s took a second or more of CPU and was then answered "not understood".
     * It is refused at once in the error envelope, naming the limit and the field.
     */
    @Test
    void finding17_aMessageOfHundredsOfClausesIsRefusedNamingTheLimit() {
        String key = api.newStandardKey();
        Reply reply = api.post("/api/v1/chat", chat("x and ".repeat(333) + "x", null), bearer(key));
        assertEquals(400, reply.status(), reply.body());
        assertEquals("BAD_REQUEST", reply.error().getString("code"), reply.body());
        JsonObject details = reply.error().getJsonObject("details");
        assertEquals("message", details.getString("field", null), reply.body());
        assertEquals("max_clauses", details.getString("limit", null), reply.body());
        assertEquals(10, details.getInt("max_clauses"), reply.body());
        assertEquals(334, details.getInt("clauses"), reply.body());
        assertTrue(reply.error().getString("message").contains("at most 10"), reply.body());
    }

    /** Finding 17: "stack them. " said 160 times rearranged a 1,000-part model 160 times; now nothing is read or changed. */
    @Test
    void finding17_stackThemSaidAHundredAndSixtyTimesIsRefusedAndTheModelIsUnchanged() {
        String key = api.newStandardKey();
        StringBuilder parts = new StringBuilder("[");
        for (int i = 0; i < 1_000; i++) {
            parts.append(i == 0 ? "" : ",")
                    .append("{\"primitive\":\"cube\",\"position\":[")
                    .append(1.5 * (i % 100))
                    .append(",0,")
                    .append(1.5 * (i / 100))
                    .append("]}");
        }
        Reply created = api.post("/api/v1/models", "{\"name\":\"many\",\"parts\":" + parts + "]}", bearer(key));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Reply reply = api.post("/api/v1/chat", chat("stack them. ".repeat(160).strip(), id), bearer(key));
        assertEquals(400, reply.status(), reply.body());
        JsonObject details = reply.error().getJsonObject("details");
        assertEquals("message", details.getString("field", null), reply.body());
        assertEquals("max_clauses", details.getString("limit", null), reply.body());
        assertEquals(160, details.getInt("clauses"), reply.body());
        assertEquals(
                created.json().getJsonArray("parts"),
                api.get("/api/v1/models/" + id, bearer(key)).json().getJsonArray("parts"),
                "the model is as it was");
    }

    /** Finding 17: the longest message is a setting, and its refusal names it like the other limits. */
    @Test
    void finding17_aMessageOverTheLengthLimitIsRefusedNamingTheLimit() {
        String key = api.newStandardKey();
        Reply reply = api.post("/api/v1/chat", chat("add a cube " + "x".repeat(2000), null), bearer(key));
        assertEquals(400, reply.status(), reply.body());
        JsonObject details = reply.error().getJsonObject("details");
        assertEquals("message", details.getString("field", null), reply.body());
        assertEquals("max_characters", details.getString("limit", null), reply.body());
        assertEquals(2000, details.getInt("max_characters"), reply.body());
        assertEquals(2011, details.getInt("characters"), reply.body());
    }

    /** A handful of things in one message, what real requests say, is still read whole. */
    @Test
    void tenClausesInOneMessageAreReadWhole() {
        String key = api.newStandardKey();
        Reply reply = api.post("/api/v1/chat", chat("add a cube. ".repeat(10).strip(), null), bearer(key));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("understood"), reply.body());
        assertEquals(
                10, reply.json().getJsonObject("model").getJsonArray("parts").size());
    }

    /**
     * Issue 27: eight messages that change one model at once are each applied or answered 409 (to be sent again), and
     * every one answered 200 is in the model afterwards, with its conversation: nothing is lost or half-applied.
     */
    @Test
    void eightEditsOfOneModelAtOnceAreEachAppliedOrRefusedAndNoneIsLost() throws Exception {
        String key = api.newStandardKey();
        String modelId = api.post("/api/v1/chat", chat("add a cube", null), bearer(key))
                .json()
                .getJsonObject("model")
                .getString("id");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api client = api.asNewClient();
            replies.add(pool.submit(() -> {
                start.await();
                return client.post("/api/v1/chat", chat("add a sphere", modelId), bearer(key));
            }));
        }
        start.countDown();
        int applied = 0;
        int refused = 0;
        for (java.util.concurrent.Future<Reply> future : replies) {
            Reply reply = future.get();
            if (reply.status() == 200) {
                applied++;
            } else {
                assertEquals(409, reply.status(), reply.body());
                assertEquals("CONFLICT", reply.error().getString("code"), reply.body());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(8, applied + refused);
        assertTrue(applied >= 1, "at least one applies");
        jakarta.json.JsonArray parts =
                api.get("/api/v1/models/" + modelId, bearer(key)).json().getJsonArray("parts");
        long spheres = parts.stream()
                .filter(part -> part.asJsonObject().getString("primitive").equals("sphere"))
                .count();
        assertEquals(applied, spheres, "every 200 is in the model, and nothing else: " + parts);
    }

    private static String chat(String message, String modelId) {
        return "{\"message\":\"" + message + "\"" + (modelId == null ? "" : ",\"model_id\":\"" + modelId + "\"") + "}";
    }

    /** Issue 13, point 14: a key with only chat:send read a whole model through the chat's reply. */
    @Test
    void aChatOnlyKeyChangesModelsButDoesNotSeeThem() {
        Api.Session session = api.newSession();
        String chatOnly = api.createKeyValue(session, "{\"name\":\"chat only\",\"permissions\":[\"chat:send\"]}");
        Reply built = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(chatOnly));
        assertEquals(200, built.status(), built.body());
        assertTrue(built.json().isNull("model"), "no model in the reply: " + built.body());
        String conversation = built.json().getString("conversation_id");
        JsonObject described = say(chatOnly, conversation, "describe the model");
        assertTrue(described.isNull("model"));
        assertFalse(described.getString("reply").contains("cube 1"), described.getString("reply"));
        assertTrue(described.getString("reply").contains("models:read"), described.getString("reply"));
        String reader =
                api.createKeyValue(session, "{\"name\":\"reader\",\"permissions\":[\"chat:send\",\"models:read\"]}");
        JsonObject seen = say(reader, conversation, "describe the model");
        assertTrue(seen.getString("reply").contains("cube 1"), seen.getString("reply"));
        assertEquals(1, seen.getJsonObject("model").getJsonArray("parts").size());
    }

    private JsonObject say(String key, String conversation, String message) {
        Reply reply = api.post(
                "/api/v1/chat",
                "{\"message\":\"" + message + "\",\"conversation_id\":\"" + conversation + "\"}",
                bearer(key));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("understood"), reply.body());
        return reply.json();
    }

    private static double sphereHeight(JsonObject reply) {
        return reply.getJsonObject("model").getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .filter(part -> part.getString("primitive").equals("sphere"))
                .findFirst()
                .orElseThrow()
                .getJsonArray("position")
                .getJsonNumber(1)
                .doubleValue();
    }

    @Test
    void chatAndModelWritesNeedTheirScopes() {
        String reader = api.createKeyValue(api.newSession(), "{\"name\":\"r\",\"level\":\"read_only\"}");
        Reply chat = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(reader));
        assertEquals(403, chat.status());
        assertEquals("chat:send", chat.error().getJsonObject("details").getString("required"));
        assertEquals(403, api.delete("/api/v1/models/mdl_x", bearer(reader)).status());
    }
}
