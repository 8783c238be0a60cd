-- The nodes serving this database (issue 14). A node that keeps its limits in its own memory must be the only one;
-- nodes that share them through Payara's data grid may be many. Each node's row is refreshed every 10 s and counts as
-- gone 30 s after its last refresh.
CREATE TABLE server_nodes (
    id            VARCHAR(40)  NOT NULL,
    identity      VARCHAR(600) NOT NULL,
    clustered     BOOLEAN      NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    heartbeat_at  TIMESTAMP    NOT NULL,
    CONSTRAINT server_nodes_pk PRIMARY KEY (id)
);
