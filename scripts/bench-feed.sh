#!/usr/bin/env bash
# Throughput on a news feed: JSON Lines of ~5 KB articles (the example article and
# Geostat-style releases), checked against the bundled data on all cores, JSONL out.
# Three feed sizes show how time grows with the number of articles.
# Usage: scripts/bench-feed.sh [ARTICLES...]   (default: 1000 4000 16000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000 16000)
# Built with the test build's dependency features (see bench-process.sh).
cargo bench --no-run --quiet 2>/dev/null
bin="${CARGO_TARGET_DIR:-target}/release/claimcheck"
python3 - "$bin" "${sizes[@]}" <<'PY'
import json, os, resource, subprocess, sys, tempfile, time
bin, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
example = open("tests/fixtures/kalugin-interview.txt", encoding="utf-8").read()
releases = open("benches/corpus/releases.txt", encoding="utf-8").read().splitlines()
def article(i):
    text = example if i % 2 == 0 else ""
    k = i
    while len(text.encode()) < 5000:
        text += releases[k % len(releases)] + "\n"
        k += 1
    return text
print(f"{os.cpu_count()} cores; articles of ~5 KB; best of 3 runs")
for n in sizes:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "date": "2025-12-15", "text": article(i)}) + "\n")
        feed = f.name
    mb = os.path.getsize(feed) / 1e6
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([bin, "check", "--format", "jsonl", feed], stdout=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - t)
    os.unlink(feed)
    print(f"{n:>6} articles ({mb:.1f} MB): {best:.2f} s = {n / best:,.0f} articles/s, {mb / best:.1f} MB/s")
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"peak RSS of any run: {rss:.0f} MB")
PY
