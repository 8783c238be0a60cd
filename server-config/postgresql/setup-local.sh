#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 cluster and creates the genx3D role and database (idempotent; run as root).
# The tests' PostgreSQL run (mvn verify) and a local production-like server both use it:
#   GENX3D_DB_URL=jdbc:postgresql://localhost:5432/genx3d GENX3D_DB_USER=genx3d GENX3D_DB_PASSWORD=genx3d
# Install first with: apt-get install -y postgresql
set -euo pipefail
version="${PG_VERSION:-15}"
role="${GENX3D_DB_USER:-genx3d}"
password="${GENX3D_DB_PASSWORD:-genx3d}"
database="${GENX3D_DB_NAME:-genx3d}"

pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q && break
  sleep 1
done

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != "1" ]; then
  psql_admin -c "CREATE ROLE \"$role\" LOGIN PASSWORD '$password'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$role\""
fi
echo "PostgreSQL $version ready: jdbc:postgresql://localhost:5432/$database (user $role)"
