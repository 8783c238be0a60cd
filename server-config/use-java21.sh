# Sourced (". server-config/use-java21.sh") by the README's commands and .ci/run: genx3D compiles for Java 21 and
# runs on Payara Micro 7, which needs Java 21 or newer. Keeps JAVA_HOME when it already names one; otherwise picks the
# newest JDK (21 or later) in /usr/lib/jvm, then the java on PATH, and puts it first on PATH for java and mvn.
# Says what is missing, and fails, when there is none.

genx3d_java_feature() { # the feature release of the java at $1 (17, 21, 25 ...), or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

genx3d_pick_jdk() {
  local candidate best="" best_feature=0 feature
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    feature=$(genx3d_java_feature "$JAVA_HOME/bin/java")
    if [ "${feature:-0}" -ge 21 ]; then
      echo "$JAVA_HOME"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/ "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")/"; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    feature=$(genx3d_java_feature "$candidate/bin/java")
    if [ "${feature:-0}" -ge 21 ] && [ "$feature" -gt "$best_feature" ]; then
      best=$candidate
      best_feature=$feature
    fi
  done
  [ -n "$best" ] && echo "$best"
}

if genx3d_jdk=$(genx3d_pick_jdk); then
  export JAVA_HOME="$genx3d_jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
  unset genx3d_jdk
else
  echo "genx3D needs a JDK 21 or newer (Payara Micro 7, Jakarta EE 11): none found in JAVA_HOME, /usr/lib/jvm or on" \
    "PATH. Install one, e.g. 'apt-get install openjdk-21-jdk-headless' (Debian 13) or Temurin 21/25 from" \
    "adoptium.net, then set JAVA_HOME to it." >&2
  unset genx3d_jdk
  return 1 2>/dev/null || exit 1
fi
