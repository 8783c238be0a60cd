package io.genx3d.audit;

import io.genx3d.storage.DataDirectory;
import io.genx3d.storage.ServerSecret;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit chain key ({@code genx3d.audit.chain-key}): the secret every audit event's MAC is made under. It is kept
 * out of the database on purpose — the application's database role owns the audit table and can switch its trigger
 * off, so only a secret that role never sees makes a rewritten chain detectable. Configured and generated exactly as
 * the pepper is ({@link ServerSecret}: set it, the same on every node, in production; the embedded default generates
 * it into the data directory), and rotated the same way: a new key with the next
 * {@code genx3d.audit.chain-key-version}, the old one as {@code genx3d.audit.previous-chain-key} (see
 * docs/operations.md).
 */
@ApplicationScoped
public class AuditChainKey {

    static final ServerSecret.Names NAMES = new ServerSecret.Names(
            "genx3d.audit.chain-key",
            "genx3d.audit.chain-key-version",
            "genx3d.audit.previous-chain-key",
            "audit-chain-key");

    @Inject
    @ConfigProperty(name = "genx3d.audit.chain-key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "genx3d.audit.chain-key-version", defaultValue = "1")
    int version;

    @Inject
    @ConfigProperty(name = "genx3d.audit.previous-chain-key")
    Optional<String> previousSetting;

    @Inject
    DataDirectory dataDirectory;

    private ChainKeys keys;
    private boolean generatedNow;

    @PostConstruct
    void init() {
        ServerSecret secret = ServerSecret.resolve(dataDirectory.path(), NAMES, configured, version, previousSetting);
        keys = new ChainKeys(secret.version(), secret.bytes(), secret.previous().orElse(null));
        generatedNow = secret.generatedNow();
    }

    ChainKeys keys() {
        return keys;
    }

    /**
     * True when this start generated the key: the data directory had none, so no event can have been MACed under it
     * and every event without a MAC was sealed before this installation's chain was keyed.
     */
    boolean generatedNow() {
        return generatedNow;
    }
}
