package io.genx3d.caller;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes a resource method needs, e.g. {@code @RequiresScope(Scope.MODELS_WRITE)}. The caller must hold all
 * of them; {@link ScopeInterceptor} enforces it. On a class, it applies to methods without their own.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {

    @Nonbinding
    Scope[] value() default {};
}
