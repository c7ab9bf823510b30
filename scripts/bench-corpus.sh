#!/usr/bin/env bash
# Whole-process figures on the development corpus (issue #13's measure): `extract` and
# `check` over ../shared/corpus/articles, wall and CPU time (all cores) and peak RSS, median
# of ROUNDS. Give other binaries to compare with (an older build of claimcheck): the runs
# alternate between them, so a slow minute of a shared machine falls on all of them alike.
# Usage: scripts/bench-corpus.sh [ROUNDS] [OTHER_BINARY...]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-40}"
shift || true
corpus="../shared/corpus/articles"
if [ ! -d "$corpus" ]; then
    echo "bench-corpus: $corpus is missing (the corpus lives beside the clone)" >&2
    exit 2
fi
# The bench build shares the test build's dependency features (see bench-process.sh).
cargo bench --no-run --quiet 2>/dev/null
bin="${CARGO_TARGET_DIR:-target}/release/claimcheck"
python3 - "$rounds" "$corpus" "$bin" "$@" <<'PY'
import os, subprocess, sys, time
rounds, corpus, bins = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
for case in ("extract", "check"):
    wall = {b: [] for b in bins}; cpu = {b: [] for b in bins}; rss = {b: [] for b in bins}
    for _ in range(rounds):
        for b in bins:
            t = time.perf_counter()
            p = subprocess.Popen([b, case, "--format", "json", corpus],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, ru = os.wait4(p.pid, 0)
            wall[b].append((time.perf_counter() - t) * 1000)
            cpu[b].append((ru.ru_utime + ru.ru_stime) * 1000)
            rss[b].append(ru.ru_maxrss / 1024)
    for b in bins:
        med = lambda xs: sorted(xs)[len(xs) // 2]
        print(f"{case:8} {b}: wall median {med(wall[b]):.1f} ms (min {min(wall[b]):.1f}), "
              f"CPU median {med(cpu[b]):.1f} ms, peak RSS {med(rss[b]):.0f} MB")
PY
