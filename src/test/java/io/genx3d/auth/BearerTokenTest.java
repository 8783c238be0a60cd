package io.genx3d.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.errors.ApiException;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void theTokenFollowsTheBearerScheme() {
        assertEquals("sk-abc", ApiKeyAuthenticationMechanism.bearerToken("Bearer sk-abc"));
        assertEquals("sk-abc", ApiKeyAuthenticationMechanism.bearerToken("bearer   sk-abc "));
    }

    @Test
    void otherSchemesAndOversizedTokensAreMalformed() {
        assertReason("malformed_key", "Basic dXNlcjpwYXNz");
        assertReason("malformed_key", "sk-abc");
        assertReason("malformed_key", "Bearer " + "x".repeat(257));
        assertReason("malformed_key", "Bearer sk-a sk-b");
        assertReason("malformed_key", "Bearer ");
    }

    private static void assertReason(String reason, String header) {
        ApiException refusal =
                assertThrows(ApiException.class, () -> ApiKeyAuthenticationMechanism.bearerToken(header));
        assertEquals(401, refusal.status());
        assertEquals(reason, refusal.body().error().details().get("reason"));
        assertEquals("Bearer realm=\"genx3d\"", refusal.headers().get("WWW-Authenticate"));
    }
}
