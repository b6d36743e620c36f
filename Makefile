# SPDX-License-Identifier: GPL-3.0-or-later
#
# A thin convenience over meson: install what Debian 12 needs, configure
# _build once, build, and run or test from the build tree.

SHELL := /bin/bash
BUILDDIR ?= _build
MESON_OPTIONS ?=

# Build dependencies, and iso-codes, which the app reads at run time
# (language names, ts-format.c).
BUILD_DEBS = meson ninja-build pkg-config gcc gettext \
	libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev \
	libjson-glib-dev libjansson-dev libsqlite3-dev libpq-dev libsecret-1-dev libxlsxwriter-dev libcairo2-dev \
	libpango1.0-dev libpixman-1-dev zlib1g-dev iso-codes desktop-file-utils appstream
# What `make fuzz` needs besides: clang and its libFuzzer runtime.
FUZZ_DEBS = clang libclang-rt-dev
# What the tests need besides: a display, a session bus, fonts for every
# script the dataset uses, validators, readers we did not write
# (LibreOffice prints briefings to PDF with Carlito, Calibri's metric twin;
# poppler-utils reads the PDF), and locales and time zones that number and
# date formats are tested in, and a PostgreSQL server the store's tests
# start a throwaway cluster of (pg_virtualenv, postgresql-common), and a
# Secret Service the window's password tests start (gnome-keyring).
CHECK_DEBS = xvfb xauth dbus dbus-x11 fonts-noto-cjk fonts-dejavu-core \
	fonts-crosextra-carlito libxml2-utils python3 python3-openpyxl sqlite3 \
	libreoffice-calc-nogui poppler-utils locales-all tzdata at-spi2-core python3-pyatspi \
	postgresql postgresql-common gnome-keyring

XVFB = xvfb-run -a -s "-screen 0 1400x900x24"

.PHONY: all run check install deps check-deps setup build clean fuzz bench

all: build

# Installs the missing packages: directly as root, through sudo when it
# needs no password, otherwise it prints the command to run and stops.
define install_debs
	@missing=$$(for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' \
		  || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:" $$missing; \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		elif sudo -n true 2>/dev/null; then \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Please run: sudo apt-get install -y" $$missing; exit 1; \
		fi; \
	fi
endef

deps:
	$(call install_debs,$(BUILD_DEBS))

check-deps: deps
	$(call install_debs,$(CHECK_DEBS))

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) $(MESON_OPTIONS)

setup: deps $(BUILDDIR)/build.ninja

build: setup
	meson compile -C $(BUILDDIR)

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data TIANSHAN_LOCALEDIR=$(abspath $(BUILDDIR))/po $(BUILDDIR)/app/tianshan

check: check-deps setup
	meson compile -C $(BUILDDIR)
	@set -o pipefail; \
	$(XVFB) dbus-run-session -- meson test -C $(BUILDDIR) --print-errorlogs \
		--num-processes 2 | tee $(BUILDDIR)/check.log; status=$$?; \
	ok=$$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' $(BUILDDIR)/check.log); \
	fail=$$(sed -n 's/^Fail: *\([0-9]*\).*/\1/p' $(BUILDDIR)/check.log); \
	timeout=$$(sed -n 's/^Timeout: *\([0-9]*\).*/\1/p' $(BUILDDIR)/check.log); \
	echo "tests: $${ok:-0} passed, $$(( $${fail:-0} + $${timeout:-0} )) failed"; \
	exit $$status

# The whole suite again in a separate tree built with AddressSanitizer
# (LeakSanitizer included) and UndefinedBehaviorSanitizer: any error, any
# leak fails a test. tests/lsan.supp lists the leaks proven to be in other
# libraries, and how each was proven; tests/meson.build sets the sanitizers'
# options. Not part of `make check` (CI), which it would make slower.
ASAN_BUILDDIR ?= _build-asan
# Frame pointers give the leaks in our code whole stacks.
SANITIZE = -Db_sanitize=address,undefined -Dc_args=-fno-omit-frame-pointer

.PHONY: check-sanitize

$(ASAN_BUILDDIR)/build.ninja:
	meson setup $(ASAN_BUILDDIR) $(MESON_OPTIONS) $(SANITIZE)

check-sanitize: check-deps $(ASAN_BUILDDIR)/build.ninja
	meson configure $(ASAN_BUILDDIR) $(SANITIZE)
	meson compile -C $(ASAN_BUILDDIR)
	@set -o pipefail; \
	$(XVFB) dbus-run-session -- meson test -C $(ASAN_BUILDDIR) --print-errorlogs \
		--num-processes 2 --timeout-multiplier 3 | tee $(ASAN_BUILDDIR)/check.log; status=$$?; \
	ok=$$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' $(ASAN_BUILDDIR)/check.log); \
	fail=$$(sed -n 's/^Fail: *\([0-9]*\).*/\1/p' $(ASAN_BUILDDIR)/check.log); \
	timeout=$$(sed -n 's/^Timeout: *\([0-9]*\).*/\1/p' $(ASAN_BUILDDIR)/check.log); \
	echo "sanitizer tests: $${ok:-0} passed, $$(( $${fail:-0} + $${timeout:-0} )) failed"; \
	exit $$status

# Fuzzing the interchange import (tests/fuzz/fuzz-import.c) for FUZZ_SECONDS,
# in a tree of its own built with clang, libFuzzer, ASan and UBSan. The seeds
# (the shipped dataset, the test data and the regression inputs) are copied
# into $(FUZZ_BUILDDIR)/corpus, where libFuzzer adds what it finds; a crash
# or logic failure stops it and leaves the input in $(FUZZ_BUILDDIR)/artifacts:
# keep it in tests/fuzz/regressions/ with a case in tests/test-json.c.
FUZZ_BUILDDIR ?= _build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?= -max_len=32768

fuzz: deps
	$(call install_debs,$(FUZZ_DEBS))
	@[ -f $(FUZZ_BUILDDIR)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILDDIR) -Dfuzzing=true
	meson compile -C $(FUZZ_BUILDDIR) tests/fuzz/fuzz-import
	mkdir -p $(FUZZ_BUILDDIR)/corpus $(FUZZ_BUILDDIR)/artifacts
	cp data/dataset/tianshan.json tests/data/*.json tests/fuzz/regressions/*.json \
		$(FUZZ_BUILDDIR)/corpus/
	LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	GSETTINGS_BACKEND=memory \
	$(FUZZ_BUILDDIR)/tests/fuzz/fuzz-import -max_total_time=$(FUZZ_SECONDS) \
		-dict=tests/fuzz/json.dict -artifact_prefix=$(FUZZ_BUILDDIR)/artifacts/ \
		-print_final_stats=1 $(FUZZ_ARGS) $(FUZZ_BUILDDIR)/corpus

# Every figure the README's Performance section quotes, with the ratios of
# issue #13 against their anchors, in one run of several minutes: a
# release tree of its own ($(BENCH_BUILDDIR)), a store of 100 000 records
# made there once, paired runs of ours and each anchor (BENCH_RUNS of each,
# medians), then the benchmarks that print their own figures
# (tests/run-bench.py says what runs; BENCH_ONLY=load,xlsx,csv,optional,figures
# picks parts). Not part of `make check`: timings are never tested.
BENCH_BUILDDIR ?= _bench
BENCH_RUNS ?= 5

$(BENCH_BUILDDIR)/build.ninja:
	meson setup $(BENCH_BUILDDIR) $(MESON_OPTIONS) --buildtype=release

bench: check-deps $(BENCH_BUILDDIR)/build.ninja
	BENCH_RUNS=$(BENCH_RUNS) /usr/bin/python3 tests/run-bench.py $(BENCH_BUILDDIR)

install: build
	meson install -C $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
