# Civic — build, test, install.
#
#   make            build ./civic (installs flex, bison, readline, cmocka when missing)
#   make check      build and run every test; last line "N passed, N failed"
#   make sanitize   the same suite under AddressSanitizer + UBSan
#   make valgrind   the same suite under valgrind memcheck
#   make bench      performance figures
#   make coverage   line and branch coverage of grammar/ and interp/
#   make fuzz       libFuzzer harnesses (FUZZ_SECONDS=N each)
#   make faults     allocation-failure injection over a check, a query and a run
#   make install    PREFIX=/usr/local DESTDIR=...

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/civic
MANDIR  ?= $(PREFIX)/share/man/man1
VERSION := 0.1.0

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
CPPFLAGS_ALL := -I$(BUILD) $(addprefix -I,$(LAYERS)) $(CPPFLAGS) -DCIVIC_VERSION='"$(VERSION)"' -DCIVIC_STDLIB_DIR='"$(DATADIR)/stdlib"'
CFLAGS_ALL   := -std=c11 -pthread -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) $(WARN) $(CFLAGS)
LDLIBS_ALL   := -lreadline -lm -pthread $(LDLIBS)

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

.PHONY: all deps check variant sanitize valgrind bench coverage fuzz faults install uninstall clean run-example
all: deps civic

# ---- dependencies -------------------------------------------------------------
# Installs only what is missing, through apt-get (sudo when not root).
DEPS_STAMP := $(BUILD)/.deps-ok
deps: $(DEPS_STAMP)
$(DEPS_STAMP):
	@sh tests/tools/deps.sh
	@mkdir -p $(BUILD) && touch $@

# ---- the binary ---------------------------------------------------------------
# BUILD=build makes ./civic; any other BUILD (build/asan, build/cov, …) makes
# $(BUILD)/civic, so variants never disturb the main build.
CIVIC_BIN := $(if $(filter build,$(BUILD)),civic,$(BUILD)/civic)
LDFLAGS ?=

variant: $(DEPS_STAMP) $(CIVIC_BIN) $(UNIT_BIN)

$(CIVIC_BIN): $(DEPS_STAMP) $(LIB_OBJ) $(BUILD)/interp/cli/main.o
	$(CC) $(CFLAGS_ALL) $(LDFLAGS) -o $@ $(LIB_OBJ) $(BUILD)/interp/cli/main.o $(LDLIBS_ALL)

$(BUILD)/parser.c $(BUILD)/parser.h: grammar/parser.y $(DEPS_STAMP)
	@mkdir -p $(BUILD)
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
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -c -o $@ $<

# ---- tests --------------------------------------------------------------------
$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ) $(wildcard tests/unit/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) -Itests/unit $(CFLAGS_ALL) $(LDFLAGS) -o $@ $< $(LIB_OBJ) $(LDLIBS_ALL) -lcmocka

# Every suite prints "N passed, N failed"; check.sh sums them on its last line.
check: all $(UNIT_BIN)
	@sh tests/tools/check.sh ./civic $(UNIT_BIN)

ASAN_OPT := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
sanitize: deps
	$(MAKE) BUILD=build/asan OPT='$(ASAN_OPT)' LDFLAGS='-fsanitize=address,undefined' variant
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  sh tests/tools/check.sh build/asan/civic $(patsubst $(BUILD)/%,build/asan/%,$(UNIT_BIN))

valgrind: all $(UNIT_BIN)
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
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)/stdlib
	install -m 755 civic $(DESTDIR)$(BINDIR)/civic
	install -m 644 docs/civic.1 $(DESTDIR)$(MANDIR)/civic.1
	cd stdlib && find . -type d -exec install -d $(DESTDIR)$(DATADIR)/stdlib/{} \;
	cd stdlib && find . -name '*.civic' -exec install -m 644 {} $(DESTDIR)$(DATADIR)/stdlib/{} \;

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/civic $(DESTDIR)$(MANDIR)/civic.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build civic
