package io.genx3d.storage;

import io.genx3d.tokens.RandomTokens;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Refuses to run a second node that would count limits on its own. A node that keeps rate limits in its memory
 * (a lone Payara Micro, any WildFly) starts only if no other node serves the same database, and nodes sharing state
 * through Payara's data grid start only beside each other: otherwise each node would allow a key its whole limit and
 * a revocation would reach only one of them. Nodes say they are alive every 10 s in {@code server_nodes}; one silent
 * for 30 s is gone (a killed node's place is free half a minute later, or at once to the same node restarted in
 * place).
 */
@ApplicationScoped
public class ServerNodes {

    static final Duration BEAT = Duration.ofSeconds(10);
    static final Duration GONE_AFTER = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ServerNodes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusterGrid cluster;

    @Inject
    DataDirectory dataDirectory;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String id = RandomTokens.id("node");
    private volatile boolean joined;
    private volatile int liveClusteredNodes = 1;
    private ScheduledFuture<?> beating;

    /**
     * After the migrations (which create the table). A database that is away at start-up does not stop the server
     * (it serves 503s until the database is back, see Migrations); the node then registers at its first beat. The
     * first registration runs on a managed thread and is waited for: during deployment Payara runs no transaction
     * for {@code @Transactional} calls, and a conflict must fail the deployment, so that the node serves nothing.
     */
    void atStartup(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                    Object applicationStarted,
            ServerNodes self) {
        String identity = identity();
        boolean clustered = cluster.shared().isPresent();
        try {
            scheduler.submit(() -> tryToJoin(self, identity, clustered)).get();
        } catch (java.util.concurrent.ExecutionException failed) {
            throw failed.getCause() instanceof NodeConflict conflict ? conflict : new IllegalStateException(failed);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering this node", stopping);
        }
        beating = scheduler.scheduleAtFixedRate(
                () -> {
                    if (joined) {
                        self.beat(identity, clustered);
                    } else {
                        tryToJoin(self, identity, clustered);
                    }
                },
                BEAT.toMillis(),
                BEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void tryToJoin(ServerNodes self, String identity, boolean clustered) {
        try {
            self.join(identity, clustered);
            joined = true;
        } catch (NodeConflict conflict) {
            throw conflict;
        } catch (RuntimeException databaseAway) {
            LOG.warning(() -> "Could not register this node yet (the database does not answer): " + databaseAway);
        }
    }

    /** Another node serves the database and the two would count limits apart. */
    static final class NodeConflict extends IllegalStateException {
        NodeConflict(String message) {
            super(message);
        }
    }

    @Transactional
    void join(String identity, boolean clustered) {
        Instant now = Instant.now();
        em.createNamedQuery("ServerNode.forgetGoneOrPrevious")
                .setParameter("since", now.minus(GONE_AFTER))
                .setParameter("identity", identity)
                .executeUpdate();
        List<ServerNode> live = em.createNamedQuery("ServerNode.live", ServerNode.class)
                .setParameter("since", now.minus(GONE_AFTER))
                .getResultList();
        boolean conflict = clustered ? live.stream().anyMatch(other -> !other.clustered()) : !live.isEmpty();
        if (conflict) {
            String others = live.stream().map(ServerNode::identity).toList().toString();
            String message = "This node refuses to start: " + others + " already serve"
                    + (live.size() == 1 ? "s" : "") + " this database, and "
                    + (clustered
                            ? "a node that keeps limits in its own memory must be alone"
                            : "a node without Payara's data grid would count every limit again on its own")
                    + ". Start the nodes as one cluster (docs/operations.md, \"Run a cluster\") or give each its own"
                    + " database.";
            LOG.severe(message);
            throw new NodeConflict(message);
        }
        em.persist(new ServerNode(id, identity, clustered, now));
        liveClusteredNodes = (int) live.stream().filter(ServerNode::clustered).count() + (clustered ? 1 : 0);
    }

    @Transactional
    void beat(String identity, boolean clustered) {
        try {
            Instant now = Instant.now();
            int updated = em.createNamedQuery("ServerNode.beat")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .executeUpdate();
            if (updated == 0) {
                // Silent for so long (frozen, cut off from the database) that another node forgot this one.
                em.persist(new ServerNode(id, identity, clustered, now));
            }
            liveClusteredNodes = em.createNamedQuery("ServerNode.liveClustered", Long.class)
                    .setParameter("since", Instant.now().minus(GONE_AFTER))
                    .getSingleResult()
                    .intValue();
        } catch (RuntimeException databaseAway) {
            LOG.fine(() -> "Could not say this node is alive: " + databaseAway);
        }
    }

    /** Clustered nodes (this one included) that said they are alive in the last 30 s, as of the last beat. */
    public int liveClusteredNodes() {
        return liveClusteredNodes;
    }

    @PreDestroy
    void leave() {
        if (beating != null) {
            beating.cancel(false);
        }
    }

    private String identity() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            host = "unknown-host";
        }
        return host + ":" + dataDirectory.path();
    }
}
