package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Reply;
import io.genx3d.support.ResourceMethods;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The contract as the server publishes it: at /openapi (YAML and JSON), valid, complete, and browsable at /docs. */
class OpenApiIT extends DeployedApiTest {

    @Test
    void theServedContractIsValidAndListsExactlyTheServersOperations() throws IOException {
        Reply json = api.get("/openapi", "Accept", "application/json");
        assertEquals(200, json.status());
        // What the server serves, for the OpenAPI linter that .ci/run runs after the tests (docs/testing.md).
        Files.writeString(Path.of("target/openapi-served.json"), json.body());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json.body());
        // Strict: Payara's own non-standard "endpoints" field would show here as "attribute endpoints is
        // unexpected", which makes openapi-generator refuse the document.
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages());
        OpenAPI contract = parsed.getOpenAPI();
        Set<String> documented = new TreeSet<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> documented.add(method.name() + " " + path)));
        assertEquals(
                new TreeSet<>(ResourceMethods.all().stream()
                        .map(ResourceMethods.Operation::key)
                        .toList()),
                documented);
        assertEquals(
                "sendChatMessage",
                contract.getPaths().get("/api/v1/chat").getPost().getOperationId());
    }

    @Test
    void yamlByDefaultAndJsonOnRequest() {
        Reply yaml = api.get("/openapi");
        assertEquals(200, yaml.status());
        assertTrue(
                // served as OpenAPI 3.1 (StandardDocumentFilter), the version MicroProfile OpenAPI 4 models
                yaml.body().startsWith("openapi: 3.1.0"), yaml.body().substring(0, 80));
        Reply query = api.get("/openapi?format=JSON");
        JsonObject bearer = query.json()
                .getJsonObject("components")
                .getJsonObject("securitySchemes")
                .getJsonObject("bearerAuth");
        assertEquals("bearer", bearer.getString("scheme"));
        assertEquals(
                "keys:read models:read usage:read",
                bearer.getJsonObject("x-levels").getString("read_only"));
        assertEquals(8, bearer.getJsonObject("x-scopes").size());
    }

    @Test
    void theInteractiveDocumentationIsServedFromTheWar() {
        Reply page = api.get("/docs/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"), page.body());
        assertEquals(
                200, api.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").status());
        Reply script = api.get("/docs/docs.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("/openapi"));
    }

    /** Issue 13, point 16 (in part): the WADL and the Server header told the stack and its version. */
    @Test
    void neitherAWadlNorAServerBannerTellsTheStack() {
        Reply wadl = api.get("/openapi/application.wadl");
        assertEquals(404, wadl.status(), wadl.body());
        assertTrue(wadl.body().startsWith("{\"error\""), wadl.body());
        String key = api.newStandardKey();
        assertEquals(
                404,
                api.get("/api/v1/application.wadl", "Authorization", "Bearer " + key)
                        .status());
        for (Reply reply : List.of(api.get("/api/v1/ping"), api.get("/openapi"), wadl)) {
            assertEquals(null, reply.header("Server"), "no server banner");
            assertEquals(null, reply.header("X-Powered-By"));
        }
    }
}
