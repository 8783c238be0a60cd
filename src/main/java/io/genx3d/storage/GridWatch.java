package io.genx3d.storage;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;

/**
 * Hazelcast's side of {@link ClusterMembership}: the member count, and a call whenever members come or go or this
 * member merges back after a split. Only loaded once a grid was found, like {@link GridJoin}.
 */
final class GridWatch {

    private GridWatch() {}

    static int members(Object grid) {
        return ((HazelcastInstance) grid).getCluster().getMembers().size();
    }

    static void onChange(Object grid, Runnable changed) {
        HazelcastInstance hazelcast = (HazelcastInstance) grid;
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                changed.run();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                changed.run();
            }
        });
        hazelcast.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.MERGING
                    || event.getState() == LifecycleEvent.LifecycleState.MERGED) {
                changed.run();
            }
        });
    }
}
