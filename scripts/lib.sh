# Shared by ./cairn and scripts/*: find a JDK >= 21 and Maven.

# Prints the major version of the java binary given, or nothing.
java_major() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\)\(\.[0-9]*\)*.*".*/\1/p' | head -n 1
}

# Sets JAVA_HOME to a JDK >= 21 (one with javac), looking at JAVA_HOME, PATH, then /usr/lib/jvm/*.
find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$c"
      return 0
    fi
  done
  echo "cairn: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm/*)." >&2
  echo "cairn: install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
  return 1
}

find_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "cairn: Maven (mvn) is not on PATH; install it (e.g. apt-get install maven)." >&2
    return 1
  fi
}
