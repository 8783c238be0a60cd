package io.genx3d.auth;

import io.genx3d.accounts.AccountsResource;
import io.genx3d.accounts.SessionsResource;
import io.genx3d.chat.ChatResource;
import io.genx3d.keys.KeysResource;
import io.genx3d.models.ModelsResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API operation states the scope it needs; the few that need none are named here on purpose, so a new
 * endpoint cannot be shipped open by forgetting an annotation.
 */
class DenyByDefaultTest {

    private static final List<Class<?>> RESOURCES = List.of(AccountsResource.class, SessionsResource.class,
            KeysResource.class, ModelsResource.class, ChatResource.class);
    /** Sign-up and login are open; the session's own endpoints need a session but no scope. */
    private static final Set<String> WITHOUT_SCOPE = Set.of("AccountsResource.signUp", "SessionsResource.logIn",
            "SessionsResource.current", "SessionsResource.logOut");

    @Test
    void everyOperationRequiresAScopeUnlessListedAsOpen() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean operation = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(PATCH.class)
                        || method.isAnnotationPresent(DELETE.class);
                RequiresScope scope = method.getAnnotation(RequiresScope.class);
                if (operation && (scope == null || scope.value().length == 0)) {
                    unguarded.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(WITHOUT_SCOPE, Set.copyOf(unguarded));
    }

    @Test
    void resourcesAreRequestScopedSoTheInterceptorApplies() {
        for (Class<?> resource : RESOURCES) {
            assertTrue(resource.isAnnotationPresent(RequestScoped.class), resource.getName());
        }
    }
}
