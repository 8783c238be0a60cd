package io.genx3d.storage;

import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;

/**
 * How this node was told to find others. Only loaded once a Hazelcast instance was found ({@link ClusterGrid}).
 */
final class GridJoin {

    /** The member list the runnable jar is built with: a port nothing listens on, so a lone node finds no one. */
    static final String STANDALONE_MEMBER = "127.0.0.1:1";

    private GridJoin() {}

    /** True for any discovery but the jar's standalone default (TCP/IP members, multicast, DNS, Kubernetes). */
    static boolean clusterConfigured(Object grid) {
        JoinConfig join =
                ((HazelcastInstance) grid).getConfig().getNetworkConfig().getJoin();
        if (join.getMulticastConfig().isEnabled() || join.getDiscoveryConfig().isEnabled()) {
            return true;
        }
        return join.getTcpIpConfig().isEnabled()
                && !join.getTcpIpConfig().getMembers().equals(List.of(STANDALONE_MEMBER));
    }
}
