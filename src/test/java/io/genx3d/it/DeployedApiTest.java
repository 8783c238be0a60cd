package io.genx3d.it;

import io.genx3d.support.Api;
import io.genx3d.support.SharedServer;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The black-box test setup: the shipped runnable jar, shared by every such test class of a failsafe execution
 * (see {@link SharedServer}), and an {@link Api} client pointed at it. Tests see the server only through HTTP
 * and isolate themselves with fresh accounts and keys.
 */
@ExtendWith(SharedServer.class)
abstract class DeployedApiTest {

    URL base;

    Api api;

    @BeforeEach
    void client() {
        base = SharedServer.base();
        api = SharedServer.api().asNewClient();
    }
}
