package io.genx3d.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the server at, for links in mail ({@code genx3d.public-url}, e.g.
 * {@code https://genx3d.example.com}). Unset, it is {@code http://localhost:<the port the request came in on>}: right
 * for the embedded default on one machine, and never taken from the request's {@code Host} header, which a caller
 * chooses (a reset link pointing at an attacker's host is how password-reset poisoning works).
 */
@ApplicationScoped
public class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());

    @Inject
    @ConfigProperty(name = "genx3d.public-url")
    Optional<String> configured;

    /** Said once at start-up: mail sent to people with localhost links is the usual first deployment mistake. */
    void warnIfUnset(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (configured.filter(url -> !url.isBlank()).isEmpty()) {
            LOG.warning("genx3d.public-url (GENX3D_PUBLIC_URL) is not set: links in mail (verification, password reset)"
                    + " point to http://localhost:<this server's port>. Set it to the address"
                    + " people reach this server at, e.g. https://genx3d.example.com.");
        }
    }

    public String of(HttpServletRequest request) {
        return configured
                .filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> "http://localhost:" + request.getLocalPort());
    }

    /** For work no request caused (a scheduled job): the configured URL, or {@code http://localhost} without it. */
    public String withoutRequest() {
        return configured
                .filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", ""))
                .orElse("http://localhost");
    }
}
