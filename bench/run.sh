#!/usr/bin/env bash
# make bench: the synthetic record on SQLite and on a throwaway PostgreSQL, served by gunicorn on
# 127.0.0.1, driven by wrk; figures go to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
source .ci/pg.sh
trap pg_stop EXIT
pg_start "${BENCH_PGPORT:-54339}" governance_bench
.venv/bin/python bench/run.py --postgres "$PG_URL" --postgres-version "$PG_VERSION" "$@"
