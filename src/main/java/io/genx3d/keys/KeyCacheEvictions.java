package io.genx3d.keys;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.genx3d.storage.GridObjects;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Carries an eviction from the node where a key or an account changed to every node's own cache of verified keys,
 * and waits until each has done it: the change is answered only then, so the next request on any node reads the
 * database. A node that does not answer within the timeout ({@code genx3d.cluster.eviction-timeout}) is named in the
 * log; it is either gone or cut off, and a node cut off stops trusting its cache as soon as it notices
 * ({@code storage.ClusterMembership}).
 * <p>
 * Created only once a grid was found: on servers without Hazelcast (WildFly) this class is never loaded.
 */
final class KeyCacheEvictions {

    static final String EXECUTOR = "genx3d-key-cache-evictions";
    private static final Logger LOG = Logger.getLogger(KeyCacheEvictions.class.getName());

    private final IExecutorService members;
    private final Duration timeout;

    private KeyCacheEvictions(IExecutorService members, Duration timeout) {
        this.members = members;
        this.timeout = timeout;
    }

    static KeyCacheEvictions on(Object shared, Duration timeout) {
        HazelcastInstance grid = (HazelcastInstance) shared;
        return new KeyCacheEvictions(
                GridObjects.outsideTheApplication(() -> grid.getExecutorService(EXECUTOR)), timeout);
    }

    /** Runs the eviction on every member, this one included, and returns once all have (or the timeout passed). */
    void everywhere(EvictVerifiedKeys eviction) {
        Map<Member, Future<Boolean>> done = members.submitToAllMembers(eviction);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Map.Entry<Member, Future<Boolean>> member : done.entrySet()) {
            try {
                member.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException notDone) {
                LOG.warning(() -> "Grid member " + member.getKey().getAddress() + " did not confirm evicting "
                        + eviction + " from its cache of verified keys: " + notDone);
            }
        }
    }
}
