#!/usr/bin/env bash
# One very long article, whole process: time and peak memory grow linearly with its size?
# Two kinds of one-line text with no full stops: prose full of small numbers and no measure
# words, and prose full of claims ("exports to Russia reached $681.5 million in 2024, ...").
# Usage: scripts/bench-long-article.sh [MB ...]   (default: 1 10 50; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1 10 50}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
# CLAIMCHECK_BIN names a release binary already built; else build one through the bench
# profile (the test build's features: no second polars build).
bin="${CLAIMCHECK_BIN:-}"
if [ -z "$bin" ]; then
  cargo bench --no-run --quiet 2>/dev/null || cargo build --release --quiet
  bin="${CARGO_TARGET_DIR:-target}/release/claimcheck"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" "${sizes[@]}" <<'PY'
import sys
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
prose = "the quick brown fox jumps over {a} lazy dogs and {b} cats, while "
claims = "Georgia's exports to Russia reached ${a}.5 million in 2024, and imports from Turkey {b}.2 percent more, while "
for mb in sizes:
    for name, pattern in (("numbers", prose), ("claims", claims)):
        parts, n, i = [], 0, 0
        while n < mb * 1_000_000:
            s = pattern.format(a=i % 50 + 1, b=i % 13 + 1)
            parts.append(s); n += len(s); i += 1
        open(f"{work}/{name}-{mb}.txt", "w").write("".join(parts))
PY
for mb in "${sizes[@]}"; do
  for name in numbers claims; do
    # Exit status 1 (a claim diverges) is a result, not a failure.
    /usr/bin/time -f "$name, $mb MB: %e s, peak RSS %M KB" \
      "$bin" check --format jsonl --date 2025-06-01 "$work/$name-$mb.txt" > /dev/null || [ $? -le 1 ]
  done
done
