package io.genx3d.dashboard;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /docs} → {@code /docs/}. Left to the container, the directory redirect is its own HTML page, sent before any
 * filter and so without the security headers; mapped exactly here, it goes through them like every other answer.
 */
@WebServlet("/docs")
public class DocsRedirectServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/docs/");
    }
}
