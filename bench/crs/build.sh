#!/usr/bin/env bash
# Builds bench/crs/main.swift (in-process CRS throughput) against a release build's GuideCore objects,
# so the bench measures the same optimised code that is in the binary without a library product.
# Usage: bench/crs/build.sh SCRATCH OUT    (SCRATCH: the --scratch-path of a `swift build -c release`)
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$1 out=$2
rel=$scratch/release
map=$(find "$scratch/checkouts" -path '*/Sources/GRDBSQLite/module.modulemap' | head -1)
[[ -d $rel/GuideCore.build && -n $map ]] || { echo "crs: no release build in $scratch" >&2; exit 1; }
# Up to date when newer than its source and the objects it links.
if [[ -x $out && -z $(find bench/crs/main.swift "$rel/GuideCore.build" -newer "$out" -print -quit) ]]; then exit 0; fi
swiftc -O -static-stdlib -I "$rel/Modules" -Xcc -fmodule-map-file="$map" bench/crs/main.swift \
    "$rel"/GuideCore.build/*.o "$rel"/GuideResources.build/*.o "$rel"/GRDB.build/*.o -lsqlite3 -o "$out" >"$out.log" 2>&1 \
    || { cat "$out.log" >&2; exit 1; }
