#!/usr/bin/env bash
# Issue 30's request-log figures: RequestLogPagingBenchmark (a million entries on H2 and on PostgreSQL: pages, filters,
# pruning), then, when a jar of main from before the request logs is given, the keyed/open throughput ratio of that jar
# and of this build's (RateLimitedThroughputBenchmark, one after the other on this machine; needs wrk).
#   src/bench/request-logs.sh [/path/to/genx3d-before.jar]
# Prints figures, asserts nothing. About 5 minutes without a jar, 25 with one.
set -euo pipefail
cd "$(dirname "$0")/../.."
. server-config/use-java21.sh
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
# A copy of the compiled classes: a build during the run must not change them under it.
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/bench-classes/main && cp -r target/test-classes target/bench-classes/test
cp="target/bench-classes/test:target/bench-classes/main:$(cat target/bench-cp.txt)"
echo "== request logs: a million entries"
java -cp "$cp" -Xmx2g io.genx3d.requestlogs.RequestLogPagingBenchmark
if [ $# -gt 0 ]; then
  warmup="${BENCH_WARMUP:-90}"
  for jar in "$(realpath "$1")" "$(realpath target/genx3d.jar)"; do
    echo "== keyed/open ratio at 8/64: $jar"
    java -cp "$cp" -Dapp.jar="$jar" -Dbench.first-only=true -Dbench.connections=8,64 -Dbench.warmup="$warmup" \
      io.genx3d.bench.RateLimitedThroughputBenchmark
  done
fi
