package io.genx3d.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.ResourceMethods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every API operation states the scope it needs; the few that need none are named here on purpose, so a new
 * endpoint cannot be shipped open by forgetting an annotation. Resources are found by reflection.
 */
class DenyByDefaultTest {

    /**
     * Sign-up, login, the mailed links, the ping, leak reports (signed by the scanner) and the scope catalogue are open (the catalogue authenticates a
     * credential sent along); the session's own endpoints, and mailing a new verification link, need a session, no
     * scope.
     */
    private static final Set<String> WITHOUT_SCOPE = Set.of(
            "POST /api/v1/accounts",
            "POST /api/v1/sessions",
            "GET /api/v1/sessions",
            "DELETE /api/v1/sessions",
            "DELETE /api/v1/sessions/all",
            "PUT /api/v1/sessions/password",
            "GET /api/v1/account",
            "PATCH /api/v1/account",
            "POST /api/v1/email-changes",
            "POST /api/v1/email-changes/confirm",
            "POST /api/v1/email-verifications",
            "POST /api/v1/email-verifications/mail",
            "POST /api/v1/password-resets",
            "POST /api/v1/password-resets/confirm",
            "GET /api/v1/scopes",
            "GET /api/v1/ping",
            "POST /api/v1/leaked-keys");

    @Test
    void everyOperationRequiresAScopeUnlessListedAsOpen() {
        List<ResourceMethods.Operation> operations = ResourceMethods.all();
        assertTrue(operations.size() > 15, "found " + operations.size());
        Set<String> unguarded = operations.stream()
                .filter(operation -> {
                    RequiresScope scope = operation.method().getAnnotation(RequiresScope.class);
                    return (scope == null || scope.value().length == 0) && !requiresSession(operation);
                })
                .map(ResourceMethods.Operation::key)
                .collect(Collectors.toSet());
        assertEquals(WITHOUT_SCOPE, unguarded);
    }

    /** Organizations are managed signed in: their operations need a session, enforced by its interceptor. */
    private static boolean requiresSession(ResourceMethods.Operation operation) {
        return operation.method().isAnnotationPresent(RequiresSession.class)
                || operation.resource().isAnnotationPresent(RequiresSession.class);
    }

    /**
     * Managing an organization is key management for a person: reading needs {@code keys:read}, changing
     * {@code keys:write} (a project key is refused by every one of them: see the next test).
     */
    @Test
    void everyOrganizationOperationNeedsTheKeysScopes() {
        List<ResourceMethods.Operation> organizational = ResourceMethods.all().stream()
                .filter(operation -> operation.key().contains("/organizations")
                        || operation.key().contains("/projects/"))
                .toList();
        assertTrue(organizational.size() >= 20, "found " + organizational.size());
        for (ResourceMethods.Operation operation : organizational) {
            Scope needed = operation.verb().equals("GET") ? Scope.KEYS_READ : Scope.KEYS_WRITE;
            RequiresScope scope = operation.method().getAnnotation(RequiresScope.class);
            assertEquals(List.of(needed), scope == null ? List.of() : List.of(scope.value()), operation.key());
        }
    }

    /** A project key reaches its project's data and nothing else: the resources that serve it are exactly these. */
    @Test
    void onlyAProjectsDataServesProjectKeys() {
        Set<String> serving = ResourceMethods.all().stream()
                .map(ResourceMethods.Operation::resource)
                .filter(resource -> resource.isAnnotationPresent(ServesProjectKeys.class))
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(
                new java.util.TreeSet<>(
                        Set.of("ChatResource", "ModelsResource", "RequestLogsResource", "UsageResource")),
                serving);
    }

    @Test
    void resourcesAreCdiBeansSoTheInterceptorsApply() {
        // Request-scoped, or application-scoped when a resource holds nothing per request; a plain JAX-RS class
        // would be created by JAX-RS alone, and no scope or rate-limit check would run.
        for (ResourceMethods.Operation operation : ResourceMethods.all()) {
            assertTrue(
                    operation.resource().isAnnotationPresent(RequestScoped.class)
                            || operation.resource().isAnnotationPresent(ApplicationScoped.class),
                    operation.resource().getName());
        }
    }
}
