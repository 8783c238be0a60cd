package io.genx3d.leaks;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scanner's signing keys, when {@code genx3d.leaked-keys.signing-keys-file} names a file in the format GitHub
 * publishes them ({@code {"public_keys": [{"key_identifier", "key": "-----BEGIN PUBLIC KEY-----…"}]}}). Then every
 * report must carry {@code Github-Public-Key-Identifier} and {@code Github-Public-Key-Signature}, an ECDSA P-256
 * signature (SHA-256, DER, base64) over the exact body. A configured file that cannot be read refuses every report:
 * deny by default, never silently open.
 */
@ApplicationScoped
public class ScannerSignatures {

    public static final String KEY_ID_HEADER = "Github-Public-Key-Identifier";
    public static final String SIGNATURE_HEADER = "Github-Public-Key-Signature";
    private static final Logger LOG = Logger.getLogger(ScannerSignatures.class.getName());

    @Inject
    @ConfigProperty(name = "genx3d.leaked-keys.signing-keys-file")
    Optional<String> file;

    private final Map<String, PublicKey> keys = new HashMap<>();

    @PostConstruct
    void load() {
        file.filter(name -> !name.isBlank()).ifPresent(name -> {
            try (Reader reader = Files.newBufferedReader(Path.of(name))) {
                JsonObject published = Json.createReader(reader).readObject();
                for (JsonObject key : published.getJsonArray("public_keys").getValuesAs(JsonObject.class)) {
                    keys.put(key.getString("key_identifier"), publicKey(key.getString("key")));
                }
                LOG.info(() -> "Leak reports must be signed by one of " + keys.size() + " keys from " + name);
            } catch (IOException | RuntimeException | GeneralSecurityException e) {
                LOG.severe(() -> "Cannot read the leak reporters' signing keys from " + name + "; every report is"
                        + " refused until it can be read: " + e);
            }
        });
    }

    public boolean required() {
        return file.filter(name -> !name.isBlank()).isPresent();
    }

    /** Throws the envelope's 401 unless {@code signature} is a good signature of {@code body} by key {@code keyId}. */
    public void verify(byte[] body, String keyId, String signature) {
        PublicKey key = keyId == null ? null : keys.get(keyId);
        if (key == null || signature == null) {
            throw refused("Leak reports must be signed: Github-Public-Key-Identifier must name a known key and"
                    + " Github-Public-Key-Signature carry its signature");
        }
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(key);
            ecdsa.update(body);
            if (ecdsa.verify(Base64.getDecoder().decode(signature.strip()))) {
                return;
            }
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            // A signature that does not even decode is as bad as a wrong one.
        }
        throw refused("The report's signature does not verify");
    }

    private static PublicKey publicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static ApiException refused(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message, Map.of("reason", "signature_invalid"));
    }
}
