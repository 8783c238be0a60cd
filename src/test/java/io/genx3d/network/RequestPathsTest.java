package io.genx3d.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding 16: a path the container would have to normalise is refused, whatever way it is spelt. */
class RequestPathsTest {

    @Test
    void finding16_pathsNotInNormalFormAreNamed() {
        for (String path : new String[] {
            "/health/../metrics/base",
            "/api/v1/../metrics",
            "/%2e%2e/",
            "/%2E%2E/metrics",
            "/api/v1/keys/..;/scopes",
            "/api/v1/scopes;x=1",
            "/docs;a=b",
            "/docs/..;/x",
            "/api/v1/keys%2f..%2fscopes",
            "/api/v1/keys%2F..",
            "/x%5c..",
            "/x\\..\\metrics",
            "/health/./ready",
            "/.",
            "/..",
            "//metrics",
            "/api//v1/scopes",
            "/health/%0a",
            "/health/%1b[31m",
            "/health/%7F",
            "/health/\u001b",
            "/api/v1/models/%3b",
            "*",
            ""
        }) {
            assertTrue(RequestPaths.problem(path).isPresent(), path);
        }
    }

    @Test
    void pathsInNormalFormPass() {
        for (String path : new String[] {
            "/",
            "/docs/",
            "/api/v1/models",
            "/api/v1/models/mdl_29AIKROiJztpDLwCcuqH/export",
            "/webjars/three/0.181.1/build/three.module.js",
            "/assets/app.css",
            "/api/v1/models/a%20b",
            "/api/v1/models/%25",
            "/.well-known/security.txt",
            "/a..b/c.d",
            "/settings/"
        }) {
            assertEquals(Optional.empty(), RequestPaths.problem(path), path);
        }
    }
}
