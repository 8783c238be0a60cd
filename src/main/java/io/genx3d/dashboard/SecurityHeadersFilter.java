package io.genx3d.dashboard;

import io.genx3d.network.ClientAddresses;
import io.genx3d.network.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser hardening on every response: no MIME sniffing, no referrer leaving the site, no framing, and a
 * Content-Security-Policy. The dashboard's policy allows scripts only from this server plus the one inline
 * import map of the models page (by its hash, see {@link ImportMap}); styles only from files. Swagger UI at
 * {@code /docs} styles its elements inline, so its policy allows inline styles but still no inline script (the quick
 * start under {@code /docs} is a dashboard page and keeps the dashboard's policy).
 * Answers to TLS requests (direct, or through a trusted proxy) carry Strict-Transport-Security. It runs for requests
 * and for the error page's dispatches, so what the container refuses itself carries the headers too.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String DASHBOARD_POLICY = "default-src 'none'; script-src 'self' '" + ImportMap.HASH + "'; "
            + "style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Inject
    ClientAddresses clientAddresses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // What the container refuses by itself (/WEB-INF, /META-INF) reaches no filter as a request, only as the error
        // page's dispatch, which carries the address that was asked for as an attribute.
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = request.getDispatcherType() == DispatcherType.ERROR && refused instanceof String asked
                ? asked
                : request.getRequestURI();
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        boolean overTls = clientAddresses.arrivedOverTls(request);
        if (path.startsWith("/api/")) {
            SecurityHeaders.applyToApi(response, overTls);
        } else {
            boolean swaggerUi = path.startsWith("/docs") && !path.equals(DashboardPage.QUICK_START);
            SecurityHeaders.apply(response, swaggerUi ? DOCS_POLICY : DASHBOARD_POLICY, overTls);
        }
        chain.doFilter(request, response);
    }
}
