#!/usr/bin/env bash
# Deploys target/genx3d.war on a Payara Server 6 domain with PostgreSQL, then checks it answers.
#   PAYARA_HOME=/opt/payara6 GENX3D_DB_URL=jdbc:postgresql://localhost:5432/genx3d \
#   GENX3D_DB_USER=genx3d GENX3D_DB_PASSWORD=genx3d GENX3D_KEYS_PEPPER=<32+ chars> GENX3D_AUDIT_CHAIN_KEY=<32+ chars> \
#   server-config/payara-server/deploy.sh [target/genx3d.war]
# The settings become JVM options of the domain (MicroProfile Config reads them as system properties); the
# WAR carries the PostgreSQL driver and its own datasource, so the server needs no JDBC resource of its own.
# To use one the domain already has instead (asadmin create-jdbc-resource), set GENX3D_DB_JNDI_NAME=jdbc/<name>
# and leave GENX3D_DB_URL out.
set -euo pipefail
war="$(realpath "${1:-target/genx3d.war}")"
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server 6 directory}"
domain="${PAYARA_DOMAIN:-domain1}"
asadmin="$PAYARA_HOME/bin/asadmin"
http_port="${PAYARA_HTTP_PORT:-8080}"

"$asadmin" start-domain "$domain" >/dev/null 2>&1 || true   # already running is fine

set_option() {  # replace a -Dname=value JVM option of the domain
  local name="$1" value="$2"
  "$asadmin" delete-jvm-options "-D${name}=*" >/dev/null 2>&1 || true
  # asadmin treats ':' as a separator inside option values, so it is escaped
  "$asadmin" create-jvm-options "-D${name}=${value//:/\\:}" >/dev/null
}
if [ -n "${GENX3D_DB_JNDI_NAME:-}" ]; then
  set_option genx3d.db.jndi-name "$GENX3D_DB_JNDI_NAME"
else
  "$asadmin" delete-jvm-options "-Dgenx3d.db.jndi-name=*" >/dev/null 2>&1 || true
  set_option genx3d.db.url "${GENX3D_DB_URL:?set GENX3D_DB_URL or GENX3D_DB_JNDI_NAME}"
  set_option genx3d.db.user "${GENX3D_DB_USER:-genx3d}"
  set_option genx3d.db.password "${GENX3D_DB_PASSWORD:?}"
fi
[ -n "${GENX3D_KEYS_PEPPER:-}" ] && set_option genx3d.keys.pepper "$GENX3D_KEYS_PEPPER"
[ -n "${GENX3D_AUDIT_CHAIN_KEY:-}" ] && set_option genx3d.audit.chain-key "$GENX3D_AUDIT_CHAIN_KEY"
[ -n "${GENX3D_ADMIN_EMAILS:-}" ] && set_option genx3d.admin.emails "$GENX3D_ADMIN_EMAILS"
set_option genx3d.data-dir "${GENX3D_DATA_DIR:-$PAYARA_HOME/glassfish/domains/$domain/genx3d-data}"
# GET and DELETE requests that carry a body are answered by the application, not refused by the HTTP parser
"$asadmin" set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.allow-payload-for-undefined-http-methods=true >/dev/null
"$asadmin" restart-domain "$domain" >/dev/null

"$asadmin" deploy --force=true --name genx3d --contextroot / "$war"

"$(dirname "$0")/../await-ping.sh" "http://localhost:${http_port}" "$PAYARA_HOME/glassfish/domains/$domain/logs/server.log"
echo "Readiness: http://localhost:${http_port}/health/ready"
