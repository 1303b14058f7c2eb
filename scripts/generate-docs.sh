#!/usr/bin/env bash
# Regenerates the man page and the shell completion scripts from the command-line definitions
# (swift-argument-parser), into docs/man and docs/completions. A test checks they are current.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >&2
swift package plugin --allow-writing-to-package-directory generate-manual >&2
cp .build/plugins/GenerateManual/outputs/oinp-guide/oinp-guide.1 docs/man/
for sh in bash zsh fish; do
    .build/release/oinp-guide --generate-completion-script "$sh" > "docs/completions/oinp-guide.$sh"
done
echo "docs/man and docs/completions regenerated" >&2
