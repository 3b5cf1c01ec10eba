#!/usr/bin/env bash
# Restarts the private PostgreSQL cluster in DIR (see postgres.sh); used by the fault tests.
set -euo pipefail
source "$(dirname "$0")/postgres.sh"
pg_restart "$1"
