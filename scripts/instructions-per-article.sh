#!/bin/bash
# Instructions per article of the whole pipeline, by callgrind: `bench stages` over a folder of
# inflated pages, a 3-round run minus a 2-round run (the difference leaves out start-up and the
# warm-up pass), divided by the number of pages. Deterministic on one machine, so two binaries
# can be compared without the noise of wall-clock timing.
# usage: scripts/instructions-per-article.sh BIN PAGES_DIR
set -euo pipefail
BIN=$1; PAGES=$2
N=$(find "$PAGES" -maxdepth 1 -type f | wc -l)
T=$(mktemp -d)
for r in 2 3; do
  valgrind --tool=callgrind --callgrind-out-file="$T/cg.r$r" "$BIN" --db "$T/db$r" bench stages --dataset "$PAGES" --rounds $r -q >/dev/null 2>"$T/err$r"
done
a=$(grep -h '^totals:\|^summary:' "$T/cg.r2" | head -1 | awk '{print $2}')
b=$(grep -h '^totals:\|^summary:' "$T/cg.r3" | head -1 | awk '{print $2}')
python3 -c "print('instructions/article: %.4f M (%d pages)' % (($b-$a)/$N/1e6, $N))"
rm -rf "$T"
