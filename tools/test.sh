#!/usr/bin/env bash
# `make test`: lint, then the whole suite on SQLite and again on PostgreSQL, so that nothing is
# skipped. With DATABASE_URL set, one pass on that database only. Otherwise the PostgreSQL pass
# runs on a throwaway server on loopback (the `postgresql` package `make test` installs), removed
# on exit. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

"$PY" -m ruff check .

if [ -n "${DATABASE_URL:-}" ]; then
  exec "$PY" -m pytest "$@"
fi

echo "== tests on SQLite (PostgreSQL-only tests run in the next pass)"
"$PY" -m pytest -m "not postgres" "$@"

source .ci/pg.sh
trap pg_stop EXIT
pg_start "${PGPORT:-$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}" governance_test
echo "== tests on PostgreSQL $PG_VERSION"
DATABASE_URL="$PG_URL" REQUIRE_POSTGRES=1 "$PY" -m pytest "$@"
