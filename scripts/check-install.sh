#!/usr/bin/env bash
# Checks the release as a user gets it: `make install PREFIX=<temporary folder>`, then the installed binary
# runs with the Swift toolchain's folder hidden (--version, assess on the example profile, the plain mode on
# a fresh data folder, which opens the SQLite store), then `make uninstall` leaves no file behind.
# The same for a staged install (DESTDIR). Exits non-zero, saying what failed, on the first failure.
# Run from .ci/run after the tests; builds the release (in .build-release) if it is not built yet.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-install: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The toolchain's folder: where the swift on PATH lives (/opt/swift here), never a system folder.
swift_bin=$(readlink -f "$(command -v swift)") || fail "no swift on PATH to build with"
toolchain=${OINP_TOOLCHAIN_DIR:-$(dirname "$(dirname "$(dirname "$swift_bin")")")}
case $toolchain in /|/usr|/usr/local) toolchain=$toolchain/lib/swift ;; esac
[[ -d $toolchain ]] || fail "toolchain folder $toolchain not found"

# Runs a command with the toolchain's folder replaced by an empty one, in a private mount namespace
# (as root; otherwise in a user namespace). Inside, first proves the folder is really gone.
hidden() {
    local inner='mount -t tmpfs -o size=1m none "$0" && [ -z "$(ls -A "$0")" ] || exit 90
                 exec "$@"'
    if unshare -m true 2>/dev/null; then
        unshare -m sh -c "$inner" "$toolchain" "$@"
    elif unshare -rm true 2>/dev/null; then
        unshare -rm sh -c "$inner" "$toolchain" "$@"
    else
        return 91
    fi
}
if hidden true; then
    how="with $toolchain hidden (empty tmpfs in a private mount namespace)"
    # The hiding must be real: the toolchain's own swift cannot start without its folder.
    if hidden "$swift_bin" --version >/dev/null 2>&1; then fail "hiding $toolchain did not work: swift still runs"; fi
else
    # No namespaces here (an unprivileged container): the weaker check, with no library path to the toolchain.
    echo "check-install: cannot hide $toolchain (no mount namespace); running with LD_LIBRARY_PATH empty and ldd checked" >&2
    how="with LD_LIBRARY_PATH empty (toolchain not hidden)"
    hidden() { env -u LD_LIBRARY_PATH PATH=/usr/bin:/bin "$@"; }
fi

make -s release >&2

# 1. make install PREFIX=...
prefix=$work/prefix
mkdir -p "$prefix"
make -s install PREFIX="$prefix"
bin=$prefix/bin/oinp-guide
for f in bin/oinp-guide share/man/man1/oinp-guide.1 share/bash-completion/completions/oinp-guide \
         share/zsh/site-functions/_oinp-guide share/fish/vendor_completions.d/oinp-guide.fish; do
    [[ -s $prefix/$f ]] || fail "make install did not put $f under PREFIX"
done
[[ -x $bin ]] || fail "installed binary is not executable"
head -1 "$prefix/share/zsh/site-functions/_oinp-guide" | grep -qx '#compdef oinp-guide' || fail "zsh completion has no #compdef line"

# Only Debian's libraries: nothing from the toolchain, nothing missing.
libs=$(ldd "$bin") || fail "ldd $bin failed"
if grep -E "$toolchain|not found" <<<"$libs"; then fail "the installed binary needs libraries from outside Debian (above)"; fi
if readelf -S "$bin" | grep -q '\.symtab'; then fail "the installed binary is not stripped"; fi
# glibc's and nothing else: libstdc++, ncursesw, tinfo and sqlite3 are linked from their archives (Makefile).
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | grep -Ev '^(libc\.so\.6|libm\.so\.6|ld-linux-x86-64\.so\.2)$' || true)
[[ -z $needed ]] || fail "the installed binary needs shared libraries beyond glibc's: $needed"

# 2. It runs without the toolchain.
version=$(hidden "$bin" --version) || fail "oinp-guide --version failed $how (exit $?)"
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$version', not a version number"
report=$(hidden "$bin" assess docs/examples/profile-example.json --as-of 2026-12-01) \
    || fail "oinp-guide assess failed $how (exit $?)"
grep -q '^CRS score: [0-9]' <<<"$report" || fail "assess printed no CRS score: $(head -3 <<<"$report")"
plain=$(hidden "$bin" --plain --data-dir "$work/data" </dev/null) || fail "oinp-guide --plain failed $how (exit $?)"
grep -q 'What is your date of birth' <<<"$plain" || fail "--plain did not ask the first question: $(head -3 <<<"$plain")"
# The store (sqlite3, linked in) keeps a session and lists it.
hidden "$bin" sessions import docs/examples/profile-example.json --name "Install check" --data-dir "$work/data" >/dev/null \
    || fail "oinp-guide sessions import failed $how (exit $?)"
hidden "$bin" sessions list --data-dir "$work/data" | grep -q 'Install check' || fail "sessions list does not show the imported session"

# 3. make uninstall leaves no file.
make -s uninstall PREFIX="$prefix"
left=$(find "$prefix" ! -type d)
[[ -z $left ]] || fail "make uninstall left: $left"

# 4. A staged install (DESTDIR) puts everything under DESTDIR/PREFIX and its uninstall removes it.
stage=$work/stage
make -s install DESTDIR="$stage" PREFIX=/usr
[[ -x $stage/usr/bin/oinp-guide && -s $stage/usr/share/man/man1/oinp-guide.1 ]] || fail "DESTDIR install misplaced its files"
make -s uninstall DESTDIR="$stage" PREFIX=/usr
left=$(find "$stage" ! -type d)
[[ -z $left ]] || fail "make uninstall with DESTDIR left: $left"

echo "check-install: OK: make install/uninstall (PREFIX and DESTDIR); oinp-guide $version ran $how"
