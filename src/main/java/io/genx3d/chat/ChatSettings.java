package io.genx3d.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The chat's limits as configured ({@code genx3d.chat.*}, see docs/configuration.md), for the resource and interpreter. */
@ApplicationScoped
public class ChatSettings {

    @Inject
    @ConfigProperty(name = "genx3d.chat.max-message-length", defaultValue = "2000")
    int maxCharacters;

    @Inject
    @ConfigProperty(name = "genx3d.chat.max-clauses", defaultValue = "10")
    int maxClauses;

    @Inject
    @ConfigProperty(name = "genx3d.chat.max-arrangement-checks", defaultValue = "1000000")
    long maxArrangementChecks;

    @Produces
    ChatLimits limits() {
        return new ChatLimits(maxCharacters, maxClauses, maxArrangementChecks);
    }
}
