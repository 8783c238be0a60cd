package io.genx3d.monitoring;

import io.genx3d.auth.ApiKeyAuthenticationMechanism;
import io.genx3d.auth.ApiKeyCredential;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.AuthenticationRejected;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.DatabaseHealth;
import io.genx3d.errors.ErrorCode;
import io.genx3d.errors.ErrorResponses;
import io.genx3d.errors.Failures;
import io.genx3d.network.ClientAddresses;
import io.genx3d.network.SecurityHeaders;
import io.genx3d.ratelimit.AuthFailureLimits;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read the server's insides. {@code /metrics} needs an admin's key ({@code users:read}) or the scrape token
 * ({@code genx3d.metrics.scrape-token}, for Prometheus); {@code /health} answers everyone, but only {@code UP} or
 * {@code DOWN} (with 200 or 503) unless the caller could read the metrics: check names and their data (the
 * database, its migrations) are for operators. Bad keys here spend the address's failure allowance as anywhere else.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/health", "/health/*"})
public class OperatorEndpointsFilter extends HttpFilter {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(UP|DOWN)\"");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuthFailureLimits authFailures;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    DatabaseHealth database;

    @Inject
    @ConfigProperty(name = "genx3d.metrics.scrape-token")
    Optional<String> scrapeToken;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The path the container mapped (normalised, decoded), never getRequestURI() as sent: the two differ for
        // "/health/../metrics/base", which the authentication mechanism refuses first anyway (RequestPaths).
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean metrics = path.equals("/metrics") || path.startsWith("/metrics/");
        try {
            if (isOperator(request)) {
                chain.doFilter(request, response);
            } else if (metrics) {
                refuse(request, response, operatorRequired(request));
            } else {
                publicHealth(request, response, chain);
            }
        } catch (ApiException refusal) {
            refuse(request, response, refusal);
        }
    }

    /** True for the scrape token or an admin's key; no credential is false; a bad one is refused. */
    private boolean isOperator(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return false;
        }
        String token = ApiKeyAuthenticationMechanism.bearerToken(authorization);
        if (scrapeToken.filter(expected -> !expected.isBlank()).isPresent()
                && MessageDigest.isEqual(
                        scrapeToken.get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        String address = clientAddresses.of(request);
        String failureBucket = AuthFailureLimits.address(address);
        authFailures.charge(failureBucket);
        CredentialValidationResult result;
        try {
            result = identityStores.validate(new ApiKeyCredential(token, address));
        } catch (RuntimeException refused) {
            throw Failures.refusalFor(refused, database);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !(result.getCallerPrincipal() instanceof AuthenticatedCaller caller)) {
            throw AuthenticationRejected.keyNotFound();
        }
        authFailures.forgive(failureBucket);
        if (!caller.scopes().contains(Scope.USERS_READ)) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "Metrics and health details need an admin's key or the scrape token",
                    Map.of("required", Scope.USERS_READ.value()));
        }
        return true;
    }

    private static ApiException operatorRequired(HttpServletRequest request) {
        return request.getHeader("Authorization") == null
                ? AuthenticationRejected.missingKey()
                : AuthenticationRejected.keyNotFound();
    }

    /** The health answer with everything but its overall status taken out. */
    private static void publicHealth(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        Matcher status = STATUS.matcher(captured.body());
        String overall = status.find() ? status.group(1) : "DOWN";
        response.resetBuffer();
        response.setStatus(captured.getStatus());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + overall + "\"}");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ApiException refusal)
            throws IOException {
        SecurityHeaders.applyToApi(response, clientAddresses.arrivedOverTls(request));
        ErrorResponses.write(response, refusal);
    }
}
