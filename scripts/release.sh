#!/usr/bin/env bash
# Builds the release archive dist/oinp-guide-VERSION-linux-ARCH.tar.gz: the stripped binary (static Swift
# stdlib), the man page, the bash/zsh/fish completions and the README, laid out as under a prefix, so that
#   tar -xzf oinp-guide-*.tar.gz -C $HOME/.local --strip-components=1
# installs it. Always a clean build (its own scratch folder, emptied first): an archive is never made from
# objects left by an earlier build.
# Usage: scripts/release.sh [--keep-build]   (--keep-build: reuse .build-release as it is, for a quick retry)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-release
if [[ ${1:-} != --keep-build ]]; then rm -rf "$scratch"; fi
make -s release SCRATCH="$scratch" >&2

bin=$scratch/oinp-guide
version=$("$bin" --version)
name=oinp-guide-$version-linux-$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The same layout as `make install`, under one top folder.
make -s install PREFIX= DESTDIR="$stage/$name" SCRATCH="$scratch"
cp README.md "$stage/$name/README.md"

# The archive must not need the toolchain: no library may come from its folder.
if ldd "$stage/$name/bin/oinp-guide" | grep -E '/opt/swift|not found' >&2; then
    echo "release: the binary needs libraries that are not Debian's (above)" >&2
    exit 1
fi

mkdir -p dist
# Owner and dates fixed, so that the same binary gives the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$(git log -1 --format=%ct 2>/dev/null || echo 0)" \
    -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz ($(du -k "dist/$name.tar.gz" | cut -f1) KiB; binary $(du -k "$bin" | cut -f1) KiB)"
