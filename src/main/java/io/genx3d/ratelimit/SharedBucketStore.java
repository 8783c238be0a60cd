package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import io.genx3d.storage.ClusterGrid;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The store every limit uses: the cluster's data grid when this node shares state through it ({@link ClusterGrid}),
 * else this node's memory. Chosen once, at start-up.
 */
@ApplicationScoped
public class SharedBucketStore implements BucketStore {

    @Inject
    LocalBucketStore local;

    @Inject
    ClusterGrid cluster;

    @Inject
    Caches caches;

    private BucketStore selected;

    @PostConstruct
    void select() {
        // No method reference here: linking one would load GridBucketStore, and with it Hazelcast, on any server.
        Optional<Object> grid = cluster.shared();
        selected = grid.isPresent() ? GridBucketStore.on(grid.get(), caches) : local;
    }

    /** Observing start-up creates the bean then, so the store is chosen (and logged) before the first request. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {}

    @Override
    public Bucket bucket(String id, BucketConfiguration configuration) {
        return selected.bucket(id, configuration);
    }
}
