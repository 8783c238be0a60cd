package io.genx3d.caller;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.errors.ApiException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesAndLevelsTest {

    @Test
    void scopesAreDescribedSortedAndSpaceSeparated() {
        assertEquals(
                "chat:send keys:read models:read",
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
        assertEquals(EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ, Scope.USAGE_READ), Level.READ_ONLY.scopes());
        assertEquals(
                EnumSet.of(
                        Scope.MODELS_READ,
                        Scope.KEYS_READ,
                        Scope.USAGE_READ,
                        Scope.MODELS_WRITE,
                        Scope.CHAT_SEND,
                        Scope.KEYS_WRITE),
                Level.STANDARD.scopes());
        assertTrue(Level.STANDARD.scopes().containsAll(Level.READ_ONLY.scopes()));
        assertEquals(EnumSet.allOf(Scope.class), Level.ADMIN.scopes());
    }

    @Test
    void aScopeSetReportsTheLevelItMatches() {
        assertEquals(
                Level.READ_ONLY,
                Level.matching(EnumSet.of(Scope.KEYS_READ, Scope.MODELS_READ, Scope.USAGE_READ))
                        .orElseThrow());
        assertEquals(Level.ADMIN, Level.matching(EnumSet.allOf(Scope.class)).orElseThrow());
        assertTrue(Level.matching(EnumSet.of(Scope.MODELS_READ)).isEmpty());
    }

    @Test
    void usersHoldEverythingButUserManagementAndAdminsHoldEverything() {
        assertEquals(Level.STANDARD.scopes(), Role.USER.allowedScopes());
        assertEquals(EnumSet.allOf(Scope.class), Role.ADMIN.allowedScopes());
        assertTrue(Role.USER.allowedScopes().stream()
                .noneMatch(scope -> scope.value().startsWith("users:")));
        assertTrue(Level.READ_ONLY.scopes().stream()
                .allMatch(scope -> scope.value().endsWith(":read")));
    }

    @Test
    void theFirstMissingScopeIsNamedAlphabetically() {
        ApiException refusal = assertThrows(
                ApiException.class, () -> ScopeInterceptor.requireAll(Level.ADMIN.scopes(), Role.USER.allowedScopes()));
        assertEquals("users:read", refusal.body().error().details().get("required"));
    }

    @Test
    void requireAllNamesTheFirstMissingScopeAndWhatIsHeld() {
        ApiException refusal = assertThrows(
                ApiException.class,
                () -> ScopeInterceptor.requireAll(
                        EnumSet.of(Scope.MODELS_WRITE, Scope.CHAT_SEND), EnumSet.of(Scope.MODELS_READ)));
        assertEquals(403, refusal.status());
        assertEquals("Insufficient permissions", refusal.getMessage());
        assertEquals(
                Map.of("required", "chat:send", "provided", "models:read"),
                refusal.body().error().details(),
                "the alphabetically first missing scope");
        assertDoesNotThrow(() -> ScopeInterceptor.requireAll(
                EnumSet.of(Scope.MODELS_READ), EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ)));
    }
}
