package io.genx3d.dashboard;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * The dashboard's pages at clean addresses ({@code /settings/api-keys}, not {@code keys.html}). Each page is a
 * static HTML file under {@code WEB-INF/pages}, so it has exactly one public address; the page's own script
 * asks the JSON API for everything, with the session cookie and the CSRF token, like any other client.
 */
@WebServlet(urlPatterns = {"", "/signup", "/login", "/settings/api-keys", "/settings/usage", "/models", "/admin/users"})
public class DashboardPagesServlet extends HttpServlet {

    static final Map<String, String> PAGES = Map.of(
            "", "home.html",
            "/signup", "signup.html",
            "/login", "login.html",
            "/settings/api-keys", "api-keys.html",
            "/settings/usage", "usage.html",
            "/models", "models.html",
            "/admin/users", "admin-users.html");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String page = PAGES.get(request.getServletPath());
        // Pages hold no data (the scripts fetch it), but a shared computer's back button should not show them.
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/WEB-INF/pages/" + page).forward(request, response);
    }
}
