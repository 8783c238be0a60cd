package io.genx3d.usage;

import io.genx3d.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Counts every answered request made with an API key, by the status it got (429s included). */
@Provider
@ApplicationScoped
public class UsageFilter implements ContainerResponseFilter {

    @Inject
    Caller caller;

    @Inject
    UsageRecorder recorder;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (caller.isAuthenticated() && caller.get().keyId() != null) {
            recorder.recordResponse(caller.get().keyId(), response.getStatus());
        }
    }
}
