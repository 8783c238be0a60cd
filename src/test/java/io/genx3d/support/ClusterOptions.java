package io.genx3d.support;

/** Payara Micro's options for one node of a test cluster: the data grid always on loopback, never another address. */
public final class ClusterOptions {

    private ClusterOptions() {}

    /** {@code members} as Payara takes them, e.g. {@code tcpip:127.0.0.1:5910,127.0.0.1:5911}. */
    public static String[] onLoopback(String members, int gridPort, String clusterName) {
        return new String[] {
            "--interfaces",
            "127.0.0.1",
            "--clustermode",
            members,
            "--startport",
            String.valueOf(gridPort),
            "--clustername",
            clusterName
        };
    }
}
