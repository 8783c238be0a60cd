package io.genx3d.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The largest request body the API reads ({@code genx3d.http.max-body-bytes}, 1 MiB by default). */
@ApplicationScoped
public class RequestLimits {

    @Inject
    @ConfigProperty(name = "genx3d.http.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    public long maxBodyBytes() {
        return maxBodyBytes;
    }
}
