#!/usr/bin/env bash
# Throw-away Redis and PostgreSQL on loopback, for the scale-out tests, benchmarks and trying workers locally.
#
#   scripts/services.sh start|stop|status|env        both services
#   scripts/services.sh start-redis|stop-redis       one of them (the outage tests stop and restart them)
#   scripts/services.sh start-postgres|stop-postgres
#
# Needs Debian's packages: apt-get install -y redis-server postgresql. Nothing is installed as a system
# service: the data lives under $MARSAD_SERVICES_DIR (default /tmp/marsad-services) and the servers listen on
# 127.0.0.1 only, with trust authentication (for tests; never expose this setup). Run as root, PostgreSQL runs
# as the `postgres` user (initdb refuses root); run as anyone else, it runs as that user.
#
# Settings (environment): MARSAD_SERVICES_DIR, MARSAD_REDIS_PORT (6390), MARSAD_PG_PORT (5439),
# MARSAD_PG_DB (marsad_test). `env` prints MARSAD_TEST_REDIS / MARSAD_TEST_PG, the URLs the tests read.
set -euo pipefail

DIR="${MARSAD_SERVICES_DIR:-/tmp/marsad-services}"
REDIS_PORT="${MARSAD_REDIS_PORT:-6390}"
PG_PORT="${MARSAD_PG_PORT:-5439}"
PG_DB="${MARSAD_PG_DB:-marsad_test}"
PG_DATA="$DIR/pg"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"

as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_user() {
  if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi
}

start_redis() {
  command -v redis-server >/dev/null || { echo "services: redis-server is not installed (apt-get install -y redis-server)" >&2; exit 1; }
  mkdir -p "$DIR/redis"
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then echo "redis: already running on $REDIS_PORT"; return; fi
  # Append-only file so queued jobs survive a restart (the outage tests stop and start Redis mid-run);
  # noeviction because a queue must never lose keys to memory pressure.
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$DIR/redis" \
    --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log" \
    --appendonly yes --appendfsync everysec --save '' --maxmemory-policy noeviction
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$REDIS_PORT" ping >/dev/null || { echo "redis: did not start, see $DIR/redis/redis.log" >&2; exit 1; }
  echo "redis: running on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || break; sleep 0.1; done
    echo "redis: stopped"
  fi
}

start_postgres() {
  [ -n "$PG_BIN" ] || { echo "services: PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
  mkdir -p "$DIR"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DATA" "$DIR"
    as_pg_owner "$PG_BIN/initdb" -D "$PG_DATA" -U "$(pg_user)" -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
  fi
  if ! as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    # fsync stays on: the tests check that nothing is lost across a restart.
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 30 start \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  fi
  if ! as_pg_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$(pg_user)" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
    as_pg_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$(pg_user)" "$PG_DB"
  fi
  echo "postgres: running on 127.0.0.1:$PG_PORT, database $PG_DB"
}

stop_postgres() {
  if [ -f "$PG_DATA/PG_VERSION" ] && as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    echo "postgres: stopped"
  fi
}

print_env() {
  echo "export MARSAD_TEST_REDIS=redis://127.0.0.1:$REDIS_PORT"
  echo "export MARSAD_TEST_PG=postgres://$(pg_user)@127.0.0.1:$PG_PORT/$PG_DB"
}

case "${1:-}" in
  start) start_redis; start_postgres ;;
  stop) stop_redis; stop_postgres ;;
  start-redis) start_redis ;;
  stop-redis) stop_redis ;;
  start-postgres) start_postgres ;;
  stop-postgres) stop_postgres ;;
  status)
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && echo "redis: up on $REDIS_PORT" || echo "redis: down"
    as_pg_owner "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" >/dev/null 2>&1 && echo "postgres: up on $PG_PORT" \
      || echo "postgres: down"
    ;;
  env) print_env ;;
  *) echo "usage: scripts/services.sh start|stop|status|env|start-redis|stop-redis|start-postgres|stop-postgres" >&2; exit 2 ;;
esac
