/**
 * The ground floor of security: who is calling ({@link io.genx3d.caller.Caller}), the scopes, levels and roles
 * that bound what a caller may do, {@code @RequiresScope} and its interceptor, and why a caller is refused
 * ({@link io.genx3d.caller.RefusalReason}). The order of the request's checks is in {@link io.genx3d.caller.InterceptorOrder}.
 */
package io.genx3d.caller;
