package io.genx3d.dashboard;

import java.util.List;

/**
 * One dashboard page: its address, its title, its module script ({@code /assets/<script>.js}), anything else its
 * {@code <head>} needs, and the file under {@code WEB-INF/pages} holding its {@code <main>} content. Every page
 * shares {@code shell.html} (head, skip link, header); {@link #render} puts the two together.
 */
record DashboardPage(String path, String title, String script, String head, String file) {

    static final List<DashboardPage> ALL = List.of(
            new DashboardPage("", "Dashboard", "home", "", "home.html"),
            new DashboardPage("/signup", "Sign up", "signup", "", "signup.html"),
            new DashboardPage("/login", "Log in", "login", "", "login.html"),
            new DashboardPage("/verify-email", "Verify your email", "verify-email", "", "verify-email.html"),
            new DashboardPage("/confirm-email", "Confirm your new email", "confirm-email", "", "confirm-email.html"),
            new DashboardPage("/reset-password", "Reset your password", "reset-password", "", "reset-password.html"),
            new DashboardPage("/settings/api-keys", "API Keys", "api-keys", "", "api-keys.html"),
            new DashboardPage(
                    "/settings/usage",
                    "Usage",
                    "usage",
                    "\n    <link rel=\"stylesheet\" href=\"/webjars/uplot/1.6.30/dist/uPlot.min.css\">",
                    "usage.html"),
            new DashboardPage(
                    "/models",
                    "Models",
                    "models",
                    "\n    <script type=\"importmap\">" + ImportMap.JSON + "</script>",
                    "models.html"),
            new DashboardPage("/settings/logs", "Logs", "request-logs", "", "request-logs.html"),
            new DashboardPage("/settings/account", "Account", "account", "", "account.html"),
            new DashboardPage("/settings/security-log", "Security log", "security-log", "", "security-log.html"),
            new DashboardPage("/admin/users", "Users", "admin-users", "", "admin-users.html"),
            new DashboardPage("/organization", "Organization", "organization", "", "organization.html"),
            // A project's keys: the API Keys page itself, which works on the project named by ?project_id=.
            new DashboardPage("/project", "Project", "api-keys", "", "api-keys.html"),
            new DashboardPage("/invitations/accept", "Join an organization", "invitation", "", "invitation.html"),
            new DashboardPage(DashboardPage.QUICK_START, "Quick start", "quickstart", "", "quickstart.html"),
            new DashboardPage(DashboardPage.NOT_FOUND, "Page not found", "not-found", "", "not-found.html"));

    /**
     * The page a browser gets for an address that has none (answered with 404 by {@code ErrorPageServlet}, which
     * forwards here when the request asks for HTML and is not for the API).
     */
    static final String NOT_FOUND = "/not-found";

    /**
     * The hand-written quick start: a page of the dashboard (its shell, menu and policy) filed with the API docs,
     * where a developer looks for it.
     */
    static final String QUICK_START = "/docs/quickstart";

    /** Addresses that are areas rather than pages: "/settings" lands on its first page. */
    static final java.util.Map<String, String> LANDINGS =
            java.util.Map.of("/settings", "/settings/api-keys", "/settings/", "/settings/api-keys");

    /** The whole HTML document: the shell with this page's title, head additions, script and main content. */
    String render(String shell, String main) {
        return shell.replace("{{title}}", title)
                .replace("{{head}}", head)
                .replace("{{script}}", script)
                .replace("{{main}}", main);
    }
}
