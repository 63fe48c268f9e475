#!/usr/bin/env bash
# Builds newsledger with profile-guided optimisation (PGO): an instrumented build runs a training
# workload, LLVM merges the counts, and a second build lays out and inlines the code by them.
#
# The training workload uses only what this repository ships (the bundled samples, the HTML test
# fixtures and `bench ingest`'s generated pages), never the pages the speed benchmark times, so the
# benchmark measures code trained on other text (docs/bench/extract-speed.md, "Thirty-fourth
# session"). The output is the same as a plain release build's; only its speed differs.
#
# Needs `llvm-profdata` that reads the raw profiles of this rustc's LLVM: either rustup's
# `llvm-tools` component, or a Debian `llvm-NN` package (llvm-19 reads rustc 1.95's profiles).
# Set LLVM_PROFDATA to choose one.
#
# usage: scripts/pgo-build.sh            -> target/pgo-use/release/newsledger
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/pgo
GEN_TARGET=$ROOT/target/pgo-generate
USE_TARGET=$ROOT/target/pgo-use

find_profdata() {
    if [[ -n "${LLVM_PROFDATA:-}" ]]; then echo "$LLVM_PROFDATA"; return; fi
    local sysroot host
    sysroot=$(rustc --print sysroot)
    host=$(rustc -vV | sed -n 's/^host: //p')
    if [[ -x "$sysroot/lib/rustlib/$host/bin/llvm-profdata" ]]; then echo "$sysroot/lib/rustlib/$host/bin/llvm-profdata"; return; fi
    for v in 22 21 20 19; do
        if command -v "llvm-profdata-$v" >/dev/null; then command -v "llvm-profdata-$v"; return; fi
    done
    if command -v llvm-profdata >/dev/null; then command -v llvm-profdata; return; fi
    echo "pgo-build: no llvm-profdata found; run 'rustup component add llvm-tools' or install Debian's llvm-19, or set LLVM_PROFDATA" >&2
    exit 2
}
PROFDATA=$(find_profdata)
echo "pgo-build: using $PROFDATA ($(rustc --version | cut -d' ' -f1-2), $(rustc -vV | sed -n 's/^LLVM version: /LLVM /p'))"

rm -rf "$WORK"
mkdir -p "$WORK/raw"

echo "pgo-build: 1/4 instrumented build ($GEN_TARGET)"
CARGO_TARGET_DIR=$GEN_TARGET RUSTFLAGS="-Cprofile-generate=$WORK/raw" cargo build --release -p newsledger-cli
GEN_BIN=$GEN_TARGET/release/newsledger

echo "pgo-build: 2/4 training run (bundled samples, HTML fixtures, generated pages)"
for _ in 1 2 3; do
    rm -f "$WORK"/train.db*
    "$GEN_BIN" --db "$WORK/train.db" ingest -q samples/ crates/ingest/tests/fixtures/html crates/cli/tests/fixtures/page.html >/dev/null
done
"$GEN_BIN" bench ingest -q --articles 400 --dir "$WORK/generated" >/dev/null
rm -rf "$WORK/generated" "$WORK"/train.db*

echo "pgo-build: 3/4 merging the profiles"
if ! "$PROFDATA" merge -o "$WORK/newsledger.profdata" "$WORK/raw"; then
    echo "pgo-build: $PROFDATA could not read the raw profiles of this rustc; use an llvm-profdata at least as new as its LLVM (or LLVM_PROFDATA=...)" >&2
    exit 2
fi

echo "pgo-build: 4/4 optimised build ($USE_TARGET)"
CARGO_TARGET_DIR=$USE_TARGET RUSTFLAGS="-Cprofile-use=$WORK/newsledger.profdata" cargo build --release -p newsledger-cli
echo "pgo-build: done: $USE_TARGET/release/newsledger"
