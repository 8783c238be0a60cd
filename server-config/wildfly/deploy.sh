#!/usr/bin/env bash
# Deploys target/genx3d.war on WildFly (39, standalone-microprofile.xml) with a PostgreSQL datasource, then waits
# until it answers.
#   WILDFLY_HOME=/opt/wildfly GENX3D_DB_URL=jdbc:postgresql://localhost:5432/genx3d GENX3D_DB_USER=genx3d \
#   GENX3D_DB_PASSWORD=genx3d GENX3D_KEYS_PEPPER=<32+ chars> GENX3D_AUDIT_CHAIN_KEY=<32+ chars> \
#   server-config/wildfly/deploy.sh [target/genx3d.war]
# or, with a datasource WildFly already has: GENX3D_DB_JNDI_NAME=java:jboss/datasources/<name> instead of GENX3D_DB_*.
# ECLIPSELINK_JAR names the jar it installs; without it Maven fetches it from Maven Central.
#
# What WildFly needs that Payara has built in:
#  - EclipseLink: WildFly ships Hibernate; genx3D's persistence unit names EclipseLink, which WildFly runs once its
#    jar is in the org.eclipse.persistence module (next to WildFly's own integration jar).
#  - integrated-jaspi=false: the WAR's own Jakarta Security mechanism decides, not an Elytron security domain.
#  - The WAR's datasource (PostgreSQL driver inside) is pointed at the database by system properties; WildFly's
#    annotation property replacement is turned off so the definition reaches genx3D as written.
# The settings become system properties (MicroProfile Config reads them); genx3D is deployed at /.
set -euo pipefail
war="$(realpath "${1:-target/genx3d.war}")"
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly directory}"
[ -n "${GENX3D_DB_JNDI_NAME:-}" ] || : "${GENX3D_DB_URL:?set GENX3D_DB_URL (PostgreSQL) or GENX3D_DB_JNDI_NAME}"
offset="${WILDFLY_PORT_OFFSET:-0}"   # moves every port, as WildFly's jboss.socket.binding.port-offset does
http_port=$((8080 + offset))
management="localhost:$((9990 + offset))"
eclipselink_version=4.0.7   # the one Payara 6 ships; 5.0 needs Jakarta Persistence 4, newer than WildFly 39's 3.2
cli() { "$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="$management" "$@"; }
fetch() {  # fetch groupId:artifactId:version from Maven Central, print the jar's path
  local dir; dir="$(mktemp -d)"
  mvn -q dependency:copy -Dartifact="$1" -DoutputDirectory="$dir" >&2
  ls "$dir"/*.jar
}

# 1. EclipseLink in WildFly's module (once)
module_dir="$WILDFLY_HOME/modules/system/layers/base/org/eclipse/persistence/main"
if ! grep -q 'path="eclipselink.jar"' "$module_dir/module.xml"; then
  jar="${ECLIPSELINK_JAR:-$(fetch "org.eclipse.persistence:eclipselink:$eclipselink_version")}"
  cp "$jar" "$module_dir/eclipselink.jar"
  # EclipseLink also needs JDK modules WildFly's integration jar alone does not
  sed -i -e 's|<resource-root path="jipijapa-eclipselink[^"]*"/>|&\n        <resource-root path="eclipselink.jar"/>|' \
    -e 's|<module name="java.logging"/>|&\n        <module name="java.rmi"/>\n        <module name="java.sql"/>\n        <module name="java.xml"/>\n        <module name="java.desktop"/>\n        <module name="jdk.unsupported"/>|' \
    "$module_dir/module.xml"
fi

# 2. The server, unless it is running already
if ! cli --command=':read-attribute(name=server-state)' >/dev/null 2>&1; then
  nohup "$WILDFLY_HOME/bin/standalone.sh" -c standalone-microprofile.xml -Djboss.socket.binding.port-offset="$offset" \
    > "$WILDFLY_HOME/standalone/genx3d-console.log" 2>&1 &
  for _ in $(seq 1 60); do
    cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running && break
    sleep 2
  done
fi

# 3. Security and settings
cli --command='/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false)'
# The WAR's datasource definition carries ${MPCONFIG=...} values (Payara's notation); WildFly must hand them over as
# written (genx3D resolves them itself) rather than read them as its own ${property} expressions.
cli --command='/subsystem=ee:write-attribute(name=annotation-property-replacement,value=false)'
set_property() {  # a system property MicroProfile Config reads, e.g. genx3d.keys.pepper
  cli --command="/system-property=$1:remove" >/dev/null 2>&1 || true
  cli --command="/system-property=$1:add(value=\"$2\")" >/dev/null
}
# Unless GENX3D_DB_JNDI_NAME names one of WildFly's datasources, genx3D uses its own (java:app/jdbc/genx3d, the
# PostgreSQL driver inside the WAR), pointed at the database by these settings.
# The database settings are replaced as a whole, so none is left over from an earlier deployment.
for name in genx3d.db.jndi-name genx3d.db.url genx3d.db.user genx3d.db.password genx3d.db.schema; do
  cli --command="/system-property=$name:remove" >/dev/null 2>&1 || true
done
if [ -n "${GENX3D_DB_JNDI_NAME:-}" ]; then   # a datasource of WildFly's, e.g. java:jboss/datasources/genx3d
  set_property genx3d.db.jndi-name "$GENX3D_DB_JNDI_NAME"
else
  set_property genx3d.db.url "$GENX3D_DB_URL"
  set_property genx3d.db.user "${GENX3D_DB_USER:-genx3d}"
  set_property genx3d.db.password "${GENX3D_DB_PASSWORD:?}"
fi
set_property genx3d.data-dir "${GENX3D_DATA_DIR:-$WILDFLY_HOME/standalone/data/genx3d}"
[ -n "${GENX3D_DB_SCHEMA:-}" ] && set_property genx3d.db.schema "$GENX3D_DB_SCHEMA"
[ -n "${GENX3D_KEYS_PEPPER:-}" ] && set_property genx3d.keys.pepper "$GENX3D_KEYS_PEPPER"
[ -n "${GENX3D_AUDIT_CHAIN_KEY:-}" ] && set_property genx3d.audit.chain-key "$GENX3D_AUDIT_CHAIN_KEY"
[ -n "${GENX3D_ADMIN_EMAILS:-}" ] && set_property genx3d.admin.emails "$GENX3D_ADMIN_EMAILS"
cli --command=':reload'
for _ in $(seq 1 60); do
  cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running && break
  sleep 2
done

# 4. The WAR, at /. WildFly checks a persistence unit's <jta-data-source> before the deployment's own datasource
# definition (storage/Database) is bound, and refuses the deployment; in the copy deployed here the same name moves to
# EclipseLink's properties, which EclipseLink looks up when it first connects. Nothing else differs from Payara's WAR.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$war" "$work/ROOT.war"
unit=WEB-INF/classes/META-INF/persistence.xml
(cd "$work" && jar xf ROOT.war "$unit")
datasource_name="$(sed -n 's|.*<jta-data-source>\([^<]*\)</jta-data-source>.*|\1|p' "$work/$unit")"
sed -i -e '/<jta-data-source>/d' -e "s|<properties>|<properties>\n\
            <property name=\"jakarta.persistence.jtaDataSource\" value=\"$datasource_name\"/>\n\
            <property name=\"jakarta.persistence.nonJtaDataSource\" value=\"$datasource_name\"/>|" "$work/$unit"
(cd "$work" && jar uf ROOT.war "$unit")
cli --command="deploy $work/ROOT.war --name=ROOT.war --runtime-name=ROOT.war --force"
"$(dirname "$0")/../await-ping.sh" "http://localhost:${http_port}" "$WILDFLY_HOME/standalone/log/server.log"
echo "Health: http://${management}/health"
