#!/usr/bin/env bash
# Soak test on 127.0.0.1: readers and feed pollers (wrk) and editors saving (bench/Soak, through the CMS's service)
# at once against the portal in Release, for a few minutes. Passes when there are no errors, memory does not keep
# growing, and every acknowledged save is stored. Results go in docs/reliability.md.
#   bench/soak.sh [SECONDS] [EDITORS]      (default 180 s, 4 editors; figures per 5-minute window, SOAK_WINDOW seconds)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source bench/lib.sh
SECONDS_TOTAL=${1:-180}
EDITORS=${2:-4}
WINDOW=${SOAK_WINDOW:-300}
OUT=$PWD/bench/out/soak
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "bench/soak.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }

WEB=
cleanup() { [[ -n $WEB ]] && { kill "$WEB" 2>/dev/null || true; }; bench_drop_database; }
trap cleanup EXIT
bench_database kernelportal_soak 2000 55800
dotnet build -c Release bench/Soak --nologo -v quiet >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; echo "bench/soak.sh: building bench/Soak failed" >&2; exit 1; }
PORT=$(pg_free_port 5195)
# The request log at Information (the rest at Warning): a reader who hangs up is logged there, marked Aborted.
WEB=$(bench_portal "$PORT" "$OUT/web.log" Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Information)

# Each path once before the load: the first render of a page after a cold start (JIT, first queries) took up to 2.2 s
# with 16 readers arriving at once, past wrk's 2 s timeout. Start-up is load.sh's measure; the soak measures the long run.
for path in $(grep -o '"/[^"]*"' bench/soak.lua | tr -d '"'); do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done

# Memory every 5 s while the load runs.
: >"$OUT/rss.txt"
( while kill -0 "$WEB" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$WEB/status" >>"$OUT/rss.txt"; sleep 5; done ) &
SAMPLER=$!

# The readers in windows of $WINDOW s, one wrk run each (a READERS line per window; the connections reopen between).
: >"$OUT/readers.txt"
( left=$SECONDS_TOTAL; n=1
  while (( left > 0 )); do
    d=$(( left < WINDOW ? left : WINDOW ))
    wrk -t1 -c16 -d"${d}s" -s bench/soak.lua "http://127.0.0.1:$PORT" | sed "s/^READERS /READERS window=$n /" >>"$OUT/readers.txt"
    left=$(( left - d )); n=$(( n + 1 ))
  done ) &
READERS=$!
dotnet artifacts/bin/Soak/release/Soak.dll "$CONN" "$SECONDS_TOTAL" "$EDITORS" "$WINDOW" >"$OUT/editors.txt" 2>&1 && EDITORS_OK=1 || EDITORS_OK=0
wait "$READERS"
kill "$SAMPLER" 2>/dev/null || true

grep '^READERS' "$OUT/readers.txt"
cat "$OUT/editors.txt"
# Real errors only: a reader who hangs up (wrk closing its connections at the end) is logged at Information with
# Aborted=true and counted apart (ClientAborts in the web host).
ERRORS=$(grep -c ' ERR\] \|Unhandled exception' "$OUT/web.log" || true)
ABORTED=$(grep -c '"Aborted": true' "$OUT/web.log" || true)
echo "ERRORS in the portal's log: $ERRORS (aborted by their clients, not errors: $ABORTED)"
# Memory: GC settling is not a leak. The last third of the run against the middle third (samples every 5 s);
# growth beyond 20 % counts as a leak. Per 5-minute window for docs/reliability.md.
awk '{ all[NR] = $1; if ($1 > max) max = $1 }
     END { n = NR; a = int(n / 3); b = int(2 * n / 3)
           for (i = a + 1; i <= b; i++) { mid += all[i]; nm++ } for (i = b + 1; i <= n; i++) { last += all[i]; nl++ }
           printf "MEMORY middle_third=%.0f MB last_third=%.0f MB peak=%.0f MB growth=%.1f %%\n", mid / nm / 1024, last / nl / 1024, max / 1024, 100 * (last / nl - mid / nm) / (mid / nm)
           for (i = 1; i <= n; i += 60) { s = 0; c = 0; for (j = i; j < i + 60 && j <= n; j++) { s += all[j]; c++ } printf "  window %d (min %d-%d): %.0f MB\n", (i - 1) / 60 + 1, (i - 1) / 12, (i - 1) / 12 + 5, s / c / 1024 } }' "$OUT/rss.txt" | tee "$OUT/memory.txt"
GROWTH=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^growth=/) { sub("growth=", "", $i); print $i } }' "$OUT/memory.txt")
NON2XX=$(grep -o 'non2xx=[0-9]*' "$OUT/readers.txt" | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }')
SOCKET=$(grep -o 'socket_errors=[0-9]*' "$OUT/readers.txt" | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }')
echo "READERS total requests=$(grep -o 'requests=[0-9]*' "$OUT/readers.txt" | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }') non2xx=$NON2XX socket_errors=$SOCKET"
if [[ $EDITORS_OK == 1 && $NON2XX == 0 && $SOCKET == 0 && $ERRORS == 0 ]] && awk -v g="$GROWTH" 'BEGIN { exit !(g < 20) }'; then
  echo "SOAK PASSED"
else
  echo "SOAK FAILED"; exit 1
fi
