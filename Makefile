# Civic — build, test, install.
#
#   make            build ./civic (installs flex, bison and readline when missing)
#   make check      build and run every test; last line "N passed, N failed" (installs
#                   cmocka, Node.js, Vim, Emacs, Graphviz and Chromium for the tests when
#                   missing, and the npm packages of the editor and browser tests into
#                   build/node_modules)
#   make sanitize   the same suite under AddressSanitizer + UBSan
#   make valgrind   the same suite under valgrind memcheck
#   make bench      performance figures
#   make coverage   line and branch coverage of grammar/ and interp/
#   make fuzz       libFuzzer harnesses (FUZZ_SECONDS=N each)
#   make faults     allocation-failure injection over a check, a query and a run
#   make install    PREFIX=/usr/local DESTDIR=...  (rebuilds for the stdlib path it installs to)
#
# CC, CFLAGS, CPPFLAGS, LDFLAGS and LDLIBS are honoured from the environment or the
# command line on every compile and link line (OPT sets the optimisation, -O2 -g).

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/civic
MANDIR  ?= $(PREFIX)/share/man/man1
# The version is the latest release in CHANGELOG.md: its first "## [x.y.z]" heading.
VERSION := $(shell sed -n 's/^\#\# \[\([0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*\)\].*/\1/p' CHANGELOG.md | head -n 1)
ifeq ($(VERSION),)
$(error CHANGELOG.md has no released version: a heading like "## [0.1.0] - 2026-12-06" is needed)
endif

CC      ?= cc
BUILD   ?= build
FLEX    ?= flex
BISON   ?= bison
OPT     ?= -O2 -g
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CFLAGS  ?=
# The folders, lowest first: a file may include headers of its own folder and
# of the folders before it, never after (tests/tools/layers.sh checks it).
LAYERS  := grammar/base grammar interp/model interp/query interp/sim interp/render interp/cli
CPPFLAGS_ALL := -I$(BUILD) $(addprefix -I,$(LAYERS)) $(CPPFLAGS)
CFLAGS_ALL   := -std=c11 -pthread -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) $(WARN) $(CFLAGS)
LDLIBS_ALL   := -lreadline -ljansson -lm -pthread $(LDLIBS)

# Generated sources: warnings from flex/bison output are not ours.
# GEN_EXTRA: flags for the generated scanner and parser only (the fuzz build
# leaves comparison tracing out of their table loops: half its time went there).
GEN_EXTRA ?=
GEN_CFLAGS := -std=c11 -pthread -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) -Wno-unused-function -Wno-sign-compare -Wno-unused-parameter $(CFLAGS) $(GEN_EXTRA)

LIB_SRC := $(filter-out interp/cli/main.c,$(foreach d,$(LAYERS),$(wildcard $(d)/*.c)))
LIB_OBJ := $(BUILD)/parser.o $(BUILD)/lexer.o $(BUILD)/stdlib_embed.o $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRC))
HEADERS := $(foreach d,$(LAYERS),$(wildcard $(d)/*.h)) $(BUILD)/parser.h $(BUILD)/lexer.h
STDLIB_FILES := $(shell find stdlib -name '*.civic' | LC_ALL=C sort)

UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))

# BUILD=build makes ./civic; any other BUILD (build/asan, build/cov, …) makes
# $(BUILD)/civic, so variants never disturb the main build.
CIVIC_BIN := $(if $(filter build,$(BUILD)),civic,$(BUILD)/civic)

.PHONY: all deps test-deps check variant sanitize valgrind bench coverage fuzz faults install uninstall clean run-example FORCE
all: deps $(CIVIC_BIN)

# ---- dependencies -------------------------------------------------------------
# Installs only what is missing, through apt-get (sudo when not root): what the
# build needs for make, and what the tests need besides for make check, so that
# cmocka, Node.js, Vim and Emacs are never needed to build or install civic.
DEPS_STAMP := $(BUILD)/.deps-ok
TEST_DEPS_STAMP := $(BUILD)/.test-deps-ok
deps: $(DEPS_STAMP)
test-deps: $(TEST_DEPS_STAMP)
$(DEPS_STAMP): tests/tools/deps.sh
	@sh tests/tools/deps.sh build
	@mkdir -p $(BUILD) && touch $@
$(TEST_DEPS_STAMP): $(DEPS_STAMP)
	@sh tests/tools/deps.sh test
	@touch $@

# The npm packages of the tests, exact versions, in build/node_modules whatever BUILD
# is; reinstalled when the list changes: the editor test's (tests/editors/textmate.js),
# playwright-core, which drives Debian's chromium in civic render's browser test
# (tests/tools/browser.js; it downloads no browser), and the language server's
# (tests/lsp/jsonrpc.js: the JSON-RPC library of VS Code's client, the version
# vscode-languageclient 9 uses).  Without the registry, the rest of make check still
# runs, and those tests say what is missing.
NPM_TEST_PACKAGES := vscode-textmate@9.4.0 vscode-oniguruma@2.0.1 playwright-core@1.64.1 vscode-jsonrpc@8.2.0
NODE_STAMP := build/node_modules/.civic-$(subst @,-,$(subst $() ,+,$(NPM_TEST_PACKAGES)))
$(NODE_STAMP): $(TEST_DEPS_STAMP)
	@mkdir -p build
	rm -f build/node_modules/.civic-*
	@if npm install --prefix build --no-save --no-package-lock --no-audit --no-fund --loglevel=error $(NPM_TEST_PACKAGES); \
	 then touch $@; else echo "civic: npm could not install $(NPM_TEST_PACKAGES): the TextMate grammar's test will fail" >&2; fi

# ---- configuration --------------------------------------------------------------
# The version and the installed stdlib's path, in a header that is rewritten only
# when its content changes, and forced into the objects whose source names either
# macro: "make install PREFIX=/opt/x" after "make" rebuilds just those and relinks.
CONFIG_H := $(BUILD)/config.h
CONFIG_USERS := $(patsubst %.c,$(BUILD)/%.o,$(shell grep -l -E 'CIVIC_(VERSION|STDLIB_DIR)' $(foreach d,$(LAYERS),$(wildcard $(d)/*.c))))
$(CONFIG_USERS): $(CONFIG_H)
$(CONFIG_USERS): CONFIG_FLAGS = -include $(CONFIG_H)
$(CONFIG_H): FORCE
	@mkdir -p $(BUILD)
	@stdlib=$$(printf '%s' '$(DATADIR)/stdlib' | sed 's/[\\"]/\\&/g'); \
	 printf '%s\n' '/* Generated by the Makefile (VERSION, DATADIR): do not edit. */' \
	   '#define CIVIC_VERSION "$(VERSION)"' "#define CIVIC_STDLIB_DIR \"$$stdlib\"" > $@.tmp; \
	 if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
FORCE:

# ---- the binary ---------------------------------------------------------------
LDFLAGS ?=

variant: $(DEPS_STAMP) $(TEST_DEPS_STAMP) $(CIVIC_BIN) $(UNIT_BIN)

$(CIVIC_BIN): $(DEPS_STAMP) $(LIB_OBJ) $(BUILD)/interp/cli/main.o
	$(CC) $(CFLAGS_ALL) $(LDFLAGS) -o $@ $(LIB_OBJ) $(BUILD)/interp/cli/main.o $(LDLIBS_ALL)

# parser.y needs Bison 3.6 or later (parse.error custom, yypcontext_*, YYSYMBOL_*):
# need_bison.sh says so, and how to get one, before an older bison fails cryptically.
BISON_MIN := 3.6
$(BUILD)/parser.c $(BUILD)/parser.h: grammar/parser.y $(DEPS_STAMP)
	@mkdir -p $(BUILD)
	@sh tests/tools/need_bison.sh '$(BISON)' $(BISON_MIN)
	$(BISON) -Wall -Werror --defines=$(BUILD)/parser.h -o $(BUILD)/parser.c grammar/parser.y

$(BUILD)/lexer.c $(BUILD)/lexer.h: grammar/lexer.l $(BUILD)/parser.h $(DEPS_STAMP)
	@mkdir -p $(BUILD)
	$(FLEX) --header-file=$(BUILD)/lexer.h -o $(BUILD)/lexer.c grammar/lexer.l

$(BUILD)/parser.o: $(BUILD)/parser.c $(HEADERS)
	$(CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) -c -o $@ $<
$(BUILD)/lexer.o: $(BUILD)/lexer.c $(HEADERS)
	$(CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) -c -o $@ $<

# The standard library, embedded so that civic runs from any directory.
$(BUILD)/stdlib_embed.c: $(STDLIB_FILES) tests/tools/embed.sh
	@mkdir -p $(BUILD)
	sh tests/tools/embed.sh $(STDLIB_FILES) > $@.tmp && mv $@.tmp $@
$(BUILD)/stdlib_embed.o: $(BUILD)/stdlib_embed.c
	$(CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CONFIG_FLAGS) $(CFLAGS_ALL) -c -o $@ $<

# ---- tests --------------------------------------------------------------------
$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ) $(wildcard tests/unit/*.h) $(TEST_DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) -Itests/unit $(CFLAGS_ALL) $(LDFLAGS) -o $@ $< $(LIB_OBJ) $(LDLIBS_ALL) -lcmocka

# Every suite prints "N passed, N failed"; check.sh sums them on its last line.
check: all $(TEST_DEPS_STAMP) $(NODE_STAMP) $(UNIT_BIN)
	@sh tests/tools/check.sh ./civic $(UNIT_BIN)

ASAN_OPT := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
sanitize: deps $(NODE_STAMP)
	$(MAKE) BUILD=build/asan OPT='$(ASAN_OPT)' LDFLAGS='$(LDFLAGS) -fsanitize=address,undefined' variant
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  sh tests/tools/check.sh build/asan/civic $(patsubst $(BUILD)/%,build/asan/%,$(UNIT_BIN))

valgrind: all $(TEST_DEPS_STAMP) $(NODE_STAMP) $(UNIT_BIN)
	CIVIC_WRAP='valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all --error-exitcode=99' \
	  sh tests/tools/check.sh ./civic $(UNIT_BIN)

# The benchmark program (tests/bench/bench.c): the library objects as built for
# ./civic (-O2, no sanitizers), with malloc, calloc, realloc and free wrapped so
# that it can count the heap.  bench.sh generates its inputs into $(BUILD)/bench/.
BENCH_BIN := $(BUILD)/bench/bench
$(BENCH_BIN): tests/bench/bench.c $(LIB_OBJ) $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(LDFLAGS) -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free \
	  -o $@ $< $(LIB_OBJ) $(LDLIBS_ALL)

bench: deps $(CIVIC_BIN) $(BENCH_BIN)
	@sh tests/tools/bench.sh ./$(CIVIC_BIN) $(BENCH_BIN) $(BUILD)/bench

coverage: deps
	@sh tests/tools/coverage.sh

FUZZ_SECONDS ?= 60
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

faults: deps
	@sh tests/tools/faults.sh

run-example: all
	./civic query protocols/houghton-regis.civic 'route complaint by Member about Clerk'

# ---- install ------------------------------------------------------------------
# The binary is rebuilt first when DATADIR differs from the one it was built
# for (config.h), so that it looks for the stdlib where it is installed.  The
# man page gets the version of the release and the stdlib's path.
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)/stdlib
	install -m 755 $(CIVIC_BIN) $(DESTDIR)$(BINDIR)/civic
	sed -e 's/"civic [0-9][0-9.]*"/"civic $(VERSION)"/' -e 's|/usr/local/share/civic/stdlib|$(DATADIR)/stdlib|' docs/civic.1 > $(BUILD)/civic.1
	install -m 644 $(BUILD)/civic.1 $(DESTDIR)$(MANDIR)/civic.1
	cd stdlib && find . -type d -exec install -d $(DESTDIR)$(DATADIR)/stdlib/{} \;
	cd stdlib && find . -name '*.civic' -exec install -m 644 {} $(DESTDIR)$(DATADIR)/stdlib/{} \;

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/civic $(DESTDIR)$(MANDIR)/civic.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build civic
