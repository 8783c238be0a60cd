package io.genx3d.openapi;

import io.genx3d.caller.Level;
import io.genx3d.caller.Role;
import io.genx3d.caller.Scope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Puts the scope catalogue and the levels into the published OpenAPI document, generated from {@link Scope} and
 * {@link Level} so the document can never disagree with the code: the {@code bearerAuth} scheme's description
 * is a table of scopes, and {@code x-scopes} / {@code x-levels} carry them for tools.
 */
public class ScopeCatalogueModelReader implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        SecurityScheme bearer = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("sk-…")
                .description(description())
                .addExtension("x-scopes", scopes())
                .addExtension("x-levels", levels());
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("bearerAuth", bearer));
    }

    private static String description() {
        String scopes = Arrays.stream(Scope.values())
                .map(scope -> "| `" + scope.value() + "` | " + scope.description()
                        + (Role.USER.allowedScopes().contains(scope) ? "" : " (admin accounts only)") + " |")
                .collect(Collectors.joining("\n"));
        String levels = Arrays.stream(Level.values())
                .map(level -> "| `" + level.value() + "` | " + level.description() + " | "
                        + Scope.describe(level.scopes()) + " |")
                .collect(Collectors.joining("\n"));
        return "An API key (`Authorization: Bearer sk-…`). Each operation requires the scopes it names.\n\n"
                + "| scope | allows |\n|---|---|\n" + scopes + "\n\n| level | meaning | scopes |\n|---|---|---|\n"
                + levels;
    }

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        for (Scope scope : Scope.values()) {
            scopes.put(scope.value(), scope.description());
        }
        return scopes;
    }

    private static Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            levels.put(level.value(), Scope.describe(level.scopes()));
        }
        return levels;
    }
}
