package io.genx3d.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA512, 32-byte salt, {@code genx3d.passwords.iterations}
 * rounds). The parameters are stored inside each hash, so raising the iteration count later still verifies
 * old passwords. {@link #verifyAgainstNothing} spends the same time as a real check, so a login for an unknown
 * email cannot be told apart by how long it takes.
 */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1024;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "genx3d.passwords.iterations", defaultValue = "210000")
    int iterations;

    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy password that matches nothing".toCharArray());
    }

    String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    void verifyAgainstNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
