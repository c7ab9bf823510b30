#!/usr/bin/env bash
# Extraction speed against quantulum3 on the same ~1 MB of article text (the corpus of
# benches/extract.rs: the example article and Geostat-style releases, one article at a time).
# Installs quantulum3 in a venv under $TMPDIR on first use.
# Usage: scripts/compare-quantulum3.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
venv="${TMPDIR:-/tmp}/claimcheck-quantulum3-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import quantulum3' 2>/dev/null; then
  echo "installing quantulum3 into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet quantulum3
fi
# The bench build shares the test build's dependency features; `cargo build --release`
# would compile polars a second time with another feature set.
cargo bench --no-run --quiet 2>/dev/null
bin="${CARGO_TARGET_DIR:-target}/release/claimcheck"
"$venv/bin/python" - "$bin" "$runs" <<'PY'
import json, os, subprocess, sys, tempfile, time
from quantulum3 import parser

bin, runs = sys.argv[1], int(sys.argv[2])
example = open("tests/fixtures/kalugin-interview.txt", encoding="utf-8").read()
releases = open("benches/corpus/releases.txt", encoding="utf-8").read().splitlines()
docs, total, i = [], 0, 0
while total < 1_000_000:  # the recipe of benches/extract.rs
    a = example if i % 3 == 0 else f"{releases[i % 4]}\n{releases[(i + 1) % 4]}\n"
    total += len(a.encode())
    docs.append(a)
    i += 1
mb = total / 1e6

with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for n, d in enumerate(docs):
        f.write(json.dumps({"id": f"a{n}", "text": d}) + "\n")
    feed = f.name

def best(fn):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)

env = dict(os.environ, RAYON_NUM_THREADS="1", NO_COLOR="1")
def ours():
    subprocess.run([bin, "extract", "--format", "jsonl", feed], env=env,
                   stdout=subprocess.DEVNULL, check=True)
parser.parse("warm up 5 km")  # quantulum3 loads its models on first use: not timed
def theirs():
    for d in docs:
        parser.parse(d)

t_ours = best(ours)
t_theirs = best(theirs)
os.unlink(feed)
print(f"corpus: {len(docs)} articles, {mb:.2f} MB; best of {runs} runs, one core")
print(f"claimcheck extract (whole process, JSONL out): {t_ours:.3f} s = {mb / t_ours:.1f} MB/s")
print(f"quantulum3 parser.parse (in process, models loaded): {t_theirs:.3f} s = {mb / t_theirs:.2f} MB/s")
print(f"ratio: claimcheck is {t_theirs / t_ours:.0f}x faster")
PY
# The same text in process, without start-up and output (divan: fastest, slowest, median, mean).
cargo bench --quiet --bench extract -- extract_1mb 2>/dev/null | grep -A1 extract_1mb
