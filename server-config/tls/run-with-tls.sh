#!/usr/bin/env bash
# Runs genx3D on Payara Micro with HTTPS from a keystore, and with plain-HTTP API requests refused
# (genx3d.require-https). Without a keystore at $GENX3D_KEYSTORE it makes a self-signed one for localhost,
# which is fine for trying it out; in production point GENX3D_KEYSTORE at the PKCS#12 file holding your
# certificate and its key (alias $GENX3D_TLS_ALIAS), e.g. one converted from Let's Encrypt with
#   openssl pkcs12 -export -in fullchain.pem -inkey privkey.pem -name genx3d -out keystore.p12
#
#   server-config/tls/run-with-tls.sh [target/genx3d.jar]   # HTTP on 8080 (refused for /api), HTTPS on 8443
set -euo pipefail
jar="${1:-target/genx3d.jar}"
keystore="${GENX3D_KEYSTORE:-./genx3d-data/keystore.p12}"
password="${GENX3D_KEYSTORE_PASSWORD:-changeit}"
alias="${GENX3D_TLS_ALIAS:-genx3d}"
http_port="${GENX3D_HTTP_PORT:-8080}"
https_port="${GENX3D_HTTPS_PORT:-8443}"

if [ ! -f "$keystore" ]; then
  mkdir -p "$(dirname "$keystore")"
  keytool -genkeypair -alias "$alias" -keyalg RSA -keysize 3072 -validity 365 \
    -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1" \
    -keystore "$keystore" -storetype PKCS12 -storepass "$password" -keypass "$password"
  echo "Made a self-signed certificate for localhost in $keystore"
fi

export GENX3D_REQUIRE_HTTPS="${GENX3D_REQUIRE_HTTPS:-true}"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Djavax.net.ssl.keyStore="$keystore" -Djavax.net.ssl.keyStorePassword="$password" \
  -Djavax.net.ssl.keyStoreType=PKCS12 \
  -jar "$jar" --port "$http_port" --sslport "$https_port" --sslcert "$alias"
