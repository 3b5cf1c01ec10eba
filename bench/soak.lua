-- wrk script for bench/soak.sh: readers and feed pollers mixed (pages, search, feeds with If-None-Match).
local paths = { "/", "/releases", "/releases/4.0", "/articles/bench-2", "/articles/bench-3", "/en", "/tags/dateisysteme-storage",
                "/search?q=Dateisystem", "/search?q=scheduler", "/feeds/all.atom", "/feeds/de.rss", "/api/releases", "/api/articles" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("READERS requests=%d non2xx=%d socket_errors=%d (timeouts over 2 s: %d) rps=%.1f p50=%.2fms p99=%.2fms\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
