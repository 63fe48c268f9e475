#!/usr/bin/env python3
"""Run trafilatura on the article-extraction benchmark pages, for comparison.

Writes predictions in the benchmark's wrapped shape
(``{"version": ..., "output": {id: {"articleBody": text}}}``), which
``eval_extraction --predictions`` scores with our scorer, and prints the
extraction speed on this one process (pin it to one core with ``taskset -c 0``).

    pip install trafilatura lxml_html_clean
    taskset -c 0 python3 scripts/peers/trafilatura_peer.py \
        /work/shared/datasets/article-extraction /tmp/trafilatura_here.json
    taskset -c 0 python3 scripts/peers/trafilatura_peer.py \
        /work/shared/datasets/article-extraction /tmp/trafilatura_precision.json --favor-precision

Settings are trafilatura's defaults except ``include_comments=False``, as the
benchmark's own runner uses. The pages are decompressed and decoded before the
clock starts, so the timing is extraction only. Speed is the best of
``--rounds`` passes (the machine may be shared).
"""

import argparse
import gzip
import json
import sys
import time
from importlib.metadata import version
from pathlib import Path

import trafilatura


def load_pages(dataset: Path):
    pages = []
    for path in sorted((dataset / "html").glob("*.html.gz")):
        with gzip.open(path, "rt", encoding="utf8") as f:
            pages.append((path.name.split(".")[0], f.read()))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--favor-precision", action="store_true")
    parser.add_argument("--rounds", type=int, default=1, help="timed passes; the first one's output is saved")
    args = parser.parse_args()

    pages = load_pages(args.dataset)
    output = {}
    rates = []
    for round_no in range(args.rounds):
        start = time.perf_counter()
        for page_id, html in pages:
            text = trafilatura.extract(html, include_comments=False, favor_precision=args.favor_precision)
            if round_no == 0:
                output[page_id] = {"articleBody": text or ""}
        elapsed = time.perf_counter() - start
        rates.append(len(pages) / elapsed)
        print(f"round {round_no + 1}: {len(pages)} pages in {elapsed:.2f} s = {rates[-1]:.1f} pages/s", file=sys.stderr)

    args.output.write_text(
        json.dumps({"version": version("trafilatura"), "output": output}, ensure_ascii=False, indent=1),
        encoding="utf8",
    )
    rates.sort()
    print(
        f"trafilatura {version('trafilatura')} favor_precision={args.favor_precision}: "
        f"{len(pages)} pages, best {rates[-1]:.1f} pages/s, median {rates[len(rates) // 2]:.1f} pages/s (one process)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
