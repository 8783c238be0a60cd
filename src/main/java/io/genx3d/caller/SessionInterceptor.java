package io.genx3d.caller;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link RequiresSession}: a key (personal or project) gets the same 403 {@code session_required} as the
 * account's own pages give it. Runs where the scope check does, before rate limiting.
 */
@RequiresSession
@Interceptor
@Priority(InterceptorOrder.SCOPE)
public class SessionInterceptor {

    @Inject
    Caller caller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        caller.requireSession();
        return invocation.proceed();
    }
}
