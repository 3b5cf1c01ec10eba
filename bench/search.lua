-- wrk script: cycles through typical German and English searches and prints latency percentiles (ms) at the end.
-- Used by bench/load.sh and bench/search.sh:  wrk -t1 -c1 -d10s -s bench/search.lua http://127.0.0.1:PORT
local queries = {
  "Dateisystem", "Dateisysteme", "Grafiktreiber", "Sicherheitslücke", "Speicherverwaltung", "Btrfs",
  "scheduler", "filesystem", "graphics driver", "security vulnerability", "memory management", "networking",
}
local i = 0

request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/search?q=" .. q:gsub(" ", "+"):gsub("ü", "%%C3%%BC"))
end

done = function(summary, latency, requests)
  io.write(string.format("SEARCH requests=%d errors=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
