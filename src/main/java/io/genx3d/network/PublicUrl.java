package io.genx3d.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the server at, for links in mail ({@code genx3d.public-url}, e.g.
 * {@code https://genx3d.example.com}). Unset, it is {@code http://localhost:<the port the request came in on>}: right
 * for the embedded default on one machine, and never taken from the request's {@code Host} header, which a caller
 * chooses (a reset link pointing at an attacker's host is how password-reset poisoning works).
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "genx3d.public-url")
    Optional<String> configured;

    public String of(HttpServletRequest request) {
        return configured
                .filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> "http://localhost:" + request.getLocalPort());
    }
}
