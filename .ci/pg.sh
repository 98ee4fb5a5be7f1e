# A throwaway PostgreSQL on 127.0.0.1 (sourced by tools/test.sh and bench/run.sh).
# pg_start PORT DBNAME sets PG_URL; pg_stop removes it. initdb refuses to run as root, so as root
# the server runs as the `postgres` user; anyone else runs it as themselves.
_as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local port=$1 dbname=$2
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGROOT=$(mktemp -d /tmp/pgthrow.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PGROOT"; fi
  chmod 700 "$PGROOT"
  _as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  _as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
    -o "-p $port -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  _as_pg "$PGBIN/createdb" -h "$PGROOT" -p "$port" -U postgres "$dbname"
  PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/$dbname"
  PG_VERSION=$("$PGBIN/postgres" --version | awk '{print $3}')
  export PG_URL PG_VERSION
}

pg_stop() {
  [ -n "${PGROOT:-}" ] || return 0
  _as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
}
