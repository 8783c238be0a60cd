#!/usr/bin/env bash
# Issue 29's before/after, in one run on one machine: a jar of main before (BEFORE) against this build's (AFTER).
#   src/bench/compare-grid.sh /path/to/genx3d-before.jar
# GridCostBenchmark (grid on/off on one node, grid operations per keyed request counted by Hazelcast's JMX statistics),
# RateLimitedThroughputBenchmark's keyed/open ratio at 8, 32 and 64 connections, ClusterBenchmark, then a JFR profile
# of AFTER's keyed path. Needs wrk and PostgreSQL's binaries; prints figures, asserts nothing. About 45 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
before="$(realpath "$1")"
. server-config/use-java21.sh
after="$(realpath target/genx3d.jar)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
warmup="${BENCH_WARMUP:-120}"
echo "== grid cost"
java -cp "$cp" -Dbench.jars="$before,$after" -Dbench.warmup="$warmup" io.genx3d.bench.GridCostBenchmark
for jar in "$before" "$after"; do
  echo "== keyed/open ratio at 8/32/64: $jar"
  java -cp "$cp" -Dapp.jar="$jar" -Dbench.first-only=true -Dbench.connections=8,32,64 -Dbench.warmup="$warmup" \
    io.genx3d.bench.RateLimitedThroughputBenchmark
done
for jar in "$before" "$after"; do
  echo "== cluster: $jar"
  java -cp "$cp" -Dapp.jar="$jar" -Dbench.warm-up-seconds=60 io.genx3d.bench.ClusterBenchmark
done
echo "== JFR profile of the keyed path: $after"
src/bench/profile-keyed-path.sh "$after" off
