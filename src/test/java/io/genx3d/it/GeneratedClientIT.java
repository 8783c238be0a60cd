package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.client.ApiClient;
import io.genx3d.client.ApiException;
import io.genx3d.client.ApiResponse;
import io.genx3d.client.api.AccountsApi;
import io.genx3d.client.api.ChatApi;
import io.genx3d.client.api.KeysApi;
import io.genx3d.client.api.ModelsApi;
import io.genx3d.client.api.SessionsApi;
import io.genx3d.client.model.ChatReply;
import io.genx3d.client.model.ChatRequest;
import io.genx3d.client.model.CreateKeyRequest;
import io.genx3d.client.model.CreatedKey;
import io.genx3d.client.model.Error;
import io.genx3d.client.model.ErrorDetail;
import io.genx3d.client.model.Key;
import io.genx3d.client.model.LogInRequest;
import io.genx3d.client.model.Model;
import io.genx3d.client.model.ModelPage;
import io.genx3d.client.model.ModelWrite;
import io.genx3d.client.model.Part;
import io.genx3d.client.model.Session;
import io.genx3d.client.model.SignUpRequest;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract used for real: a customer's journey through the Java client that openapi-generator makes from
 * openapi/genx3d.yaml, and nothing else. If the contract and the server disagree on a path, a field name, a
 * type or a status, the generated code fails here the way it would fail for a customer.
 */
@Tag("postgresql")
class GeneratedClientIT extends DeployedApiTest {

    private static final String PASSWORD = "correct horse battery staple";

    private String email;
    private ApiClient dashboard;

    @BeforeEach
    void signUpAndLogIn() throws ApiException {
        email = "client-" + UUID.randomUUID() + "@example.com";
        new AccountsApi(anonymous())
                .signUp(new SignUpRequest().email(email).password(PASSWORD).name("Client User"));

        // The dashboard is a cookie session; every change it makes also carries the CSRF token login returned.
        dashboard = anonymous().setHttpClientBuilder(HttpClient.newBuilder().cookieHandler(new CookieManager()));
        Session session =
                new SessionsApi(dashboard).logIn(new LogInRequest().email(email).password(PASSWORD));
        assertEquals(email, session.getAccount().getEmail());
        String csrf = session.getCsrfToken();
        dashboard.setRequestInterceptor(request -> request.header("X-CSRF-Token", csrf));
    }

    @Test
    void aCustomerBuildsExportsAndRevokesThroughTheGeneratedClient() throws Exception {
        CreatedKey created = new KeysApi(dashboard)
                .createKey(new CreateKeyRequest().name("generated client").level(CreateKeyRequest.LevelEnum.STANDARD));
        assertTrue(created.getKey().startsWith("sk-"), created.getPrefix());
        ApiClient keyed = withKey(created.getKey());

        ChatReply reply = new ChatApi(keyed).sendChatMessage(new ChatRequest().message("Create a cube"));
        assertTrue(reply.getUnderstood(), reply.getReply());
        assertEquals(Part.PrimitiveEnum.CUBE, reply.getModel().getParts().get(0).getPrimitive());

        ModelsApi models = new ModelsApi(keyed);
        Model tower = models.createModel(new ModelWrite()
                .name("Tower")
                .addPartsItem(new Part().primitive(Part.PrimitiveEnum.CYLINDER).color("steelblue")));
        assertEquals("#4682b4", tower.getParts().get(0).getColor());

        ApiResponse<ModelPage> page = models.listModelsWithHttpInfo(10, null);
        assertTrue(page.getData().getData().stream()
                .map(Model::getId)
                .toList()
                .containsAll(List.of(reply.getModel().getId(), tower.getId())));
        assertEquals("1000", page.getHeaders().get("x-ratelimit-limit").get(0));

        File glb = models.exportModel(tower.getId(), "glb");
        byte[] magic = new byte[4];
        System.arraycopy(Files.readAllBytes(glb.toPath()), 0, magic, 0, 4);
        assertEquals("glTF", new String(magic, StandardCharsets.US_ASCII));
        byte[] stl = Files.readAllBytes(models.exportModel(tower.getId(), "stl").toPath());
        long triangles =
                ByteBuffer.wrap(stl, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertTrue(triangles > 0);
        assertEquals(84 + 50 * triangles, stl.length, "binary STL: header, count, 50 bytes per triangle");

        Key listed = new KeysApi(keyed)
                .listKeys().getData().stream()
                        .filter(key -> key.getId().equals(created.getId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Key.StatusEnum.ACTIVE, listed.getStatus());
        assertEquals(created.getPrefix(), listed.getPrefix());

        new KeysApi(keyed).revokeKey(created.getId());
        ErrorDetail revoked = errorOf(assertThrows(ApiException.class, () -> models.listModels(null, null)), 401);
        assertEquals(ErrorDetail.CodeEnum.UNAUTHORIZED, revoked.getCode());
        assertEquals("key_revoked", revoked.getDetails().get("reason"));
    }

    @Test
    void aMissingScopeIsATyped403() throws Exception {
        CreatedKey readOnly = new KeysApi(dashboard)
                .createKey(new CreateKeyRequest().name("reader").level(CreateKeyRequest.LevelEnum.READ_ONLY));
        ModelsApi models = new ModelsApi(withKey(readOnly.getKey()));
        assertTrue(models.listModels(null, null).getData().isEmpty());

        ApiException refused =
                assertThrows(ApiException.class, () -> models.createModel(new ModelWrite().name("not allowed")));
        ErrorDetail error = errorOf(refused, 403);
        assertEquals(ErrorDetail.CodeEnum.FORBIDDEN, error.getCode());
        assertEquals("Insufficient permissions", error.getMessage());
        assertEquals("models:write", error.getDetails().get("required"));
    }

    @Test
    void theLimitIsATyped429WithRetryAfter() throws Exception {
        CreatedKey limited = new KeysApi(dashboard)
                .createKey(new CreateKeyRequest().name("two an hour").rateLimit(2));
        ModelsApi models = new ModelsApi(withKey(limited.getKey()));
        models.listModels(null, null);
        assertEquals(
                "0",
                models.listModelsWithHttpInfo(null, null)
                        .getHeaders()
                        .get("x-ratelimit-remaining")
                        .get(0));

        ApiException refused = assertThrows(ApiException.class, () -> models.listModels(null, null));
        ErrorDetail error = errorOf(refused, 429);
        assertEquals(ErrorDetail.CodeEnum.RATE_LIMITED, error.getCode());
        assertEquals("Rate limit exceeded", error.getMessage());
        assertEquals(2, ((Number) error.getDetails().get("limit")).intValue());
        assertFalse(refused.getResponseHeaders()
                .firstValue("Retry-After")
                .orElseThrow()
                .isBlank());
    }

    private ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        return client;
    }

    private ApiClient withKey(String key) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
    }

    /** The error body read as the contract's Error type, the way a client program would. */
    private ErrorDetail errorOf(ApiException failure, int expectedStatus) throws IOException {
        assertEquals(expectedStatus, failure.getCode(), failure.getResponseBody());
        return anonymous()
                .getObjectMapper()
                .readValue(failure.getResponseBody(), Error.class)
                .getError();
    }
}
