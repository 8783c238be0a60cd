package io.genx3d.caller;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose data a project key (a service account) may reach: its project's models, chat, usage and
 * request logs. Every other scoped operation refuses project keys ({@link ScopeInterceptor}), whatever their scopes say:
 * a project key manages no keys, accounts or organizations; people do that, signed in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServesProjectKeys {}
