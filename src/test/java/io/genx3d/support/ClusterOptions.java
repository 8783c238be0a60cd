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

    /**
     * As {@link #onLoopback}, but the member tells the others to reach it at 127.0.0.1:{@code publicPort} (a
     * {@link CuttableLink} to {@code gridPort}); {@code members} then lists the links' ports.
     */
    public static String[] onLoopbackBehind(String members, int gridPort, int publicPort, String clusterName) {
        String[] options = onLoopback(members, gridPort, clusterName);
        String[] behind = java.util.Arrays.copyOf(options, options.length + 2);
        behind[options.length] = "--hzpublicaddress";
        behind[options.length + 1] = "127.0.0.1:" + publicPort;
        return behind;
    }
}
