#!/usr/bin/env bash
# Load benchmark of the public side, with nginx serving the same article HTML as a static file as the ceiling,
# measured in the same run on the same machine. Prints a Markdown table; results go in docs/performance.md.
#   bench/load.sh [SECONDS] [CONNECTIONS]      (default 10 s per URL and round, two rounds, 64 connections; 127.0.0.1 only)
# Needs wrk and nginx (Debian packages) and the PostgreSQL binaries. KERNELPORTAL_BENCH_ARTICLES (default 5000),
# KERNELPORTAL_BENCH_WARMUP (seconds of load per URL and instance before measuring, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source bench/lib.sh
DURATION=${1:-10}
CONNECTIONS=${2:-64}
ARTICLES=${KERNELPORTAL_BENCH_ARTICLES:-5000}
OUT=$PWD/bench/out/load
mkdir -p "$OUT/static"
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "bench/load.sh needs wrk and nginx: apt-get install -y wrk nginx" >&2; exit 2; }

cleanup() {
  # start_web runs in a command substitution (a subshell), so the pids are kept in files, not in a variable.
  # Every step may fail (a process already gone) without stopping the rest of the clean-up.
  for file in "$OUT"/web-*.pid; do
    [[ -f $file ]] && { kill "$(cat "$file")" 2>/dev/null || true; }
    rm -f "$file"
  done
  [[ -f $OUT/nginx.pid ]] && { kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true; }
  rm -f "$OUT/nginx.pid"
  bench_drop_database
}
trap cleanup EXIT
bench_database kernelportal_load "$ARTICLES" 55600

# start_web PORT CACHE: starts the portal (Release, Production, logs at Warning) and prints ms until the first 200 on /.
start_web() {
  local port=$1 cache=$2 t0 t1
  t0=$(date +%s%N)
  ConnectionStrings__Portal="$CONN" Ingestion__Enabled=false OutputCache__Enabled=$cache ASPNETCORE_ENVIRONMENT=Production \
    Serilog__MinimumLevel__Default=Warning Cms__SchedulerEnabled=true \
    dotnet artifacts/bin/KernelPortal.Web/release/KernelPortal.Web.dll --urls "http://127.0.0.1:$port" >"$OUT/web-$port.log" 2>&1 &
  echo $! >"$OUT/web-$port.pid"
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true) == 200 ]]; do sleep 0.01; done
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

CACHED=$(pg_free_port 5181)
STARTUP_MS=$(start_web "$CACHED" true)
UNCACHED=$(pg_free_port $((CACHED + 1)))
start_web "$UNCACHED" false >/dev/null
NGINX=$(pg_free_port $((UNCACHED + 1)))

ARTICLE=/articles/bench-2
TAG=$("${PSQL[@]}" -tA -c "SELECT slug FROM feature_tags ORDER BY position LIMIT 1")
declare -A PATHS=(
  [front]=/ [article]=$ARTICLE [release]=/releases/4.0 [releases]=/releases [tag-feed]=/feeds/tags/$TAG.atom
  [archive]=/articles
)
ORDER=(front article release releases tag-feed archive)

# Each page's own HTML as a static file too: a second ceiling that separates "the portal is slower" from "the page
# is bigger" (the releases index is over ten times the article's size).
for name in "${ORDER[@]}"; do curl -s "http://127.0.0.1:$CACHED${PATHS[$name]}" >"$OUT/static/$name.html"; done
cp "$OUT/static/article.html" "$OUT/static/ceiling.html"
# Precompressed twins for nginx's gzip_static: the ceiling for browsers, which send Accept-Encoding: gzip, br.
for file in "$OUT"/static/*.html; do gzip -6 -k -f "$file"; done
cat >"$OUT/nginx.conf" <<NGINX
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX;
    root $OUT/static;
    location / { default_type text/html; }
  }
}
NGINX
nginx -c "$OUT/nginx.conf" -p "$OUT"

# Warm every URL on both instances under load (JIT, connection pool, output cache) before anything is measured. Fifty
# requests each were not enough: the runtime's tiered compilation and dynamic PGO go on recompiling hot methods for
# about a minute of load, and an uncached page measured right after fifty requests served up to a fifth less than the
# same page a minute later (docs/performance.md, "A warm-up under load"). What is measured is the steady state a
# long-running server is in. KERNELPORTAL_BENCH_WARMUP seconds per URL and instance (default 5).
WARMUP=${KERNELPORTAL_BENCH_WARMUP:-5}
for name in "${ORDER[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$CACHED${PATHS[$name]}" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$UNCACHED${PATHS[$name]}" >/dev/null
done
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$CACHED/search?q=Dateisystem"; done

# measure URL [WRK OPTIONS…]: prints "rps p50_ms p99_ms errors"
measure() {
  local report rps p50 p99 errors
  report=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${@:2}" "$1")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$report")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$report")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$report")
  errors=$(awk '/Non-2xx|Socket errors/ { n++ } END { print n + 0 }' <<<"$report")
  echo "$rps $p50 $p99 $errors"
}

# higher "rps p50 p99 errors" "rps p50 p99 errors": the measurement with the higher rate, with the errors of both.
higher() {
  local -a a b
  read -r -a a <<<"$1"
  read -r -a b <<<"$2"
  if (( $(echo "${b[0]} > ${a[0]}" | bc -l) )); then a=("${b[@]::3}" "${a[3]}"); fi
  echo "${a[0]} ${a[1]} ${a[2]} $((a[3] + b[3]))"
}

# The ceiling is measured before and after the pages and the higher of the two is the reference: noise (the portals'
# background JIT right after warm-up, a neighbour on the machine) only ever lowers a run, and one low ceiling made
# every ratio of a run look better than it was. For the same reason each page is measured twice on each server, in
# turn (cached, nginx, uncached, and again), and the higher rate of the two counts for each: a neighbour that slowed
# the machine for ten seconds had decided single ratios by up to a fifth.
read -r CEILING_BEFORE CEIL50 CEIL99 _ <<<"$(measure "http://127.0.0.1:$NGINX/ceiling.html")"
ROWS=()
for name in "${ORDER[@]}"; do
  cached=() static=() uncached=()
  for _ in 1 2; do
    cached+=("$(measure "http://127.0.0.1:$CACHED${PATHS[$name]}")")
    static+=("$(measure "http://127.0.0.1:$NGINX/$name.html")")
    uncached+=("$(measure "http://127.0.0.1:$UNCACHED${PATHS[$name]}")")
  done
  read -r rps p50 p99 errors <<<"$(higher "${cached[0]}" "${cached[1]}")"
  read -r own _ _ _ <<<"$(higher "${static[0]}" "${static[1]}")"
  read -r urps up50 up99 uerrors <<<"$(higher "${uncached[0]}" "${uncached[1]}")"
  own_ratio=$(echo "scale=1; 100 * $rps / $own" | bc -l)
  size=$(( $(stat -c %s "$OUT/static/$name.html") / 1024 ))
  ROWS+=("$name|${PATHS[$name]}|$size|$rps|$p50|$p99|$own|$own_ratio|$urps|$up50|$up99|$((errors + uerrors))")
done
read -r CEILING_AFTER _ _ _ <<<"$(measure "http://127.0.0.1:$NGINX/ceiling.html")"
CEILING=$(echo "if ($CEILING_AFTER > $CEILING_BEFORE) $CEILING_AFTER else $CEILING_BEFORE" | bc -l)
echo
echo "Ceiling: nginx serving the article page's HTML as a static file: $CEILING requests/s (the higher of $CEILING_BEFORE before and $CEILING_AFTER after the pages; p50 $CEIL50, p99 $CEIL99 before)"
echo
echo "| URL | size | cached requests/s | ratio to nginx (article) | p50 | p99 | nginx, same page | ratio | uncached requests/s | uncached ratio to nginx (article) | p50 | p99 |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for row in "${ROWS[@]}"; do
  IFS='|' read -r name path size rps p50 p99 own own_ratio urps up50 up99 errors <<<"$row"
  ratio=$(echo "scale=1; 100 * $rps / $CEILING" | bc -l)
  uratio=$(echo "scale=2; 100 * $urps / $CEILING" | bc -l)
  echo "| $name \`$path\` | $size KB | $rps | ${ratio} % | $p50 | $p99 | $own | ${own_ratio} % | $urps | ${uratio} % | $up50 | $up99 |"
  if (( errors > 0 )); then echo "  ($name: non-2xx or socket errors reported by wrk)"; fi
done

# What browsers get: Accept-Encoding: gzip. The portal answers from its cached gzip variant, nginx with gzip_static
# from the .gz file beside the page: both send the compressed bytes without compressing anything per request.
GZIP=(-H "Accept-Encoding: gzip")
echo
echo "With Accept-Encoding: gzip (nginx: gzip_static, the same page precompressed)"
echo
echo "| URL | gzip size | cached requests/s | p50 | p99 | nginx gzip_static | ratio |"
echo "|---|---|---|---|---|---|---|"
for name in "${ORDER[@]}"; do
  encoding=$(curl -s -o /dev/null -D - "${GZIP[@]}" "http://127.0.0.1:$CACHED${PATHS[$name]}" | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }' | tr -d '\r')
  [[ $encoding == gzip ]] || { echo "$name: the portal answered Accept-Encoding: gzip with '${encoding:-no encoding}'" >&2; exit 1; }
  cached=() static=()
  for _ in 1 2; do
    cached+=("$(measure "http://127.0.0.1:$CACHED${PATHS[$name]}" "${GZIP[@]}")")
    static+=("$(measure "http://127.0.0.1:$NGINX/$name.html" "${GZIP[@]}")")
  done
  read -r rps p50 p99 errors <<<"$(higher "${cached[0]}" "${cached[1]}")"
  read -r own _ _ _ <<<"$(higher "${static[0]}" "${static[1]}")"
  own_ratio=$(echo "scale=1; 100 * $rps / $own" | bc -l)
  size=$(( $(curl -s "${GZIP[@]}" "http://127.0.0.1:$CACHED${PATHS[$name]}" | wc -c) / 1024 ))
  echo "| $name \`${PATHS[$name]}\` | $size KB | $rps | $p50 | $p99 | $own | ${own_ratio} % |"
  if (( errors > 0 )); then echo "  ($name, gzip: non-2xx or socket errors reported by wrk)"; fi
done

SEARCH=$(wrk -t2 -c16 -d"${DURATION}s" -s bench/search.lua "http://127.0.0.1:$CACHED" | grep '^SEARCH')
SEARCH_SEQ=$(wrk -t1 -c1 -d"${DURATION}s" -s bench/search.lua "http://127.0.0.1:$CACHED" | grep '^SEARCH')
echo
echo "Search (never cached), 16 connections: $SEARCH"
echo "Search, one request at a time:        $SEARCH_SEQ"
echo
for port in $CACHED $UNCACHED; do
  pid=$(cat "$OUT/web-$port.pid")
  echo "Peak memory (VmHWM) of the portal on :$port: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status")"
done
echo "Start-up, process start to the first 200 on /: $STARTUP_MS ms"
echo "($ARTICLES generated articles + demo content; $(nproc) cores; wrk -t2 -c$CONNECTIONS -d${DURATION}s per URL, twice in turn, the higher rate counted)"
