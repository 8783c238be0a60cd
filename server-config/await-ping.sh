#!/usr/bin/env bash
# Waits up to two minutes for a deployed genx3D to answer its ping; used by the deploy scripts.
#   server-config/await-ping.sh http://localhost:8080 "where to look if it does not"
set -euo pipefail
base="$1"
for _ in $(seq 1 60); do
  if curl -fsS "$base/api/v1/ping" >/dev/null 2>&1; then
    echo "genx3D is serving on $base/"
    exit 0
  fi
  sleep 2
done
echo "genx3D did not answer on $base; see $2" >&2
exit 1
