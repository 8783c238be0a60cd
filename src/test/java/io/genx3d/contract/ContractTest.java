package io.genx3d.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.caller.Level;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.support.ResourceMethods;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-reviewed contract ({@code openapi/genx3d.yaml}) against the code: it is a valid OpenAPI document, it
 * lists exactly the operations the JAX-RS resources have, and each operation's {@code x-required-scopes} are the
 * scopes its {@code @RequiresScope} demands.
 */
class ContractTest {

    private static OpenAPI contract;

    @BeforeAll
    static void parse() throws IOException {
        SwaggerParseResult result =
                new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/genx3d.yaml")));
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        contract = result.getOpenAPI();
    }

    @Test
    void theContractListsExactlyTheServersOperations() {
        assertEquals(
                new TreeSet<>(ResourceMethods.all().stream()
                        .map(ResourceMethods.Operation::key)
                        .toList()),
                new TreeSet<>(operations().keySet()));
    }

    @Test
    void everyOperationStatesTheScopesItsCodeRequires() {
        Map<String, Operation> operations = operations();
        for (ResourceMethods.Operation code : ResourceMethods.all()) {
            RequiresScope annotation = code.method().getAnnotation(RequiresScope.class);
            Set<String> required = annotation == null
                    ? Set.of()
                    : Arrays.stream(annotation.value()).map(Scope::value).collect(Collectors.toSet());
            Operation documented = operations.get(code.key());
            Object extension = documented.getExtensions() == null
                    ? null
                    : documented.getExtensions().get("x-required-scopes");
            Set<String> declared = extension == null ? Set.of() : new HashSet<>((List<String>) extension);
            assertEquals(required, declared, code.key());
            required.forEach(scope -> assertTrue(documented.getDescription().contains("`" + scope + "`"), code.key()));
        }
    }

    @Test
    void operationIdsAreUniqueAndReadable() {
        List<String> ids =
                operations().values().stream().map(Operation::getOperationId).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertTrue(ids.containsAll(List.of("createKey", "revokeKey", "sendChatMessage", "listKeys", "exportModel")));
        ids.forEach(id -> assertTrue(id.matches("[a-z][A-Za-z]+"), id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScopeCatalogueAndLevelsAreDocumentedExactlyAsTheCodeDefinesThem() {
        var bearer = contract.getComponents().getSecuritySchemes().get("bearerAuth");
        Map<String, String> scopes =
                (Map<String, String>) bearer.getExtensions().get("x-scopes");
        Map<String, String> levels =
                (Map<String, String>) bearer.getExtensions().get("x-levels");
        for (Scope scope : Scope.values()) {
            assertTrue(
                    bearer.getDescription().contains("| `" + scope.value() + "` | " + scope.description()),
                    scope.value());
            assertEquals(scope.description(), scopes.get(scope.value()), scope.value());
        }
        assertEquals(Scope.values().length, scopes.size());
        for (Level level : Level.values()) {
            assertEquals(Scope.describe(level.scopes()), levels.get(level.value()), level.value());
        }
    }

    /** Every code the server can answer with is one a client generated from the contract can read. */
    @Test
    @SuppressWarnings("unchecked")
    void theErrorCodesAreExactlyTheServersCodes() {
        var detail = contract.getComponents().getSchemas().get("ErrorDetail");
        var code = (io.swagger.v3.oas.models.media.Schema<String>)
                detail.getProperties().get("code");
        assertEquals(
                java.util.Arrays.stream(io.genx3d.errors.ErrorCode.values())
                        .map(Enum::name)
                        .sorted()
                        .toList(),
                code.getEnum().stream().sorted().toList());
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            path.getValue()
                    .readOperationsMap()
                    .forEach((method, operation) -> operations.put(method.name() + " " + path.getKey(), operation));
        }
        return operations;
    }
}
