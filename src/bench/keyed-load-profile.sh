# Sourced by the benchmark scripts (compare-runtimes.sh, profile-keyed-path.sh). Needs wrk, curl, python3, the JDK's jcmd.
#   profile_keyed_load <jar> <java> <port> <jfr file> [VAR=value ...]
# Starts the jar (-Xmx512m) with those settings in a directory of its own, signs up and makes a key, loads the keyed
# GET /api/v1/scopes with wrk (2 threads, 32 connections) for 60 s of warm-up, then 30 s recorded by JFR's profile
# settings into the file (printing wrk's req/s), and stops the server.
profile_keyed_load() {
  local jar=$1 java=$2 port=$3 jfr=$4 dir pid key
  shift 4
  dir="$(mktemp -d)"
  (cd "$dir" && exec env "$@" "$java" -Xmx512m -jar "$jar" --port "$port" >"$dir/server.log" 2>&1) &
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
  jcmd "$pid" JFR.start name=p settings=profile filename="$jfr" >/dev/null
  wrk -t2 -c32 -d30s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/scopes" | grep -E "Requests/sec"
  jcmd "$pid" JFR.stop name=p >/dev/null
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
