package io.genx3d.keys;

import io.genx3d.storage.DataDirectory;
import io.genx3d.storage.ServerSecret;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server secret that keys and session tokens are hashed under ({@code genx3d.keys.pepper}). Production
 * sets it from a secret store; the embedded default creates one on first start and keeps it, readable by the
 * owner only, in the data directory, so that keys stay valid across restarts without any setup
 * ({@link ServerSecret}, which the audit chain key shares).
 * <p>
 * It can be rotated without invalidating keys: the new pepper gets the next {@code genx3d.keys.pepper-version}
 * and the old one moves to {@code genx3d.keys.previous-pepper}; keys still hashed under the old one are re-hashed
 * on their next use (see docs/operations.md).
 */
@ApplicationScoped
public class Pepper {

    static final ServerSecret.Names NAMES = new ServerSecret.Names(
            "genx3d.keys.pepper", "genx3d.keys.pepper-version", "genx3d.keys.previous-pepper", "pepper");

    @Inject
    @ConfigProperty(name = "genx3d.keys.pepper")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "genx3d.keys.pepper-version", defaultValue = "1")
    int version;

    @Inject
    @ConfigProperty(name = "genx3d.keys.previous-pepper")
    Optional<String> previousSetting;

    @Inject
    DataDirectory dataDirectory;

    private ServerSecret secret;

    @PostConstruct
    void init() {
        secret = ServerSecret.resolve(dataDirectory.path(), NAMES, configured, version, previousSetting);
    }

    byte[] bytes() {
        return secret.bytes();
    }

    int version() {
        return secret.version();
    }

    /** The pepper of version {@code version() - 1}, during a rotation. */
    Optional<byte[]> previous() {
        return secret.previous();
    }
}
