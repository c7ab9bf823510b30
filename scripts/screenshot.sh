#!/usr/bin/env bash
# Regenerates docs/example-report.png: the example article's HTML report in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
cargo run --quiet -- check --format html --date 2025-12-15 -o "$out/report.html" tests/fixtures/kalugin-interview.txt || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/profile" --window-size=1200,1800 \
  --screenshot="$PWD/docs/example-report.png" "file://$out/report.html"
echo "wrote docs/example-report.png"
