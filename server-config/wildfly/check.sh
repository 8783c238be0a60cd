#!/usr/bin/env bash
# The seed's flow on WildFly, start to finish: deploy.sh on a WildFly directory, smoke-test.sh against it, and the
# server shut down afterwards whatever happened. Used by `mvn -Pwildfly verify -DskipTests` (see pom.xml), which
# unpacks org.wildfly:wildfly-dist from Maven Central and sets the variables deploy.sh reads.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
offset="${WILDFLY_PORT_OFFSET:-0}"
# Without database settings, a PostgreSQL of its own (never the machine's), removed afterwards.
pg_dir=""
if [ -z "${GENX3D_DB_URL:-}" ]; then
  pg_dir="$(mktemp -u /tmp/genx3d-wildfly-pg.XXXXXX)"
  pg_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$here/../postgresql/owned-cluster.sh" start "$pg_dir" "$pg_port"
  export GENX3D_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/genx3d" GENX3D_DB_USER=genx3d GENX3D_DB_PASSWORD=genx3d
fi
stop() {
  "$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$((9990 + offset))" --command=':shutdown' \
    >/dev/null 2>&1 || true
  if [ -n "$pg_dir" ]; then
    "$here/../postgresql/owned-cluster.sh" stop "$pg_dir" || true
    rm -rf "$pg_dir"
  fi
}
trap stop EXIT
if ! "$here/deploy.sh" "$@"; then
  tail -n 60 "$WILDFLY_HOME/standalone/log/server.log" >&2 || true
  exit 1
fi
"$here/../smoke-test.sh" "http://localhost:$((8080 + offset))"
curl -fsS "http://localhost:$((9990 + offset))/health/ready" | grep -q '"status":"UP"' \
  || { echo "FAIL: WildFly's readiness is not UP" >&2; curl -sS "http://localhost:$((9990 + offset))/health/ready" >&2; exit 1; }
echo "WildFly: readiness UP"
