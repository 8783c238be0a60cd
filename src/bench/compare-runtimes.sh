#!/usr/bin/env bash
# Issue 28's before/after table, in one run on one machine: a runnable jar of the Payara 6 line on Java 17 (BEFORE)
# against this build's Payara 7 jar on the newest JDK (AFTER), and AFTER again with virtual threads serving requests.
#   src/bench/compare-runtimes.sh /path/to/genx3d-payara6.jar [/path/to/java17]
# Needs wrk (apt-get install -y wrk) and PostgreSQL's binaries; prints figures, asserts nothing. About 35 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
before_jar="$(realpath "$1")"
java17="${2:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
. server-config/use-java21.sh
after_jar="$(realpath target/genx3d.jar)"
java_new="$JAVA_HOME/bin/java"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
. src/bench/keyed-load-profile.sh
bench() { java -cp "$cp" "$@"; }
# Virtual threads for the HTTP listener's pool: the jar's own pre-boot commands plus one line.
vt="$(mktemp --suffix=.asadmin)"
cat server-config/pre-boot-commands.asadmin > "$vt"
echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.classname=org.glassfish.grizzly.threadpool.VirtualThreadExecutorService" >> "$vt"
warmup="${BENCH_WARMUP:-60}" rounds="${BENCH_ROUNDS:-3}"

parts="${BENCH_PARTS:-startup ratio cluster realm}"
if [[ " $parts " == *" startup "* ]]; then
  echo "== start-up and resident memory"
  bench -Dbench.jars="$before_jar@$java17,$after_jar@$java_new" io.genx3d.bench.StartupBenchmark || echo "(failed)"
fi

for side in $([[ " $parts " == *" ratio "* ]] && echo ${BENCH_SIDES:-before after after-virtual-threads}); do
  case "$side" in
    before) jar=$before_jar java=$java17 options="" ;;
    after) jar=$after_jar java=$java_new options="" ;;
    after-virtual-threads) jar=$after_jar java=$java_new options="--prebootcommandfile $vt" ;;
  esac
  echo "== keyed/open ratio: $side ($jar on $java $options)"
  bench -Dapp.jar="$jar" -Dapp.java="$java" -Dapp.options="$options" -Dbench.first-only=true \
    -Dbench.warmup="$warmup" -Dbench.rounds="$rounds" io.genx3d.bench.RateLimitedThroughputBenchmark || echo "(failed)"
done

for side in $([[ " $parts " == *" cluster "* ]] && echo before after); do
  case "$side" in
    before) jar=$before_jar java=$java17 ;;
    after) jar=$after_jar java=$java_new ;;
  esac
  echo "== cluster: $side"
  bench -Dapp.jar="$jar" -Dapp.java="$java" -Dbench.warm-up-seconds="$warmup" io.genx3d.bench.ClusterBenchmark || echo "(failed)"
done

# Whether the security container still takes Realm's static locks on every authenticated request: a JFR profile
# (jdk.JavaMonitorEnter: threads that waited 10 ms or more for a lock) of 30 s of keyed load after 60 s of warm-up.
realm_lock() {
  local jar=$1 java=$2 jfr
  jfr="$(mktemp --suffix=.jfr)"
  profile_keyed_load "$jar" "$java" 18480 "$jfr" GENX3D_RATELIMIT_DEFAULT=1000000
  local all realm
  all="$("$JAVA_HOME/bin/jfr" summary "$jfr" | awk '$1 == "jdk.JavaMonitorEnter" {print $2}')"
  realm="$("$JAVA_HOME/bin/jfr" print --events jdk.JavaMonitorEnter --stack-depth 200 "$jfr" | grep -c 'auth.realm.Realm\.' || true)"
  echo "JFR monitor waits over 30 s of keyed load: ${all:-0} in all; frames in Realm's static synchronized methods: $realm"
  rm -f "$jfr"
}
if [[ " $parts " == *" realm "* ]]; then
echo "== realm lock: before"
realm_lock "$before_jar" "$java17" || echo "(failed)"
echo "== realm lock: after"
realm_lock "$after_jar" "$java_new" || echo "(failed)"
fi
