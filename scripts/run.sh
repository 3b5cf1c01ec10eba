#!/usr/bin/env bash
# Runs the portal on this machine: a local PostgreSQL under .local/postgres (kept between runs), migrations,
# demo content when the database is empty, and the web host on http://127.0.0.1:5080 until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

PG_DIR="$PWD/.local/postgres"
PORT=${KERNELPORTAL_PORT:-5080}
# Only a cluster this run started is stopped at the end: another run.sh may be using one that was already up.
started_here=0
[[ -f "$PG_DIR/data/postmaster.pid" ]] || started_here=1
pg_start "$PG_DIR" "${KERNELPORTAL_PGPORT:-55432}"
PGPORT=$(pg_port_of "$PG_DIR")
pg_create_db "$PGPORT" kernelportal
trap '[[ $started_here == 1 ]] && { echo "Stopping PostgreSQL" >&2; pg_stop "$PG_DIR"; }' EXIT

# The worker polls lore.kernel.org and kernel.org; off unless asked for, since a dev machine may be offline.
export Ingestion__Enabled="${KERNELPORTAL_INGESTION:-false}"
# Served over plain http on 127.0.0.1, so the CMS's cookies cannot be Secure here; production keeps the default (true).
export Cms__RequireHttps=false
export ConnectionStrings__Portal="Host=127.0.0.1;Port=$PGPORT;Database=kernelportal;Username=postgres"
for project in src/KernelPortal.Cli src/KernelPortal.Web; do dotnet build -c Release "$project" --nologo -v quiet; done
KPORTAL=(dotnet run -c Release --no-build --project src/KernelPortal.Cli --)
"${KPORTAL[@]}" migrate
"${KPORTAL[@]}" seed-demo

echo "KernelPortal: http://127.0.0.1:$PORT (Ctrl+C stops it; the data stays in .local/postgres)" >&2
echo "CMS: http://127.0.0.1:$PORT/admin — create an account first: ConnectionStrings__Portal='$ConnectionStrings__Portal' dotnet run --project src/KernelPortal.Cli -- user add --email you@example.org --role Admin" >&2
dotnet run -c Release --no-build --no-launch-profile --project src/KernelPortal.Web -- --urls "http://127.0.0.1:$PORT"
