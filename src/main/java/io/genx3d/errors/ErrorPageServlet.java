package io.genx3d.errors;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
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

    @Inject
    DatabaseHealth database;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        if (status == 404) {
            details.put("path", path == null ? request.getRequestURI() : path);
        }
        response.resetBuffer();
        ErrorResponses.write(response, status, ErrorBody.of(code, code.defaultMessage(), details));
    }
}
