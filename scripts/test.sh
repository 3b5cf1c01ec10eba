#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster, then removes it.
# Extra arguments go to 'dotnet test' (for example: --filter "FullyQualifiedName~KernelVersionTests").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

PG_DIR=$(mktemp -d /tmp/kernelportal-test-pg.XXXXXX)
cleanup() { pg_stop "$PG_DIR"; rm -rf "$PG_DIR"; }
trap cleanup EXIT

# A throwaway cluster need not survive a power cut; skipping fsync makes migrations and resets faster.
PG_FSYNC=off pg_start "$PG_DIR" "$(pg_free_port 55433)"
PGPORT=$(pg_port_of "$PG_DIR")
pg_create_db "$PGPORT" kernelportal_test
export KERNELPORTAL_TEST_DB="Host=127.0.0.1;Port=$PGPORT;Database=kernelportal_test;Username=postgres;Include Error Detail=true"

dotnet build KernelPortal.sln -c Release --nologo -v quiet
status=0
for project in tests/*/*.csproj; do
  echo "=== $(basename "$project" .csproj)" >&2
  dotnet test "$project" -c Release --no-build --nologo "$@" || status=1
done
exit $status
