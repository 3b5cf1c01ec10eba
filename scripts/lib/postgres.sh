# shellcheck shell=bash
# Helpers to run a private PostgreSQL cluster from the machine's binaries (no Docker, no system service).
# Sourced by scripts/run.sh and scripts/test.sh. The server refuses to run as root, so when this shell is
# root every server command runs as the 'postgres' user, and the cluster folder is handed to that user.

pg_bin_dir() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -n "$dir" ]]; then echo "$dir"; return; fi
  dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [[ -x "$dir/initdb" ]]; then echo "$dir"; return; fi
  echo "No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and PATH). Install them, e.g. 'apt-get install postgresql', or set PG_BIN." >&2
  return 1
}

# Runs a command as the cluster's owner: 'postgres' when we are root, ourselves otherwise.
pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_port_free PORT: true when nothing listens on 127.0.0.1:PORT.
pg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pg_free_port START: prints the first free port from START on.
pg_free_port() {
  local port=$1
  while ! pg_port_free "$port"; do port=$((port + 1)); done
  echo "$port"
}

# pg_start DIR PORT: initialises DIR/data on first use, then starts the server on 127.0.0.1:PORT
# with its socket in DIR/socket. Returns when the server accepts connections.
pg_start() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin_dir) || return 1
  mkdir -p "$dir/socket"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$dir"; fi
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    echo "Initialising a PostgreSQL cluster in $dir/data" >&2
    # trust on 127.0.0.1 only: the cluster is private to this machine's user and listens nowhere else.
    pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; return 1; }
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    echo "PostgreSQL already running in $dir/data" >&2
    return 0
  fi
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on}" start >/dev/null || {
    echo "PostgreSQL did not start; its log:" >&2; tail -n 30 "$dir/server.log" >&2; return 1; }
}

# pg_port_of DIR: the port a running cluster in DIR listens on.
pg_port_of() {
  head -n 4 "$1/data/postmaster.pid" | tail -n 1
}

# pg_stop DIR: stops the server (fast shutdown); quiet when it is not running.
pg_stop() {
  local dir=$1 bin
  bin=$(pg_bin_dir) || return 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# pg_create_db PORT NAME: creates database NAME unless it exists.
pg_create_db() {
  local port=$1 name=$2 bin
  bin=$(pg_bin_dir) || return 1
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
  fi
}

# pg_restart DIR: a fast restart (sessions are cut off, as in a crash or failover) with the same options; returns
# when the server accepts connections again. The fault tests use it through scripts/lib/pg-restart.sh.
pg_restart() {
  local dir=$1 bin
  bin=$(pg_bin_dir) || return 1
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null
}
