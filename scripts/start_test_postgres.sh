#!/usr/bin/env bash
# Start a throw-away PostgreSQL on loopback for the storage tests and print its URL.
# Needs root and Debian's postgresql package (installed here when missing).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=${PGTEST_DIR:-/tmp/reportdesk-pgtest}
port=${PGTEST_PORT:-54329}
if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir" && chown postgres:postgres "$dir"
  su postgres -c "$bin/initdb -D $dir -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! su postgres -c "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
  su postgres -c "$bin/pg_ctl -D $dir -l $dir/log -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -w start" >/dev/null
fi
psql="$bin/psql -h 127.0.0.1 -p $port -U postgres -v ON_ERROR_STOP=1 -qtA"
$psql -c "SELECT 1 FROM pg_database WHERE datname='reportdesk_test'" | grep -q 1 \
  || $psql -c "CREATE DATABASE reportdesk_test"
echo "postgresql://postgres@127.0.0.1:$port/reportdesk_test"
