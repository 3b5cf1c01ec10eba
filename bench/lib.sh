# shellcheck shell=bash
# Set-up shared by the benchmarks (sourced from the repository root, after scripts/lib/postgres.sh).

# bench_database NAME ARTICLES FIRST_PORT: a throwaway PostgreSQL cluster with database NAME, migrated, with the demo
# content and ARTICLES generated articles (bench/seed-articles.sql). Sets PG_DIR, PGPORT, CONN and PSQL (an array);
# call bench_drop_database when done (the scripts do it in their EXIT trap).
bench_database() {
  local name=$1 articles=$2 first_port=$3 t0
  PG_DIR=$(mktemp -d "/tmp/kernelportal-$name-pg.XXXXXX")
  PG_FSYNC=off pg_start "$PG_DIR" "$(pg_free_port "$first_port")"
  PGPORT=$(pg_port_of "$PG_DIR")
  pg_create_db "$PGPORT" "$name"
  CONN="Host=127.0.0.1;Port=$PGPORT;Database=$name;Username=postgres"
  PSQL=("$(pg_bin_dir)/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres "$name")
  dotnet build -c Release src/KernelPortal.Cli --nologo -v quiet >/dev/null
  dotnet build -c Release src/KernelPortal.Web --nologo -v quiet >/dev/null
  dotnet artifacts/bin/KernelPortal.Cli/release/kportal.dll migrate --connection "$CONN" >/dev/null
  dotnet artifacts/bin/KernelPortal.Cli/release/kportal.dll seed-demo --connection "$CONN" >/dev/null
  echo "Adding $articles articles …" >&2
  t0=$(date +%s)
  "${PSQL[@]}" -v count="$articles" -f bench/seed-articles.sql >/dev/null
  echo "(filled in $(( $(date +%s) - t0 )) s)" >&2
}

bench_drop_database() {
  [[ -n ${PG_DIR:-} ]] || return 0
  pg_stop "$PG_DIR"
  rm -rf "$PG_DIR"
}

# bench_portal PORT LOG [NAME=VALUE ...]: starts the portal in Release (Production, logs at Warning, no ingestion
# worker) on the bench database with extra settings, waits until /healthz answers, and prints its pid.
bench_portal() {
  local port=$1 log=$2
  shift 2
  env ConnectionStrings__Portal="$CONN" Ingestion__Enabled=false ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning "$@" \
    dotnet artifacts/bin/KernelPortal.Web/release/KernelPortal.Web.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  local pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true) == 200 ]]; do sleep 0.1; done
  echo "$pid"
}
