# A throwaway PostgreSQL on 127.0.0.1 (sourced by .ci/run and bench/run.sh).
# pg_start PORT DBNAME sets PG_URL; pg_stop removes it. initdb refuses root, so it runs as postgres.
pg_start() {
  local port=$1 dbname=$2
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGROOT=$(mktemp -d /tmp/pgthrow.XXXXXX)
  chown postgres: "$PGROOT" && chmod 700 "$PGROOT"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
    -o "-p $port -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  runuser -u postgres -- "$PGBIN/createdb" -h "$PGROOT" -p "$port" "$dbname"
  PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/$dbname"
  PG_VERSION=$("$PGBIN/postgres" --version | awk '{print $3}')
  export PG_URL PG_VERSION
}

pg_stop() {
  [ -n "${PGROOT:-}" ] || return 0
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
}
