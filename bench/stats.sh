#!/usr/bin/env bash
# Times `kportal stats` and `kportal draft` on a synthetic kernel-shaped repository against plain git (and the
# Kernel-Log's shell pipelines) doing the same work, in the same run. Prints a table; see docs/performance.md.
#   bench/stats.sh [RUNS]     (default 3 runs each; the median is reported)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
OUT=bench/out
REPO=$OUT/kernel.git
mkdir -p "$OUT"

if [[ ! -d $REPO ]]; then
  echo "Building the synthetic repository (52,000 files, 13,000 commits, 1,000 merges) …" >&2
  git init -q --bare "$REPO"
  python3 bench/make-kernel-repo.py | git -C "$REPO" fast-import --quiet
fi

dotnet build -c Release src/KernelPortal.Cli --nologo -v quiet >/dev/null
KPORTAL=(dotnet artifacts/bin/KernelPortal.Cli/release/kportal.dll)

# median_seconds CMD...: runs CMD $RUNS times, prints the median wall time in seconds.
median_seconds() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'
}

plain_stats() {
  local tree
  tree=$(mktemp -d /tmp/kernelportal-bench.XXXXXX)
  git -C "$REPO" archive v1.1 | tar -x -C "$tree"
  (cd "$tree" && find . -type f | wc -l && find . -type f -print0 | xargs -0 cat | wc -l \
    && find . -type f -not -path './Documentation/*' -print0 | xargs -0 cat | wc -l)
  git -C "$REPO" log -1 --format=%cI v1.0 && git -C "$REPO" log -1 --format=%cI v1.1
  git -C "$REPO" rev-list --count --no-merges v1.0..v1.1
  git -C "$REPO" diff --shortstat v1.0 v1.1
  rm -rf "$tree"
}

# What the draft needs from git: the merges with their first-parent numstat, every commit with its parents,
# numstat and created files, and the Kconfig files at both tags.
plain_draft() {
  git -C "$REPO" log --first-parent --merges --diff-merges=first-parent --numstat v1.0..v1.1
  git -C "$REPO" log --diff-merges=off --raw --numstat --format='%H %P %s' v1.0..v1.1
  for tag in v1.0 v1.1; do
    git -C "$REPO" ls-tree -r "$tag" | awk '$4 ~ /(^|\/)Kconfig[^\/]*$/ { print $3 }'
  done | sort -u | git -C "$REPO" cat-file --batch
}

# What the people figures need from git: the commits A..B with author, committer, trailers and numstat, and every
# author reachable from A (for first-timers).
plain_people() {
  git -C "$REPO" log --no-merges --numstat --format='%x1e%aN%x1f%aE%x1f%cN%x1f%cE%x1f%(trailers:key=Reviewed-by,key=Tested-by,key=Reported-by,unfold,separator=%x1d)' v1.0..v1.1
  git -C "$REPO" log --no-merges --format=%aE v1.0
}

echo "Checking that the portal agrees with plain git …" >&2
"${KPORTAL[@]}" stats --repo "$REPO" --from v1.0 --to v1.1 --json > "$OUT/stats.json"
plain_stats > "$OUT/plain.txt"
cat "$OUT/stats.json" >&2
cat "$OUT/plain.txt" >&2

portal_stats=$(median_seconds "${KPORTAL[@]}" stats --repo "$REPO" --from v1.0 --to v1.1 --json)
git_stats=$(median_seconds plain_stats)
portal_draft=$(median_seconds "${KPORTAL[@]}" draft --repo "$REPO" --from v1.0 --to v1.1 --json)
git_draft=$(median_seconds plain_draft)
portal_people=$(median_seconds "${KPORTAL[@]}" stats --repo "$REPO" --from v1.0 --to v1.1 --people-only --json)
git_people=$(median_seconds plain_people)

echo
echo "repository: $(git -C "$REPO" ls-tree -r v1.1 | wc -l) tree entries, $(git -C "$REPO" rev-list --count v1.0..v1.1) commits ($(git -C "$REPO" rev-list --count --merges --first-parent v1.0..v1.1) first-parent merges); $RUNS runs, median; $(nproc) cores"
printf '%-44s %10s %12s %8s\n' "work" "portal (s)" "plain git (s)" "ratio"
printf '%-44s %10s %12s %8.2f\n' "stats (files, lines, days, commits, diff)" "$portal_stats" "$git_stats" "$(echo "$portal_stats / $git_stats" | bc -l)"
printf '%-44s %10s %12s %8.2f\n' "draft (merges, commits, numstat, Kconfig)" "$portal_draft" "$git_draft" "$(echo "$portal_draft / $git_draft" | bc -l)"
printf '%-44s %10s %12s %8.2f\n' "people (authors, trailers, lines, employers)" "$portal_people" "$git_people" "$(echo "$portal_people / $git_people" | bc -l)"
