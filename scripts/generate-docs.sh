#!/usr/bin/env bash
# Regenerates the man page and the shell completion scripts from the command-line definitions
# (swift-argument-parser), into docs/man and docs/completions, and the keys (README's keys table and the
# man page's KEYS section) from the key tables in Sources/GuideUI/Keys/KeyMaps.swift. Tests check they are current.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >&2
swift package plugin --allow-writing-to-package-directory generate-manual >&2
cp .build/plugins/GenerateManual/outputs/oinp-guide/oinp-guide.1 docs/man/
for sh in bash zsh fish; do
    .build/release/oinp-guide --generate-completion-script "$sh" > "docs/completions/oinp-guide.$sh"
done
# The plugin cannot write a KEYS section: the key documents' tests write it (and README's table) from the
# tables when OINP_WRITE_KEY_DOCS=1, then check what they wrote.
swift build --build-tests >&2
OINP_WRITE_KEY_DOCS=1 swift test --skip-build --filter KeyDocsTests >&2
echo "docs/man, docs/completions and README's keys regenerated" >&2
