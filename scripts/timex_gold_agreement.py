#!/usr/bin/env python3
"""How consistently does a TimeML corpus annotate the same relative words?

Reads every .tml file under a folder (e.g. ../shared/datasets/timebank) and,
for frequent relative expressions ("last week", "a year ago", ...), counts the
*form* of the gold value each occurrence was given: a numbered week
(1998-W32), an unnumbered one (1998-WXX), a month, a day, a quarter, a
duration, a reference (PAST_REF) ... The form says how the annotator read the
words, whatever the document date.

Where one form is the rule, a system that always writes it can be right on at
most the majority share of those expressions; the rest is annotation that
varies from story to story (or, for "a year ago" in earnings stories, with
context a rule has to read). The table helps judge how far a value-F1 target
can be reached by any consistent system, and which misses are not ours.

Usage: scripts/timex_gold_agreement.py FOLDER [--min N] [--json]
Standard library only; prints a Markdown table (or JSON).
"""

import argparse
import collections
import json
import pathlib
import re
import sys

TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')

# Relative expressions whose value depends on reading, not on a written date.
WATCHED = [
    "last week", "this week", "next week", "last month", "this month", "next month",
    "last year", "this year", "next year", "a year ago", "a year earlier",
    "the quarter", "the year", "the weekend", "recent years", "earlier this year",
    "the year-earlier period", "now", "today", "currently", "recently",
]


def value_form(value: str, ttype: str) -> str:
    """The shape of a TimeML value, independent of the document date."""
    v = value.strip()
    if not v:
        return "empty"
    if v.endswith("_REF"):
        return v
    if v.startswith("P"):
        return f"{ttype.lower()} duration"
    shapes = [
        (r"\d{4}-W\d\d?", "numbered week"),
        (r"\d{4}-WXX", "week, number unstated"),
        (r"\d{4}-W\d\d-WE", "numbered weekend"),
        (r"\d{4}-\d\d", "month"),
        (r"\d{4}-\d\d-\d\d", "day"),
        (r"\d{4}-\d\d-XX", "day unstated"),
        (r"\d{4}-XX-XX|\d{4}-XX", "year, parts unstated"),
        (r"\d{4}", "year"),
        (r"\d{4}-Q\d", "quarter"),
        (r"\d{4}-QX", "quarter, number unstated"),
        (r"\d{4}-\d\d-\d\dT.*", "time"),
    ]
    for pattern, name in shapes:
        if re.fullmatch(pattern, v):
            return name
    return "other (" + re.sub(r"\d", "9", v) + ")"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--min", type=int, default=3, help="list expressions seen at least this often (default 3)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    files = sorted(args.folder.rglob("*.tml"))
    if not files:
        print(f"error: no .tml files under {args.folder}; give the folder of a TimeML corpus", file=sys.stderr)
        return 2
    forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        for m in TIMEX.finditer(text):
            attrs = dict(ATTR.findall(m.group(1)))
            if attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(2))).strip().lower()
            if words in WATCHED:
                forms[words][value_form(attrs.get("value", ""), attrs.get("type", ""))] += 1
    rows = []
    for words in WATCHED:
        c = forms.get(words)
        if not c or sum(c.values()) < args.min:
            continue
        n = sum(c.values())
        top, top_n = c.most_common(1)[0]
        rows.append({"expression": words, "n": n, "majority_form": top, "majority": top_n,
                     "forms": dict(c.most_common())})
    total = sum(r["n"] for r in rows)
    majority = sum(r["majority"] for r in rows)
    if args.json:
        print(json.dumps({"folder": str(args.folder), "files": len(files), "rows": rows,
                          "total": total, "majority": majority}, indent=1))
        return 0
    print(f"{args.folder}: {len(files)} files\n")
    print("| expression | gold | majority form | share | all forms |")
    print("|---|---:|---|---:|---|")
    for r in rows:
        others = ", ".join(f"{k} {v}" for k, v in r["forms"].items())
        print(f"| {r['expression']} | {r['n']} | {r['majority_form']} | {r['majority'] / r['n']:.2f} | {others} |")
    if total:
        print(f"| **all listed** | {total} | | {majority / total:.2f} | {total - majority} not in the majority form |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
