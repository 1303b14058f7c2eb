#!/usr/bin/env bash
# Benchmarks the release binary beside baselines measured in the same run; prints each figure with its goal.
# Usage: bench/run.sh [--no-build] [--scratch DIR] [--baseline whiptail|dialog|none] [--runs N] [--keys K] ...
#   default: a clean release build (static stdlib, stripped) in .build-bench, emptied first;
#   --no-build: the release already in --scratch (default .build-release, as `make` leaves it).
# Env: OINP_GUIDE_BIN=path benchmarks that binary as it is (the CRS line needs --scratch of its build).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 baseline=whiptail scratch= pass=()
while (($#)); do
  case $1 in
    --no-build) build=0 ;;
    --scratch) scratch=$2; shift ;;
    --baseline) baseline=$2; pass+=(--baseline "$2"); shift ;;
    -h|--help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
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
  if ((build)); then
    # A clean build every time: an incremental release build once gave a binary that crashed on its first key.
    scratch=${scratch:-.build-bench}
    rm -rf "$scratch"
    make -s release SCRATCH="$scratch" >&2
  else
    scratch=${scratch:-.build-release}
  fi
  bin=$scratch/oinp-guide
fi
[[ -x $bin ]] || { echo "bench: no oinp-guide binary at $bin (run make, or drop --no-build)" >&2; exit 1; }

[[ -x /usr/bin/time ]] || install time || echo "bench: GNU time missing and not installable; peak RSS from /proc VmHWM" >&2
command -v valgrind >/dev/null || install valgrind || echo "bench: valgrind missing and not installable; no instruction counts" >&2
command -v sqlite3 >/dev/null || install sqlite3 || echo "bench: sqlite3 missing; the session list has no baseline" >&2
if [[ $baseline != none ]] && ! command -v "$baseline" >/dev/null; then
  install "$baseline" || echo "bench: $baseline missing and could not be installed; reporting our figures without ratios" >&2
fi

# The in-process CRS throughput needs the objects of the same release build.
crs=()
if [[ -n $scratch && -d $scratch/release/GuideCore.build ]]; then
  if bench/crs/build.sh "$scratch" "$scratch/crs-bench"; then crs=(--crs-bin "$scratch/crs-bench"); fi
else
  echo "bench: no release objects (give --scratch); no CRS line" >&2
fi

exec python3 bench/bench.py --bin "$bin" "${crs[@]}" "${pass[@]}"
