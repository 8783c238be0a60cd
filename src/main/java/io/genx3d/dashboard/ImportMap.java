package io.genx3d.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The models page's import map: three.js's add-ons import the bare name {@code three}, which a browser can
 * only resolve through an inline {@code <script type="importmap">}. A strict Content-Security-Policy blocks
 * inline scripts unless it names their hash, so the policy carries the hash of exactly this text, computed
 * here from the text itself so the two cannot drift apart.
 */
final class ImportMap {

    static final String JSON = "{\"imports\":{\"three\":\"/webjars/three/0.181.1/build/three.module.js\","
            + "\"three/addons/\":\"/webjars/three/0.181.1/examples/jsm/\"}}";

    /** SHA-256 of {@link #JSON}, base64, in CSP source syntax ({@code sha256-…}). */
    static final String HASH = "sha256-" + sha256(JSON);

    private ImportMap() {}

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
