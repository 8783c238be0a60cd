package io.genx3d.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.genx3d.errors.ApiException;
import jakarta.interceptor.InvocationContext;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scope interceptor alone: the method's scope first, else the class's; a refusal never reaches the method. */
class ScopeInterceptorTest {

    @RequiresScope(Scope.MODELS_READ)
    static class Resource {
        public void read() {}

        @RequiresScope(Scope.MODELS_WRITE)
        public void write() {}
    }

    @Test
    void aCallerWithTheScopeProceeds() throws Exception {
        InvocationContext invocation = invocationOf("write");
        when(invocation.proceed()).thenReturn("done");
        assertEquals("done", interceptorFor(Set.of(Scope.MODELS_WRITE)).check(invocation));
    }

    @Test
    void aMissingScopeIsTheSeeds403AndTheMethodIsNotCalled() throws Exception {
        InvocationContext invocation = invocationOf("write");
        ApiException refusal = assertThrows(
                ApiException.class,
                () -> interceptorFor(Set.of(Scope.MODELS_READ, Scope.CHAT_SEND)).check(invocation));
        assertEquals(403, refusal.status());
        assertEquals(
                Map.of("required", "models:write", "provided", "chat:send models:read"),
                refusal.body().error().details());
        verify(invocation, never()).proceed();
    }

    @Test
    void theMethodsAnnotationWinsOverTheClasses() throws Exception {
        assertThrows(
                ApiException.class,
                () -> interceptorFor(Set.of(Scope.MODELS_READ)).check(invocationOf("write")));
        InvocationContext read = invocationOf("read");
        interceptorFor(Set.of(Scope.MODELS_READ)).check(read);
        verify(read).proceed();
    }

    @Test
    void noCallerIsTheMissingKeyRefusal() throws Exception {
        ScopeInterceptor interceptor = new ScopeInterceptor();
        interceptor.caller = new Caller();
        AuthenticationRefusal refusal =
                assertThrows(AuthenticationRefusal.class, () -> interceptor.check(invocationOf("read")));
        assertEquals(RefusalReason.MISSING_KEY, refusal.reason());
    }

    private static ScopeInterceptor interceptorFor(Set<Scope> held) {
        ScopeInterceptor interceptor = new ScopeInterceptor();
        interceptor.caller = new Caller();
        interceptor.caller.set(new AuthenticatedCaller("acct_1", "key_1", held, 100));
        return interceptor;
    }

    private static InvocationContext invocationOf(String method) throws NoSuchMethodException {
        InvocationContext invocation = mock(InvocationContext.class);
        when(invocation.getMethod()).thenReturn(Resource.class.getMethod(method));
        return invocation;
    }
}
