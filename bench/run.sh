#!/usr/bin/env bash
# Benchmarks the real oinp-guide binary in a pseudo-terminal against a C baseline measured in the same run.
# Usage: bench/run.sh [--no-build] [--baseline whiptail|dialog] [--runs N] [--keys K] [--key-pattern updown|down]
# Env: OINP_GUIDE_BIN=path uses that binary as it is (no build). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 baseline=whiptail pass=()
while (($#)); do
  case $1 in
    --no-build) build=0 ;;
    --baseline) baseline=$2; pass+=(--baseline "$2"); shift ;;
    -h|--help) sed -n '2,4s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) pass+=("$1") ;;
  esac
  shift
done

# Installs Debian packages as root without questions; the package lists are refreshed only if needed.
install() {
  [[ $(id -u) == 0 ]] || return 1
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq "$@" || { apt-get update -qq && apt-get install -y -qq "$@"; }; } >/dev/null 2>&1
}

bin=${OINP_GUIDE_BIN:-}
if [[ -z $bin ]]; then
  # A given binary is taken as it is: building .build/ would not change it, and may collide with other builds.
  if ((build)); then swift build -c release >&2; fi
  for b in .build/release/oinp-guide .build/debug/oinp-guide; do
    if [[ -x $b ]]; then bin=$b; break; fi
  done
fi
[[ -n $bin && -x $bin ]] || { echo "bench: no oinp-guide binary (looked for ${bin:-.build/{release,debug}/oinp-guide})" >&2; exit 1; }

[[ -x /usr/bin/time ]] || install time || echo "bench: GNU time missing and not installable; peak RSS from /proc VmHWM" >&2
if [[ $baseline != none ]] && ! command -v "$baseline" >/dev/null; then
  install "$baseline" || echo "bench: $baseline missing and could not be installed; reporting our figures without ratios" >&2
fi

exec python3 bench/bench.py --bin "$bin" "${pass[@]}"
