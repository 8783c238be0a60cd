package io.genx3d.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node serving the database, as it last said so. */
@Entity
@Table(name = "server_nodes")
@NamedQuery(name = "ServerNode.live", query = "SELECT n FROM ServerNode n WHERE n.heartbeatAt >= :since")
@NamedQuery(
        name = "ServerNode.liveClustered",
        query = "SELECT COUNT(n) FROM ServerNode n WHERE n.heartbeatAt >= :since AND n.clustered = true")
@NamedQuery(
        name = "ServerNode.forgetGoneOrPrevious",
        query = "DELETE FROM ServerNode n WHERE n.heartbeatAt < :since OR n.identity = :identity")
@NamedQuery(name = "ServerNode.beat", query = "UPDATE ServerNode n SET n.heartbeatAt = :now WHERE n.id = :id")
public class ServerNode {

    @Id
    @Column(length = 40)
    private String id;

    /** Host and data directory: a node restarted in place replaces its own row instead of meeting it. */
    @Column(nullable = false, length = 600)
    private String identity;

    @Column(nullable = false)
    private boolean clustered;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    protected ServerNode() {}

    ServerNode(String id, String identity, boolean clustered, Instant now) {
        this.id = id;
        this.identity = identity;
        this.clustered = clustered;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    boolean clustered() {
        return clustered;
    }

    String identity() {
        return identity;
    }
}
