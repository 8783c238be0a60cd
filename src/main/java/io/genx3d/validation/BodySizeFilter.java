package io.genx3d.validation;

import io.genx3d.errors.ErrorResponses;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a body announced as too large before a byte of it is read. Bodies without a Content-Length
 * (chunked) are bounded while being read, by {@link JsonObjectReader}.
 */
@WebFilter("/api/*")
public class BodySizeFilter extends HttpFilter {

    @Inject
    RequestLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            ErrorResponses.write(response, BodyTooLarge.exception(limits.maxBodyBytes()));
            return;
        }
        chain.doFilter(request, response);
    }
}
