#!/usr/bin/env python3
"""Builds crates/extract/data/en/first_names_gender.tsv: first names that are
clearly one gender, for "he"/"she" resolution in the source pass.

Input: the first-name lists of the `names` 0.3.0 PyPI package (MIT licence;
the data are the US Census 1990 name frequencies, public domain):
`dist.male.first` and `dist.female.first`, each line NAME, percent of people
of that sex with the name, cumulative percent, rank.

    pip install names==0.3.0
    python3 crates/extract/scripts/build_first_names.py [NAMES_PACKAGE_DIR]

A name is written with the gender of which it holds at least 95 % of the
bearers, counting both sexes as equally numerous (the 1990 census: 51 %
female). A name missing from one list is counted there at that list's
smallest frequency (the lists stop at 90 % of the population, so a name
missing from one may still be rare there): "ALONSO" (male 0.004 %) is male
only if no female list entry could outweigh it, which the bound checks.
"""
import os
import sys

THRESHOLD = 0.95

# Names the census gives one gender that another language gives the other
# (news names are not all American): Italian "Andrea", "Michele" are men.
# Written by hand for this project; left out of the file.
OTHER_GENDER_ELSEWHERE = {"andrea", "michele"}


def read(path):
    freq = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0].lower()] = float(parts[1])
    return freq


def main():
    if len(sys.argv) > 1:
        src = sys.argv[1]
    else:
        import names  # noqa: PLC0415 (only needed when no directory is given)

        src = os.path.dirname(names.__file__)
    male = read(os.path.join(src, "dist.male.first"))
    female = read(os.path.join(src, "dist.female.first"))
    # Unlisted means below the list's last (smallest) frequency.
    male_floor = min(male.values())
    female_floor = min(female.values())
    rows = []
    for name in sorted((set(male) | set(female)) - OTHER_GENDER_ELSEWHERE):
        m = male.get(name, male_floor)
        f = female.get(name, female_floor)
        if m / (m + f) >= THRESHOLD and name in male:
            rows.append((name, "m"))
        elif f / (m + f) >= THRESHOLD and name in female:
            rows.append((name, "f"))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "en", "first_names_gender.tsv")
    with open(out, "w", encoding="utf-8") as w:
        w.write("# First names that are one gender for at least 95 % of their bearers\n")
        w.write("# (US Census 1990 first-name frequencies, public domain, as shipped in the\n")
        w.write("# `names` 0.3.0 PyPI package, MIT). Built by\n")
        w.write("# crates/extract/scripts/build_first_names.py; do not edit by hand.\n")
        w.write("#name\tgender (m/f)\n")
        for name, g in rows:
            w.write(f"{name}\t{g}\n")
    print(f"{len(rows)} names ({sum(g == 'm' for _, g in rows)} male, {sum(g == 'f' for _, g in rows)} female) -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
