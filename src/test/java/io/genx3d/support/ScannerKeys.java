package io.genx3d.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A secret scanner's signing key for the tests, made fresh per run: the public half written as GitHub publishes its
 * keys (the server reads that file), the private half kept here to sign reports as GitHub does (ECDSA P-256, SHA-256,
 * DER, base64).
 */
public final class ScannerKeys {

    public static final String KEY_ID = "genx3d-test-scanner";

    private final KeyPair pair;
    private final Path publishedKeys;

    private ScannerKeys(KeyPair pair, Path publishedKeys) {
        this.pair = pair;
        this.publishedKeys = publishedKeys;
    }

    public static ScannerKeys createIn(Path directory) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\\n"
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\\n-----END PUBLIC KEY-----\\n";
        Path file = directory.resolve("scanner-public-keys.json");
        Files.writeString(
                file,
                "{\"public_keys\":[{\"key_identifier\":\"" + KEY_ID + "\",\"key\":\"" + pem
                        + "\",\"is_current\":true}]}");
        return new ScannerKeys(pair, file);
    }

    /** The file to hand the server as {@code GENX3D_LEAKED_KEYS_SIGNING_KEYS_FILE}. */
    public Path publishedKeys() {
        return publishedKeys;
    }

    public String sign(String body) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(pair.getPrivate());
            ecdsa.update(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
