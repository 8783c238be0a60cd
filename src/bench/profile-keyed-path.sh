#!/usr/bin/env bash
# A JFR profile of the keyed GET /api/v1/scopes on one jar (issue 29): 60 s of warm-up, then 30 s profiled at 32
# connections; prints the share of samples whose innermost genx3D frame is each method. Needs wrk.
#   src/bench/profile-keyed-path.sh target/genx3d.jar [on|off: the data grid]
set -uo pipefail
jar="$(realpath "$1")" grid=${2:-off}
cd "$(dirname "$0")/../.."
. server-config/use-java21.sh >/dev/null
. src/bench/keyed-load-profile.sh
dir="$(mktemp -d)" jfr="$dir/p.jfr"
profile_keyed_load "$jar" java 18490 "$jfr" GENX3D_CLUSTER_GRID="$grid" GENX3D_RATELIMIT_DEFAULT=100000000
"$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 64 "$jfr" > "$dir/samples.txt"
total=$(grep -c "jdk.ExecutionSample" "$dir/samples.txt")
echo "execution samples: $total"
echo "samples with a genx3D frame anywhere on the stack, by the deepest genx3D method:"
python3 - "$dir/samples.txt" <<'PY'
import re, sys, collections
text = open(sys.argv[1]).read()
events = text.split("jdk.ExecutionSample")
ours = collections.Counter(); total = 0; any_ours = 0
for e in events[1:]:
    total += 1
    frames = re.findall(r"^\s+([\w.$<>]+)\(", e, re.M)
    g = [f for f in frames if f.startswith("io.genx3d.")]
    if g:
        any_ours += 1
        ours[g[0]] += 1
print(f"  {any_ours} of {total} samples ({100.0*any_ours/max(total,1):.1f} %)")
for name, n in ours.most_common(12):
    print(f"  {n:6d} {100.0*n/max(total,1):5.1f} %  {name}")
PY
rm -rf "$dir"
