#!/usr/bin/env bash
# Throughput on a news feed: JSON Lines of articles checked against the bundled data on all
# cores, JSONL out — a feed of news articles (the example article) and a feed of 5 KB
# statistical releases with a figure in nearly every clause.
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
def dense(i):
    # Geostat-style releases back to back: a figure in nearly every clause (~60 claims).
    text, k = "", i
    while len(text.encode()) < 5000:
        text += releases[k % len(releases)] + "\n"
        k += 1
    return text
feeds = {
    "news (the example article, 4 KB, 11 claims)": lambda i: example,
    "dense (5 KB of statistical releases, ~60 claims)": dense,
}
print(f"{os.cpu_count()} cores; JSONL out; best of 3 runs")
for name, make in feeds.items():
    print(name)
    for n in sizes:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for i in range(n):
                f.write(json.dumps({"id": f"a{i}", "date": "2025-12-15", "text": make(i)}) + "\n")
            feed = f.name
        mb = os.path.getsize(feed) / 1e6
        best, rss = float("inf"), 0.0
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t = time.perf_counter()
            subprocess.run([bin, "check", "--format", "jsonl", "-o", feed + ".out", feed], check=False)
            best = min(best, time.perf_counter() - t)
            rss = max(rss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        with open(feed + ".out", "rb") as out:
            lines = sum(1 for _ in out)
        os.unlink(feed)
        os.unlink(feed + ".out")
        print(f"  {n:>6} articles ({mb:.1f} MB): {best:.2f} s = {n / best:,.0f} articles/s, "
              f"{lines / best:,.0f} claims/s; peak RSS so far {rss:.0f} MB")
PY
