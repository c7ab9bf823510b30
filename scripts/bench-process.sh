#!/usr/bin/env bash
# Whole-process figures: one article with the bundled data, process start to output.
# Usage: scripts/bench-process.sh [RUNS]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
# The bench build shares the test build's dependency features; `cargo build --release`
# would compile polars a second time with another feature set.
cargo bench --no-run --quiet 2>/dev/null
bin="${CARGO_TARGET_DIR:-target}/release/claimcheck"
python3 - "$bin" "$runs" <<'PY'
import subprocess, sys, time, resource
bin, runs = sys.argv[1], int(sys.argv[2])
args = [bin, "check", "--format", "json", "tests/fixtures/kalugin-interview.txt"]
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, check=False)
    times.append((time.perf_counter() - t) * 1000)
times.sort()
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"check example article: median {times[len(times)//2]:.1f} ms, p90 {times[int(len(times)*0.9)]:.1f} ms, min {times[0]:.1f} ms over {runs} runs; peak RSS {rss:.0f} MB")
PY
