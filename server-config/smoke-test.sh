#!/usr/bin/env bash
# The guide's flow against a deployed genx3D, with curl: sign up, log in, generate a key, chat "Create a cube"
# with it, list models, revoke it, and see the next call refused; before that, the dashboard's files are served, a
# directory is a 404, no redirect is built from Host and a path not in normal form is refused. Exits non-zero at the
# first surprise.
#   server-config/smoke-test.sh http://localhost:8080
set -euo pipefail
base="${1:-http://localhost:8080}"
email="smoke-$(date +%s)-$RANDOM@example.com"
password="correct horse battery staple"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
expect() { [ "$1" = "$2" ] || { echo "FAIL: $3: got $1, expected $2" >&2; exit 1; }; }

code=$(curl -s -o /dev/null -w '%{http_code}' "$base/signup")
expect "$code" 200 "the sign-up page"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/assets/app.css")
expect "$code" 200 "the dashboard's style sheet"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/docs/")
expect "$code" 200 "the API docs"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/assets")
expect "$code" 404 "a directory"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -H 'Host: evil.example' "$base/settings")
case "$location" in *evil.example*) echo "FAIL: /settings redirects to $location" >&2; exit 1 ;; esac
code=$(curl -s -o /dev/null -w '%{http_code}' --path-as-is "$base/health/../metrics/base")
expect "$code" 400 "a path not in normal form"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/api/v1/accounts" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"Smoke Test\"}")
expect "$code" 201 "sign up"
csrf=$(curl -s -c "$jar" -X POST "$base/api/v1/sessions" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" | json '["csrf_token"]')
created=$(curl -s -b "$jar" -X POST "$base/api/v1/keys" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"name":"smoke test","permissions":["models:read","models:write","chat:send"]}')
key=$(echo "$created" | json '["key"]')
key_id=$(echo "$created" | json '["id"]')
case "$key" in sk-*) ;; *) echo "FAIL: key does not start with sk-" >&2; exit 1 ;; esac
part=$(curl -s -X POST "$base/api/v1/chat" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"message":"Create a cube"}' | json '["model"]["parts"][0]["primitive"]')
expect "$part" cube "chat builds a cube"
count=$(curl -s "$base/api/v1/models" -H "Authorization: Bearer $key" | json '["data"].__len__()')
expect "$count" 1 "the model is listed"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -X DELETE "$base/api/v1/keys/$key_id" -H "X-CSRF-Token: $csrf")
expect "$code" 204 "revoke"
reason=$(curl -s "$base/api/v1/models" -H "Authorization: Bearer $key" | json '["error"]["details"]["reason"]')
expect "$reason" key_revoked "a revoked key is refused"
echo "smoke test passed against $base"
