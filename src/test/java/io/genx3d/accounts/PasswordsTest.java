package io.genx3d.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The production cost of password hashing: 210,000 PBKDF2-HMAC-SHA512 rounds (OWASP's recommendation), both in the
 * code's default and in the shipped defaults file. The test servers run with fewer (see docs/testing.md); this keeps
 * that choice from leaking into what ships.
 */
class PasswordsTest {

    @Test
    void theShippedIterationCountIsOwaspsRecommendation() throws Exception {
        ConfigProperty setting = Passwords.class.getDeclaredField("iterations").getAnnotation(ConfigProperty.class);
        assertEquals("genx3d.passwords.iterations", setting.name());
        assertEquals("210000", setting.defaultValue());
        assertEquals("210000", shippedDefaults().getProperty("genx3d.passwords.iterations"));
    }

    private static Properties shippedDefaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream file = Passwords.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(file);
        }
        return defaults;
    }
}
