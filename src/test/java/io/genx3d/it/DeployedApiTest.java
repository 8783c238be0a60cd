package io.genx3d.it;

import io.genx3d.support.Api;
import io.genx3d.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * The black-box test setup: the shipped WAR on a real Payara Micro (one per test class), and an {@link Api}
 * client pointed at it. Tests see the server only through HTTP.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedApiTest {

    @ArquillianResource
    URL base;

    Api api;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.genx3d();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }
}
