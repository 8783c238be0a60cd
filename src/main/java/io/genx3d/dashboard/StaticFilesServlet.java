package io.genx3d.dashboard;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Every address no other servlet has: the WAR's files ({@code /assets}, {@code /docs}, the WebJars), handed to the
 * container's default servlet. Mapped to {@code /*} so that the container never gets to map such a request itself:
 * left to the default mapping, a path naming a directory ({@code /assets}, {@code /webjars/three}, or
 * {@code /docs/..} once {@code ;/x} is cut off) is redirected to the directory by the container's mapper before any
 * filter runs, as an HTML page without the security headers and with a Location built from the {@code Host} header.
 * Here a directory is a 404 like any missing file (the error page's envelope, or the "Page not found" page for a
 * browser), and a directory asked for with its trailing slash gets its {@code index.html} (the mapper's welcome file,
 * e.g. {@code /docs/}) when it has one.
 */
@WebServlet(urlPatterns = "/*")
public class StaticFilesServlet extends HttpServlet {

    private static final String WELCOME_FILE = "index.html";

    private RequestDispatcher defaultServlet;

    @Override
    public void init() throws ServletException {
        defaultServlet = getServletContext().getNamedDispatcher("default");
        if (defaultServlet == null) {
            throw new ServletException("the container has no servlet named \"default\" to serve files");
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // The path as mapped (decoded, normalised): all of it is the path info under "/*", as the default servlet reads
        // it.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isPrivate(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (path.endsWith("/")) {
            if (getServletContext().getResource(path + WELCOME_FILE) == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                request.getRequestDispatcher(path + WELCOME_FILE).forward(request, response);
            }
        } else if (isDirectory(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            defaultServlet.forward(request, response);
        }
    }

    /** A directory of the WAR or of a jar's META-INF/resources; Payara lists a file's "children" as an empty set. */
    private boolean isDirectory(String path) {
        Set<String> children = getServletContext().getResourcePaths(path + "/");
        return children != null && !children.isEmpty();
    }

    /** The WAR's own configuration and classes, which the default servlet would refuse too. */
    private static boolean isPrivate(String path) {
        String upper = path.toUpperCase(Locale.ROOT);
        return upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF");
    }
}
