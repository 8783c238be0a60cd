package io.genx3d.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store every limit uses, chosen once at start-up ({@code genx3d.ratelimit.store}): {@code local} (this node's
 * memory), {@code grid} (Payara's data grid, shared by the cluster) or {@code auto} (the default: the grid when this
 * node was started with cluster options, else local memory, which is faster and all a lone node needs).
 */
@ApplicationScoped
public class SelectedBucketStore implements BucketStore {

    /** Where Payara binds its Hazelcast instance. */
    static final String GRID_JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(SelectedBucketStore.class.getName());

    @Inject
    LocalBucketStore local;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.store", defaultValue = "auto")
    String configured;

    private BucketStore selected;

    @PostConstruct
    void select() {
        String choice = configured.strip().toLowerCase(Locale.ROOT);
        Object grid = choice.equals("local") ? null : lookUpGrid();
        if (choice.equals("grid") && grid == null) {
            throw new IllegalStateException(
                    "genx3d.ratelimit.store=grid, but there is no data grid at " + GRID_JNDI_NAME);
        }
        boolean useGrid = grid != null && (choice.equals("grid") || GridBucketStore.clusterConfigured(grid));
        selected = useGrid ? GridBucketStore.on(grid) : local;
        LOG.info(() -> "Rate-limit buckets: "
                + (useGrid ? "in the data grid, shared by the cluster" : "in this node's memory"));
    }

    /** Chosen (and said in the log) at start-up, not at the first request. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        LOG.fine(() -> "Rate-limit store ready: " + selected.getClass().getSimpleName());
    }

    @Override
    public Bucket bucket(String id, BucketConfiguration configuration) {
        return selected.bucket(id, configuration);
    }

    private static Object lookUpGrid() {
        try {
            return new InitialContext().lookup(GRID_JNDI_NAME);
        } catch (NamingException | RuntimeException notPayara) {
            return null;
        }
    }
}
