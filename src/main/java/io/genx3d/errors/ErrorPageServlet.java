package io.genx3d.errors;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The container's error page (mapped for every status in {@code web.xml}): whatever the servlet container
 * itself refuses — an unknown path outside the API, a malformed request line, an exception that escaped
 * everything else — is answered in the JSON envelope instead of Payara's HTML page.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    /** The dashboard's own "Page not found" page (DashboardPage.NOT_FOUND). */
    private static final String NOT_FOUND_PAGE = "/not-found";

    @Inject
    DatabaseHealth database;

    /**
     * Whether a missing address was asked for by a browser as a page: not under the API (which keeps its JSON
     * envelope), nor an asset, and HTML is what the request accepts.
     */
    static boolean asksForAPage(HttpServletRequest request, String uri) {
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/")
                && !path.startsWith("/assets/")
                && !path.startsWith("/webjars/")
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && accept != null
                && accept.contains("text/html");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : 404;
        ErrorCode code = ErrorCode.forStatus(status);
        Map<String, Object> details = new LinkedHashMap<>();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable throwable) {
            response.resetBuffer();
            ErrorResponses.write(response, Failures.refusalFor(throwable, database));
            return;
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == 404 && asksForAPage(request, path == null ? request.getRequestURI() : path.toString())) {
            // A browser that follows a stale link or a typo gets a page with navigation, not the API's JSON.
            response.resetBuffer();
            response.setStatus(404);
            request.getRequestDispatcher(NOT_FOUND_PAGE).forward(request, response);
            return;
        }
        if (status == 404) {
            details.put("path", path == null ? request.getRequestURI() : path);
        }
        response.resetBuffer();
        ErrorResponses.write(response, status, ErrorBody.of(code, code.defaultMessage(), details));
    }
}
