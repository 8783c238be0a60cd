#!/usr/bin/env bash
# Starts one node of a genx3D cluster from environment variables, for containers and service managers. The same as
# passing Payara Micro's options to java -jar (docs/operations.md, "Run a cluster"):
#
#   GENX3D_CLUSTER_MEMBERS    host:port list of the members, e.g. 10.0.0.11:5900,10.0.0.12:5900 (TCP/IP discovery)
#   GENX3D_CLUSTER_MODE       instead of the list, any Payara Micro --clustermode value:
#                             tcpip:HOST:PORT,…  |  dns:HOST:PORT,…  |  kubernetes:NAMESPACE:SERVICE  |  multicast:…
#   GENX3D_CLUSTER_NAME       the cluster's name; nodes join only a cluster of their name (required)
#   GENX3D_CLUSTER_INTERFACE  the address the data grid binds, reachable by the other members only (127.0.0.1)
#   GENX3D_CLUSTER_PORT       the data grid's port (5900)
#   GENX3D_HTTP_PORT          the HTTP port (8080)
#   JAVA_OPTS                 JVM options
# plus the usual GENX3D_DB_*, GENX3D_KEYS_PEPPER and GENX3D_AUDIT_CHAIN_KEY, which must be the same on every node.
#
# Usage: server-config/cluster/run-node.sh [path/to/genx3d.jar]
set -euo pipefail

jar="${1:-target/genx3d.jar}"
: "${GENX3D_CLUSTER_NAME:?set GENX3D_CLUSTER_NAME: nodes join only a cluster of their own name}"
if [[ -n "${GENX3D_CLUSTER_MODE:-}" ]]; then
  mode="$GENX3D_CLUSTER_MODE"
elif [[ -n "${GENX3D_CLUSTER_MEMBERS:-}" ]]; then
  mode="tcpip:${GENX3D_CLUSTER_MEMBERS}"
else
  echo "set GENX3D_CLUSTER_MEMBERS (host:port,…) or GENX3D_CLUSTER_MODE" >&2
  exit 2
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -jar "$jar" \
  --port "${GENX3D_HTTP_PORT:-8080}" \
  --clustermode "$mode" \
  --interfaces "${GENX3D_CLUSTER_INTERFACE:-127.0.0.1}" \
  --startport "${GENX3D_CLUSTER_PORT:-5900}" \
  --clustername "$GENX3D_CLUSTER_NAME"
