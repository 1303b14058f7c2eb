#!/usr/bin/env bash
# Where the first screen's instructions go: one callgrind run of the (unstripped) release binary on the
# fresh or the resume screen, then the functions with the most inclusive instructions.
# Usage: bench/profile-first-screen.sh [fresh|resume|data-dir] [BINARY] [TOP]   (data-dir: the fresh screen
#   with the folder given as --data-dir, so the argument parser runs)
#   BINARY defaults to .build-release/release/oinp-guide (make leaves it there, with symbols).
# The callgrind output stays in bench/out/callgrind.SCREEN for callgrind_annotate or kcachegrind.
set -euo pipefail
cd "$(dirname "$0")/.."
screen=${1:-fresh} bin=${2:-.build-release/release/oinp-guide} top=${3:-40}
mkdir -p bench/out
out=bench/out/callgrind.$screen
total=$(python3 bench/bench.py --bin "$bin" --profile-screen "$screen" --callgrind-out "$out")
echo "$screen screen: $total instructions ($bin)"
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null | sed -n '/^Ir/,$p' | head -n $((top + 2)) \
    | sed -E 's/\(\/[^)]*\)//' | cut -c1-200
