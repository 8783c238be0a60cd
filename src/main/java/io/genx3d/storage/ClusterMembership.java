package io.genx3d.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Whether the data grid this node sees holds every node serving the database, so that what one node removes from
 * it (a revoked key) is removed for all. The grid's members are Hazelcast's view; the nodes are those that said
 * they are alive in the last 30 s ({@link ServerNodes}). Fewer members than live nodes means a node this one can
 * no longer reach may still be serving: it will not hear this node's invalidations, nor this node its own, so until
 * the grid is whole again caches built on the grid must not be trusted and the database decides. After any change
 * of members (a split healing merges two grids, each with entries the other invalidated) observers of
 * {@link GridMembershipChanged} drop what the grid held before the grid counts as whole again.
 * <p>
 * Published as metrics: {@code genx3d_cluster_grid_members}, {@code genx3d_cluster_live_nodes} and
 * {@code genx3d_cluster_grid_whole} (1 or 0).
 */
@ApplicationScoped
public class ClusterMembership {

    private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

    @Inject
    ClusterGrid cluster;

    @Inject
    ServerNodes nodes;

    @Inject
    Event<GridMembershipChanged> changes;

    @Inject
    Instance<MetricRegistry> registries;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Object grid;

    /** Changes seen, and changes whose observers have run: the grid's old entries are gone when they are equal. */
    private final AtomicLong changesSeen = new AtomicLong();

    private final AtomicLong changesSettled = new AtomicLong();

    @PostConstruct
    void watch() {
        Optional<Object> shared = cluster.shared();
        if (shared.isEmpty()) {
            return;
        }
        grid = shared.get();
        GridWatch.onChange(grid, this::changed);
        if (registries.isResolvable()) {
            MetricRegistry metrics = registries.get();
            metrics.gauge("genx3d_cluster_grid_members", () -> GridWatch.members(grid));
            metrics.gauge("genx3d_cluster_live_nodes", nodes::liveClusteredNodes);
            metrics.gauge("genx3d_cluster_grid_whole", () -> gridIsWhole() ? 1 : 0);
        }
    }

    /** Observing start-up creates the bean then, so it listens before any member comes or goes. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {}

    /** True when this node shares state through a grid that every live node belongs to, with no change pending. */
    public boolean gridIsWhole() {
        return grid != null
                && changesSettled.get() == changesSeen.get()
                && GridWatch.members(grid) >= nodes.liveClusteredNodes();
    }

    private void changed() {
        long change = changesSeen.incrementAndGet();
        LOG.info(() -> "Data grid members changed (" + GridWatch.members(grid) + " now, " + nodes.liveClusteredNodes()
                + " nodes alive): shared caches are not trusted until settled");
        settle(change);
    }

    private void settle(long change) {
        scheduler.execute(() -> {
            try {
                changes.fire(new GridMembershipChanged());
                changesSettled.accumulateAndGet(change, Math::max);
            } catch (RuntimeException gridNotAnswering) {
                LOG.warning(() -> "Could not settle a data grid change yet, again in a second: " + gridNotAnswering);
                scheduler.schedule(() -> settle(change), 1, TimeUnit.SECONDS);
            }
        });
    }
}
