#!/usr/bin/env bash
# Reference data at scale: a synthetic bilateral-trade dataset (every pair of ISO countries
# × months × export/import) at three sizes; for each, the load time, query latency and peak
# memory (examples/scale.rs) and the whole process checking the example article against it.
# Usage: scripts/bench-scale.sh [SIZES...]   (default: 100000 1000000 10000000 rows)
# The data goes to $TMPDIR/claimcheck-scale-N (about 95 bytes a row; 10M rows ≈ 1 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 10000000)
# Built with the test build's dependency features (see bench-process.sh).
cargo build --release --quiet --example scale
cargo bench --no-run --quiet 2>/dev/null
target="${CARGO_TARGET_DIR:-target}/release"
for n in "${sizes[@]}"; do
  dir="${TMPDIR:-/tmp}/claimcheck-scale-$n"
  "$target/examples/scale" --rows "$n" --dir "$dir"
  python3 - "$target/claimcheck" "$dir" <<'PY'
import resource, subprocess, sys, time
bin, data = sys.argv[1], sys.argv[2]
args = [bin, "check", "--format", "json", "--data", data, "tests/fixtures/kalugin-interview.txt"]
times = []
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, check=False)
    times.append(time.perf_counter() - t)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"  whole process, check the example article: best {min(times):.2f} s of 3; peak RSS {rss:.0f} MB")
PY
done
