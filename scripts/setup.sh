#!/usr/bin/env bash
# Installs the Debian packages oinp-guide needs to build and test, when they are missing:
# the ncursesw headers, SQLite (for GRDB), pkg-config, and tmux (the end-to-end tests' terminal).
# make and binutils (strip, readelf) build and check the release (make install, scripts/check-install.sh).
set -euo pipefail

needed=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in libncursesw5-dev libsqlite3-dev pkg-config tmux make binutils; do
    have "$pkg" || needed+=("$pkg")
done
[ ${#needed[@]} -eq 0 ] && exit 0

echo "setup: installing ${needed[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
