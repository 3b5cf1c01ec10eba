#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster, then removes it.
# Extra arguments go to 'dotnet test' (for example: --filter "FullyQualifiedName~KernelVersionTests").
# When KERNELPORTAL_TEST_DB is already set, that database is used instead; the fault tests then fail, since they
# restart the cluster (KERNELPORTAL_TEST_PGDIR) and may not restart a shared server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

if [[ -z "${KERNELPORTAL_TEST_DB:-}" ]]; then
  PG_DIR=$(mktemp -d /tmp/kernelportal-test-pg.XXXXXX)
  cleanup() { pg_stop "$PG_DIR"; rm -rf "$PG_DIR"; }
  trap cleanup EXIT
  # A throwaway cluster need not survive a power cut; skipping fsync makes migrations and resets faster.
  PG_FSYNC=off pg_start "$PG_DIR" "$(pg_free_port 55433)"
  PGPORT=$(pg_port_of "$PG_DIR")
  pg_create_db "$PGPORT" kernelportal_test
  export KERNELPORTAL_TEST_DB="Host=127.0.0.1;Port=$PGPORT;Database=kernelportal_test;Username=postgres;Include Error Detail=true"
  # The fault tests restart this cluster (scripts/lib/pg-restart.sh); with an outside database they fail loudly.
  export KERNELPORTAL_TEST_PGDIR="$PG_DIR"
fi

# The real announcement mails beside the project feed the corpus test (never copied into the repository).
if [[ -z "${KERNELPORTAL_MAIL_CORPUS:-}" && -d ../shared/data/announcements ]]; then
  export KERNELPORTAL_MAIL_CORPUS="$(cd ../shared/data/announcements && pwd)"
fi

dotnet build KernelPortal.sln -c Release --nologo -v quiet
log=$(mktemp /tmp/kernelportal-test-log.XXXXXX)
status=0
for project in tests/*/*.csproj; do
  echo "=== $(basename "$project" .csproj)" >&2
  dotnet test "$project" -c Release --no-build --nologo "$@" 2>&1 | tee -a "$log" || status=1
done

# One closing line over all projects, in the plain form CI reads.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
