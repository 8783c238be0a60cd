package io.genx3d.dashboard;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard's pages at clean addresses ({@code /settings/api-keys}, not {@code keys.html}). A page is the
 * shared shell plus its own content, both static files under {@code WEB-INF/pages} (so they have no address of
 * their own), put together once at start-up; the page's script asks the JSON API for everything, with the
 * session cookie and the CSRF token, like any other client. Its addresses are those of {@link DashboardPage#ALL}
 * (mapped by {@link DashboardPagesRegistration}).
 */
public class DashboardPagesServlet extends HttpServlet {

    private final Map<String, byte[]> pages = new HashMap<>();

    @Override
    public void init() throws ServletException {
        String shell = read("shell.html");
        for (DashboardPage page : DashboardPage.ALL) {
            pages.put(page.path(), page.render(shell, read(page.file())).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String landing = DashboardPage.LANDINGS.get(request.getServletPath());
        if (landing != null) {
            // Not sendRedirect: that writes an HTML body and, unless the container allows relative redirects, makes
            // the Location absolute from the Host header, which the client chose.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + landing);
            return;
        }
        byte[] page = pages.get(request.getServletPath());
        if (page == null || request.getServletPath().equals(DashboardPage.NOT_FOUND)) {
            page = pages.get(DashboardPage.NOT_FOUND);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        response.setContentType("text/html;charset=UTF-8");
        // Pages hold no data (the scripts fetch it), but a shared computer's back button should not show them.
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private String read(String file) throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/pages/" + file)) {
            if (in == null) {
                throw new ServletException("missing dashboard page " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new ServletException("cannot read dashboard page " + file, unreadable);
        }
    }
}
