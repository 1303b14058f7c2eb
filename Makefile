# Builds, installs and removes oinp-guide.
#
#   make                              # a release binary: static Swift stdlib, stripped ($(SCRATCH)/oinp-guide)
#   make install PREFIX=$HOME/.local  # binary, man page, bash/zsh/fish completions under PREFIX
#   make uninstall PREFIX=$HOME/.local  # removes exactly those files
#   make install DESTDIR=/tmp/stage PREFIX=/usr   # staged install, for packagers
#
# The release is built in its own scratch folder, apart from the debug .build/ of `swift run` and
# `swift test`, so that the two never reuse each other's objects. It needs the Swift toolchain to build;
# the installed binary needs only glibc (libc, libm): libstdc++, libgcc, ncursesw, tinfo and sqlite3 are
# linked from Debian's static archives (see STATIC_LIBS), and the Swift stdlib is static too.

PREFIX  ?= /usr/local
DESTDIR ?=
SCRATCH ?= .build-release
SWIFT   ?= swift
STRIP   ?= strip
INSTALL ?= install
CLANG   ?= clang

bindir  = $(DESTDIR)$(PREFIX)/bin
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

BIN     = $(SCRATCH)/oinp-guide
# Rebuilt when anything it is made from changes; swift build itself decides what to recompile.
SOURCES = Package.swift $(shell find Sources Resources -type f 2>/dev/null)

# Linked from their static archives: with them as shared libraries the dynamic loader resolved about
# 1,350 symbols before main, a third of the first screen's instructions (callgrind, first screen:
# 9.3 M dynamic, 5.8 M static). The archives come from libstdc++-12-dev, libncurses-dev and
# libsqlite3-dev, found where the compiler looks (-print-file-name). A folder holding only them comes
# first in the linker's search path: through our own ncursesw.pc for the system-library target (whose
# pkg-config -L would otherwise find the .so first), which also serves sqlite3 and stdc++.
STATIC_LIBS = libstdc++.a libncursesw.a libtinfo.a libsqlite3.a
STATIC_DIR  = $(SCRATCH)/static-libs
STATIC_PC   = $(STATIC_DIR)/ncursesw.pc

# Where each file goes, as installed (uninstall removes these and nothing else).
INSTALLED = $(bindir)/oinp-guide \
            $(man1dir)/oinp-guide.1 \
            $(bashdir)/oinp-guide \
            $(zshdir)/_oinp-guide \
            $(fishdir)/oinp-guide.fish

.PHONY: all release install uninstall clean archive check-install

all: release

release: $(BIN)

$(BIN): $(SOURCES) $(STATIC_PC)
	PKG_CONFIG_PATH=$(abspath $(STATIC_DIR)) $(SWIFT) build -c release --static-swift-stdlib \
	    -Xswiftc -Xclang-linker -Xswiftc -static-libgcc --scratch-path $(SCRATCH)
	$(STRIP) -o $@ $(SCRATCH)/release/oinp-guide

$(STATIC_PC):
	@mkdir -p $(STATIC_DIR)
	@for lib in $(STATIC_LIBS); do \
	    path=$$($(CLANG) -print-file-name=$$lib); \
	    [ -f "$$path" ] || { echo "make: $$lib not found; run scripts/setup.sh (it installs the -dev packages that hold it)" >&2; exit 1; }; \
	    ln -sf "$$path" $(STATIC_DIR)/$$lib; \
	done
	@printf 'Name: ncursesw\nDescription: ncursesw from its static archive (oinp-guide release)\nVersion: 6\nLibs: -L%s -lncursesw -ltinfo\nCflags: %s\n' \
	    "$(abspath $(STATIC_DIR))" "$$(pkg-config --cflags ncursesw)" > $@

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
