#!/usr/bin/env bash
# A throw-away PostgreSQL server owned by whoever starts it (the test suite, the WildFly check): Debian's binaries
# (apt-get install -y postgresql), a data directory of its own, listening on 127.0.0.1 only, on the port given.
# It never touches the machine's own clusters, so it may be stopped at will (the database-outage test does).
#   owned-cluster.sh start DIR PORT   initialise DIR on first use, start, create database genx3d
#   owned-cluster.sh stop DIR         fast shutdown (connections are cut, as in an outage)
# The superuser is genx3d with password genx3d: jdbc:postgresql://127.0.0.1:PORT/genx3d
# PostgreSQL refuses to run as root, so as root the server runs as the postgres user Debian's package creates.
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL binaries not found: apt-get install -y postgresql" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
sql() {
  PGPASSWORD=genx3d "$bin/psql" -h 127.0.0.1 -p "$1" -U genx3d -d postgres -v ON_ERROR_STOP=1 -qtA -c "$2"
}
create_database() {
  local exists
  exists="$(sql "$1" "SELECT 1 FROM pg_database WHERE datname = 'genx3d'")"
  [ "$exists" = 1 ] || sql "$1" 'CREATE DATABASE genx3d'
}
command="${1:?start DIR PORT | stop DIR}"
dir="${2:?the cluster directory}"
case "$command" in
  start)
    port="${3:?the port to listen on}"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres: "$dir"
      as_owner bash -c "umask 077; echo genx3d > '$dir/password'"
      as_owner "$bin/initdb" -D "$dir/data" -U genx3d --pwfile="$dir/password" --auth=scram-sha-256 \
        -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
      || { tail -n 20 "$dir/postgres.log" >&2; exit 1; }
    create_database "$port"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    ;;
  *)
    echo "unknown command: $command" >&2; exit 2
    ;;
esac
