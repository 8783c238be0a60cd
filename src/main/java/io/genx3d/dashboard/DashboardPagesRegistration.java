package io.genx3d.dashboard;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Maps {@link DashboardPagesServlet} to exactly the addresses of {@link DashboardPage#ALL}, so the list is kept once. */
@WebListener
public class DashboardPagesRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext()
                .addServlet("dashboard-pages", DashboardPagesServlet.class)
                .addMapping(java.util.stream.Stream.concat(
                                DashboardPage.ALL.stream().map(DashboardPage::path),
                                DashboardPage.LANDINGS.keySet().stream())
                        .toArray(String[]::new));
    }
}
