package io.genx3d.caller;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Enforces {@link RequiresScope}: a caller missing a required scope gets the seed's 403, naming the first scope
 * it lacks and listing the ones it has. A project key is refused outright by every resource not marked
 * {@link ServesProjectKeys} (deny by default). Runs after authentication and before rate limiting, so a refused
 * call does not spend quota.
 */
@RequiresScope
@Interceptor
@Priority(InterceptorOrder.SCOPE)
public class ScopeInterceptor {

    @Inject
    Caller caller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        AuthenticatedCaller who = caller.get();
        if (who.viaProjectKey() && !servesProjectKeys(invocation)) {
            throw projectKeyRefused();
        }
        Set<Scope> held = who.scopes();
        for (Scope required : requiredBy(invocation.getMethod())) {
            if (!held.contains(required)) {
                throw insufficient(required, held);
            }
        }
        return invocation.proceed();
    }

    /** The resource's class, not the CDI proxy's subclass the target may be. */
    private static boolean servesProjectKeys(InvocationContext invocation) {
        return invocation.getMethod().getDeclaringClass().isAnnotationPresent(ServesProjectKeys.class);
    }

    static ApiException projectKeyRefused() {
        return new ApiException(
                ErrorCode.FORBIDDEN,
                "A project key reaches its project's models, chat, usage and request logs only; manage keys and"
                        + " organizations signed in to the dashboard",
                Map.of("reason", "project_key"));
    }

    private static Scope[] requiredBy(Method method) {
        RequiresScope annotation = method.getAnnotation(RequiresScope.class);
        if (annotation == null) {
            annotation = method.getDeclaringClass().getAnnotation(RequiresScope.class);
        }
        return annotation == null ? new Scope[0] : annotation.value();
    }

    static ApiException insufficient(Scope required, Set<Scope> held) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("required", required.value());
        details.put("provided", Scope.describe(held));
        return new ApiException(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.defaultMessage(), details);
    }

    /** The same refusal for checks made in code (e.g. minting a key with scopes the caller lacks). */
    public static void requireAll(Set<Scope> wanted, Set<Scope> held) {
        wanted.stream()
                .filter(scope -> !held.contains(scope))
                .min(java.util.Comparator.comparing(Scope::value))
                .ifPresent(missing -> {
                    throw insufficient(missing, held);
                });
    }
}
