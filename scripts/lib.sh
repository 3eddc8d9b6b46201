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

# The newest installed PostgreSQL's bin directory, or nothing.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# install_packages WHO PACKAGE...: installs the Debian packages given, as root; fails otherwise.
install_packages() {
  local who="$1"
  shift
  [ $# -gt 0 ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "$who: missing $*; run as root or install them." >&2
    return 2
  fi
  echo "$who: installing $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# start_throwaway_pg DBNAME: starts a PostgreSQL cluster on 127.0.0.1 with its data under
# target/pg-DBNAME (or /tmp when the postgres user cannot reach it), creates DBNAME, exports
# CAIRN_PG_URL (JDBC) and stops the cluster when the shell exits. Needs $root.
start_throwaway_pg() {
  local dbname="$1" port p
  pg_bindir="$(pg_bin)"
  # One directory per database name: scripts/test and scripts/bench may run side by side.
  pgdir="$root/target/pg-$dbname"
  mkdir -p "$root/target"
  rm -rf "$pgdir"
  mkdir -p "$pgdir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$pgdir"
    # The postgres user may not be able to reach a checkout under a private home directory.
    if ! runuser -u postgres -- test -w "$pgdir"; then
      rm -rf "$pgdir"
      pgdir="$(mktemp -d /tmp/cairn-pg.XXXXXX)"
      chown postgres "$pgdir"
    fi
  fi
  pg_sockdir="$(mktemp -d /tmp/cairn-pgsock.XXXXXX)"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_sockdir"
  port=""
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port="$p"; break; fi
  done
  [ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; return 1; }
  trap stop_throwaway_pg EXIT
  as_pg "$pg_bindir/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-locale >"$root/target/pg-$dbname-initdb.log" 2>&1
  as_pg "$pg_bindir/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-p $port -k $pg_sockdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  as_pg "$pg_bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$dbname"
  echo "PostgreSQL $("$pg_bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  export CAIRN_PG_URL="jdbc:postgresql://127.0.0.1:$port/$dbname?user=postgres"
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_throwaway_pg() {
  as_pg "$pg_bindir/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_sockdir"
  case "$pgdir" in /tmp/cairn-pg.*) rm -rf "$pgdir" ;; esac
}
