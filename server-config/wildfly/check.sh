#!/usr/bin/env bash
# The seed's flow on WildFly, start to finish: deploy.sh on a WildFly directory, smoke-test.sh against it, and the
# server shut down afterwards whatever happened. Used by `mvn -Pwildfly verify -DskipTests` (see pom.xml), which
# unpacks org.wildfly:wildfly-dist from Maven Central and sets the variables deploy.sh reads.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
offset="${WILDFLY_PORT_OFFSET:-0}"
stop() {
  "$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$((9990 + offset))" --command=':shutdown' \
    >/dev/null 2>&1 || true
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
