#!/usr/bin/env bash
# Starts the example caseworker service on 127.0.0.1:8080 (PORT=… to change).
#
# With SPRING_DATASOURCE_URL/USERNAME/PASSWORD set, it uses that PostgreSQL; without, it starts a
# throw-away one from Debian's server binaries (apt-get install postgresql) in a temporary folder, on a
# free loopback port, removed when the service stops. JIUZHU_SERVICE_DATA_KEY and JIUZHU_SERVICE_HASH_KEY
# (base64 of 32 random bytes each) are generated for the run when unset: keep your own for real data, or
# stored households no longer decrypt. Without JIUZHU_SERVICE_USERS_0 it creates three caseworkers of
# Pingliang (平凉) with random passwords and prints them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$here/target/jiuzhu-service-exec.jar"
port="${PORT:-8080}"

stamp="$here/target/.run-built"   # the jar's own time is the reproducible build's fixed one
if [[ ! -f "$jar" || ! -f "$stamp" ]] || [[ -n "$(find "$here/src" "$here/pom.xml" "$root/core/src/main" "$root/rules/src/main" -newer "$stamp" -type f -print -quit)" ]]; then
  echo "building the service…" >&2
  (cd "$root" && mvn -B -q -pl examples/service -am package -DskipTests)
  touch "$stamp"
fi

key() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }
export JIUZHU_SERVICE_DATA_KEY="${JIUZHU_SERVICE_DATA_KEY:-$(key)}"
export JIUZHU_SERVICE_HASH_KEY="${JIUZHU_SERVICE_HASH_KEY:-$(key)}"

if [[ -z "${JIUZHU_SERVICE_USERS_0:-}" ]]; then
  pw() { head -c 12 /dev/urandom | base64 | tr -d '/+=\n'; }
  t="$(pw)"; c="$(pw)"; y="$(pw)"
  export JIUZHU_SERVICE_USERS_0="township-zl:$t:TOWNSHIP:620825"
  export JIUZHU_SERVICE_USERS_1="county-zl:$c:COUNTY:620825"
  export JIUZHU_SERVICE_USERS_2="city-pl:$y:CITY:620800"
  echo "caseworkers: township-zl / $t (township, 620825), county-zl / $c (county, 620825), city-pl / $y (city, 620800)" >&2
fi

pgdir=""
cleanup() {
  if [[ -n "$pgdir" ]]; then
    $as "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
  fi
}
if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -x "$pgbin/initdb" ]] || { echo "no PostgreSQL: set SPRING_DATASOURCE_URL or apt-get install postgresql" >&2; exit 1; }
  pgdir="$(mktemp -d /tmp/jiuzhu-service-pg.XXXXXX)"
  as=""
  if [[ "$(id -u)" == 0 ]]; then   # PostgreSQL refuses to run as root
    chown nobody "$pgdir"; as="runuser -u nobody --"
  fi
  trap cleanup EXIT
  pgpass="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$pgpass" > "$pgdir/pw"; chmod 600 "$pgdir/pw"; [[ -n "$as" ]] && chown nobody "$pgdir/pw"
  pgport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
  $as "$pgbin/initdb" -D "$pgdir/data" -U jiuzhu --pwfile="$pgdir/pw" -A scram-sha-256 -E UTF8 --locale=C >/dev/null
  $as "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir" start >/dev/null
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pgport/postgres?reWriteBatchedInserts=true"
  export SPRING_DATASOURCE_USERNAME=jiuzhu SPRING_DATASOURCE_PASSWORD="$pgpass"
  echo "throw-away PostgreSQL on 127.0.0.1:$pgport ($pgdir); psql: PGPASSWORD=\$(cat $pgdir/pw) psql -h 127.0.0.1 -p $pgport -U jiuzhu postgres" >&2
fi

echo "API on http://127.0.0.1:$port/api/applications, OpenAPI at /v3/api-docs and /swagger-ui.html" >&2
# the service runs as a child, so that a TERM or INT to this script stops it before the database goes
SERVER_PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" &
service=$!
trap 'kill -TERM "$service" 2>/dev/null' TERM INT HUP
status=0
wait "$service" || status=$?
# a trapped signal ends the first wait early: wait for the service to finish stopping
if kill -0 "$service" 2>/dev/null; then wait "$service" || status=$?; fi
exit "$status"
