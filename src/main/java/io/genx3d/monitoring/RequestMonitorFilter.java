package io.genx3d.monitoring;

import io.genx3d.auth.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Records every API request that got past authentication (the mechanism records the ones it refuses itself,
 * because the container answers those before any filter runs).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestMonitorFilter extends HttpFilter {

    @Inject
    RequestMonitor monitor;

    @Inject
    Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestMonitor.markStart(request);
        try {
            chain.doFilter(request, response);
        } finally {
            boolean known = caller.isAuthenticated();
            monitor.record(request, response.getStatus(), known ? caller.get().keyId() : null,
                    known ? caller.get().accountId() : null);
        }
    }
}
