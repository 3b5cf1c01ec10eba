#!/usr/bin/env bash
# Search at scale: 100,000 articles (half German, half English), typical queries, latency percentiles through the
# real portal (search is never cached), and PostgreSQL's plan for one query to show the GIN index in use; then the
# plans of the archive's queries at the same size.
#   bench/search.sh [ARTICLES] [SECONDS]     (default 100000 articles, 10 s; about 2 minutes to fill the database)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source bench/lib.sh
ARTICLES=${1:-100000}
DURATION=${2:-10}
OUT=$PWD/bench/out/search
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "bench/search.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }

WEB=
cleanup() { [[ -n $WEB ]] && { kill "$WEB" 2>/dev/null || true; }; bench_drop_database; }
trap cleanup EXIT
bench_database kernelportal_search "$ARTICLES" 55700
# As a database that has lived a while is: vacuumed and analysed. Right after the bulk fill, autovacuum would start on
# both tables during the measurement.
"${PSQL[@]}" -c "VACUUM ANALYZE articles" -c "VACUUM ANALYZE article_search" >/dev/null
PORT=$(pg_free_port 5190)
WEB=$(bench_portal "$PORT" "$OUT/web.log")
for q in Dateisystem Grafiktreiber scheduler filesystem Sicherheitsl%C3%BCcke networking; do
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$PORT/search?q=$q"; done
done
# A run of the same length before measuring: the JIT's second tier compiles the hot paths in the background during
# the first seconds of load (the first run after a start measured p95 5 ms higher than every later one).
wrk -t1 -c1 -d"${DURATION}s" -s bench/search.lua "http://127.0.0.1:$PORT" >/dev/null

echo "Articles: $("${PSQL[@]}" -tAc "SELECT count(*) FROM articles")"
echo "Matches of typical words: $("${PSQL[@]}" -tAc "SELECT string_agg(w || ' ' || n, ', ') FROM (SELECT w, (SELECT count(*) FROM article_search WHERE search_vector @@ to_tsquery(CASE WHEN w ~ '^[A-ZÄÖÜ]' THEN 'german' ELSE 'english' END::regconfig, w)) AS n FROM unnest(ARRAY['Dateisystem','Grafiktreiber','scheduler','filesystem']) w) x")"
echo
echo "One request at a time (the latency a reader sees):"
wrk -t1 -c1 -d"${DURATION}s" -s bench/search.lua "http://127.0.0.1:$PORT" | grep '^SEARCH'
echo "Eight at a time:"
wrk -t2 -c8 -d"${DURATION}s" -s bench/search.lua "http://127.0.0.1:$PORT" | grep '^SEARCH'
echo
echo "Plan of the search query for 'Dateisystem' (German expansion as ArticleSearch builds it), first page:"
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH q AS (SELECT to_tsquery('german', 'dateisystem | dateisysteme | dateisystemen | dateisystems') AS de,
                  websearch_to_tsquery('english', 'Dateisystem') AS en),
matches AS MATERIALIZED (
    SELECT s.article_id AS id, s.published_at FROM article_search s, q
    WHERE s.published_at <= now() AND s.search_vector @@ (q.de || q.en)),
recent AS (SELECT id, published_at FROM matches ORDER BY published_at DESC LIMIT greatest(200, 10 + 0)),
page AS (
    SELECT r.id, r.published_at, ts_rank_cd(a.search_head, q.de || q.en)::float8 AS rank
    FROM recent r JOIN articles a ON a.id = r.id, q
    ORDER BY rank DESC, r.published_at DESC LIMIT 10 OFFSET 0)
SELECT a.id, a.slug, page.rank,
       ts_headline('german'::regconfig, article_search_snippet_source(a.lead || ' ' || a.body_markdown, q.de), q.de, 'MaxWords=35, MinWords=12, MaxFragments=2') AS snippet,
       (SELECT count(*) FROM matches) AS total
FROM page JOIN articles a ON a.id = page.id, q
ORDER BY page.rank DESC, page.published_at DESC"
echo
# The archive (/articles) as ArchivePage asks for it: one page of 20 of one edition, its count, and the counts per
# month. With the (status, language, published_at) index the page is a short backward index scan and the other two
# read the index only; without it, both editions' published rows are filtered and sorted.
echo "Plan of the archive's queries (/articles, German edition, page 1):"
"${PSQL[@]}" -c "VACUUM ANALYZE articles" >/dev/null
for sql in \
  "SELECT a.id, a.slug, a.title, a.lead, a.published_at, a.release_id FROM articles a WHERE a.status = 'Published' AND a.published_at IS NOT NULL AND a.published_at <= now() AND a.language = 'de' ORDER BY a.published_at DESC, a.id DESC LIMIT 20 OFFSET 0" \
  "SELECT count(*)::int FROM articles a WHERE a.status = 'Published' AND a.published_at IS NOT NULL AND a.published_at <= now() AND a.language = 'de'" \
  "SELECT date_part('year', a.published_at)::int, date_part('month', a.published_at)::int, count(*)::int FROM articles a WHERE a.status = 'Published' AND a.published_at IS NOT NULL AND a.published_at <= now() AND a.language = 'de' GROUP BY 1, 2"; do
  echo "  $sql"
  "${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $sql" | sed 's/^/    /'
done
