# Builds, installs and removes oinp-guide.
#
#   make                              # a release binary: static Swift stdlib, stripped ($(SCRATCH)/oinp-guide)
#   make install PREFIX=$HOME/.local  # binary, man page, bash/zsh/fish completions under PREFIX
#   make uninstall PREFIX=$HOME/.local  # removes exactly those files
#   make install DESTDIR=/tmp/stage PREFIX=/usr   # staged install, for packagers
#
# The release is built in its own scratch folder, apart from the debug .build/ of `swift run` and
# `swift test`, so that the two never reuse each other's objects. It needs the Swift toolchain to build;
# the installed binary needs only Debian's libncursesw6, libsqlite3-0 and libstdc++6.

PREFIX  ?= /usr/local
DESTDIR ?=
SCRATCH ?= .build-release
SWIFT   ?= swift
STRIP   ?= strip
INSTALL ?= install

bindir  = $(DESTDIR)$(PREFIX)/bin
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

BIN     = $(SCRATCH)/oinp-guide
# Rebuilt when anything it is made from changes; swift build itself decides what to recompile.
SOURCES = Package.swift $(shell find Sources Resources -type f 2>/dev/null)

# Where each file goes, as installed (uninstall removes these and nothing else).
INSTALLED = $(bindir)/oinp-guide \
            $(man1dir)/oinp-guide.1 \
            $(bashdir)/oinp-guide \
            $(zshdir)/_oinp-guide \
            $(fishdir)/oinp-guide.fish

.PHONY: all release install uninstall clean archive check-install

all: release

release: $(BIN)

$(BIN): $(SOURCES)
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(SCRATCH)
	$(STRIP) -o $@ $(SCRATCH)/release/oinp-guide

install: $(BIN)
	$(INSTALL) -D -m 755 $(BIN) $(bindir)/oinp-guide
	$(INSTALL) -D -m 644 docs/man/oinp-guide.1 $(man1dir)/oinp-guide.1
	$(INSTALL) -D -m 644 docs/completions/oinp-guide.bash $(bashdir)/oinp-guide
	$(INSTALL) -D -m 644 docs/completions/oinp-guide.zsh $(zshdir)/_oinp-guide
	$(INSTALL) -D -m 644 docs/completions/oinp-guide.fish $(fishdir)/oinp-guide.fish

uninstall:
	rm -f $(INSTALLED)

# The release archive (binary, man page, completions, README) in dist/.
archive:
	scripts/release.sh

# Installs into a temporary prefix, runs the installed binary with the toolchain hidden, uninstalls.
check-install:
	scripts/check-install.sh

clean:
	rm -rf $(SCRATCH) dist
