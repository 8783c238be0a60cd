package io.genx3d.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a body announced as too large before a byte of it is read. Bodies without a Content-Length
 * (chunked) are bounded while being read, by {@link JsonObjectReader}. A JAX-RS filter, so the refusal is
 * answered like any other (mapped, counted, logged as the request's outcome).
 */
@Provider
@PreMatching
@ApplicationScoped
public class BodySizeFilter implements ContainerRequestFilter {

    @Inject
    RequestLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > limits.maxBodyBytes()) {
            throw BodyTooLarge.exception(limits.maxBodyBytes());
        }
    }
}
