#!/usr/bin/env bash
# A JFR profile of the keyed GET /api/v1/scopes on one jar (issue 29): 60 s of warm-up, then 30 s profiled at 32
# connections; prints the share of samples whose innermost genx3D frame is each method. Needs wrk.
#   src/bench/profile-keyed-path.sh target/genx3d.jar [on|off: the data grid]
set -uo pipefail
jar="$(realpath "$1")" grid=${2:-off}
cd "$(dirname "$0")/../.."
. server-config/use-java21.sh >/dev/null
dir="$(mktemp -d)" port=18490
(cd "$dir" && GENX3D_CLUSTER_GRID=$grid GENX3D_RATELIMIT_DEFAULT=100000000 exec java -Xmx512m -jar "$jar" --port "$port" >"$dir/server.log" 2>&1) &
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/scopes" && break; sleep 1; done
pid="$(pgrep -f -- "$jar --port $port" | head -n 1)"
key="$(python3 - "$port" <<'PY'
import json, sys, urllib.request, http.cookiejar, random
base = f"http://127.0.0.1:{sys.argv[1]}/api/v1"
jar = http.cookiejar.CookieJar(); op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
email = f"bench{random.randrange(10**9)}@example.com"; pw = "correct horse battery staple"
def post(path, body, headers={}):
    r = urllib.request.Request(base + path, json.dumps(body).encode(), {"Content-Type": "application/json", **headers})
    return json.load(op.open(r))
post("/accounts", {"email": email, "password": pw, "name": "bench"})
csrf = post("/sessions", {"email": email, "password": pw})["csrf_token"]
print(post("/keys", {"name": "jfr"}, {"X-CSRF-Token": csrf})["key"])
PY
)"
wrk -t2 -c32 -d60s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/scopes" >/dev/null
jfr="$dir/p.jfr"
jcmd "$pid" JFR.start name=p settings=profile filename="$jfr" >/dev/null
wrk -t2 -c32 -d30s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/scopes" | grep -E "Requests/sec"
jcmd "$pid" JFR.stop name=p >/dev/null
kill "$pid"; wait 2>/dev/null
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
