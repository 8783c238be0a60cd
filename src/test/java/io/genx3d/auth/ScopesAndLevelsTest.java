package io.genx3d.auth;

import io.genx3d.accounts.Role;
import io.genx3d.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopesAndLevelsTest {

    @Test
    void scopesAreDescribedSortedAndSpaceSeparated() {
        assertEquals("chat:send keys:read models:read",
                Scope.describe(Set.of(Scope.MODELS_READ, Scope.CHAT_SEND, Scope.KEYS_READ)));
        assertEquals("", Scope.describe(Set.of()));
    }

    @Test
    void describedScopesParseBack() {
        Set<Scope> scopes = EnumSet.of(Scope.MODELS_WRITE, Scope.KEYS_WRITE);
        assertEquals(scopes, Scope.parse(Scope.describe(scopes)));
        assertEquals(Set.of(Scope.MODELS_READ), Scope.parse("models:read retired:scope"));
    }

    @Test
    void levelsExpandToTheIssuesScopeSets() {
        assertEquals(EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ), Level.READ_ONLY.scopes());
        assertEquals(EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ, Scope.MODELS_WRITE, Scope.CHAT_SEND,
                Scope.KEYS_WRITE), Level.STANDARD.scopes());
        assertTrue(Level.STANDARD.scopes().containsAll(Level.READ_ONLY.scopes()));
    }

    @Test
    void aScopeSetReportsTheLevelItMatches() {
        assertEquals(Level.READ_ONLY, Level.matching(EnumSet.of(Scope.KEYS_READ, Scope.MODELS_READ)).orElseThrow());
        assertTrue(Level.matching(EnumSet.of(Scope.MODELS_READ)).isEmpty());
    }

    @Test
    void usersMayHoldStandardScopes() {
        assertTrue(Role.USER.allowedScopes().containsAll(Level.STANDARD.scopes()));
        assertTrue(Role.ADMIN.allowedScopes().containsAll(Level.ADMIN.scopes()));
    }

    @Test
    void requireAllNamesTheFirstMissingScopeAndWhatIsHeld() {
        ApiException refusal = assertThrows(ApiException.class, () -> ScopeInterceptor.requireAll(
                EnumSet.of(Scope.MODELS_WRITE, Scope.CHAT_SEND), EnumSet.of(Scope.MODELS_READ)));
        assertEquals(403, refusal.status());
        assertEquals("Insufficient permissions", refusal.getMessage());
        assertEquals(Map.of("required", "models:write", "provided", "models:read"), refusal.body().error().details());
        assertDoesNotThrow(() -> ScopeInterceptor.requireAll(EnumSet.of(Scope.MODELS_READ),
                EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ)));
    }
}
