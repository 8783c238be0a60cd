package io.genx3d.network;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-hardening headers every answer carries, in one place for the two places that answer: the dashboard's
 * filter (pages and JAX-RS alike) and the authentication mechanism, whose refusals the container sends before any
 * filter runs. API answers are JSON that nothing should render, frame, sniff or keep: their policy allows nothing
 * and they are never stored ({@code Cache-Control: no-store}: they carry keys, CSRF tokens and account data).
 */
public final class SecurityHeaders {

    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** The headers common to every answer; {@code policy} is the page's Content-Security-Policy. */
    public static void apply(HttpServletResponse response, String policy, boolean overTls) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (overTls) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** An API answer: the common headers with the policy that allows nothing, and never cached. */
    public static void applyToApi(HttpServletResponse response, boolean overTls) {
        apply(response, API_POLICY, overTls);
        response.setHeader("Cache-Control", "no-store");
    }
}
