package io.genx3d.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether state that must be the same on every node (rate-limit buckets, verified keys) lives in Payara's data grid
 * ({@code genx3d.cluster.grid}): {@code auto} (the default) uses the grid when this node was started with cluster
 * options and this node's memory otherwise, which is faster and all a lone node needs; {@code on} requires the grid;
 * {@code off} never uses it. The grid is handed out as an {@code Object} (a Hazelcast instance) so that nothing here
 * needs Hazelcast's classes, which servers other than Payara do not have.
 */
@ApplicationScoped
public class ClusterGrid {

    /** Where Payara binds its Hazelcast instance. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(ClusterGrid.class.getName());

    @Inject
    @ConfigProperty(name = "genx3d.cluster.grid", defaultValue = "auto")
    String configured;

    private Object shared;

    @PostConstruct
    void decide() {
        String choice = configured.strip().toLowerCase(Locale.ROOT);
        Object grid = choice.equals("off") ? null : lookUp();
        if (choice.equals("on") && grid == null) {
            throw new IllegalStateException("genx3d.cluster.grid=on, but there is no data grid at " + JNDI_NAME);
        }
        shared = grid != null && (choice.equals("on") || GridJoin.clusterConfigured(grid)) ? grid : null;
        LOG.info(() -> shared == null
                ? "Cluster state (rate limits, verified keys): in this node's memory"
                : "Cluster state (rate limits, verified keys): in the data grid, shared by the cluster");
    }

    /** The data grid (a {@code com.hazelcast.core.HazelcastInstance}) when this node shares state through it. */
    public Optional<Object> shared() {
        return Optional.ofNullable(shared);
    }

    private static Object lookUp() {
        try {
            return new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | RuntimeException notPayara) {
            return null;
        }
    }
}
