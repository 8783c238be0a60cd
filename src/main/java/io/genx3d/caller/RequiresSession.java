package io.genx3d.caller;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation only a person signed in to the dashboard may call, with no key of any kind: managing organizations,
 * their members, projects and project keys. {@link SessionInterceptor} enforces it; on a class, it covers every method.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresSession {}
