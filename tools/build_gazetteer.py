#!/usr/bin/env python3
"""Builds libnewsent/data/gazetteer.bin, the compact gazetteer the library
embeds, from ../shared/data/gazetteers/ (GeoNames cities15000, countryInfo and
admin1 codes; US Census 1990 and SSA given names and surnames) plus the short
cue-word lists below, which have no data source.

Usage: tools/build_gazetteer.py [--data DIR] [--out FILE]

Keys are names lower-cased (ASCII and Latin-1 capitals only), their tokens
joined by one space, as libnewsent/tagger/gazetteer.c hashes a span of tokens (FNV-1a 64). Every key
carries class bits (country, city, given name, title cue, ...) and, for
places, the GeoNames record the library links a PLACE to. The layout is
documented in libnewsent/tagger/gazetteer.h; keep the two in step.
"""
import argparse
import csv
import os
import re
import struct
import zlib

GZ_COUNTRY, GZ_ADMIN1, GZ_CITY, GZ_CITY_BIG = 1, 2, 4, 8
GZ_FIRST, GZ_LAST, GZ_TITLE, GZ_ORG_SUFFIX = 16, 32, 64, 128
GZ_ORG_HEAD, GZ_TIMEWORD, GZ_CONTINENT, GZ_FIRST_COMMON = 256, 512, 1024, 2048
GZ_LAST_COMMON, GZ_COMPANY, GZ_ORG_KNOWN, GZ_ORG_WORD = 4096, 8192, 16384, 32768
GZ_PLACE = GZ_COUNTRY | GZ_ADMIN1 | GZ_CITY | GZ_CONTINENT

MAGIC = b"NSGAZ\0\0\0"
VERSION = 1

# Cue words: no data source covers them, so they are listed here. Titles and
# roles that come before a person's name.
TITLES = """mr mrs ms miss dr prof sir dame lord lady president vice-president
premier minister chancellor prime secretary senator sen. rep. representative
governor gov. mayor king queen prince princess pope cardinal bishop archbishop
rev. reverend father sheikh emir general gen. colonel col. lieutenant lt.
captain capt. major sergeant admiral commander judge justice ambassador
spokesman spokeswoman spokesperson chairman chairwoman chair ceo director
coach manager striker midfielder defender goalkeeper champion leader
mr. mrs. ms. dr. prof. st. chief officer analyst economist dealer trader
envoy adviser advisor aide counsel attorney lawyer candidate deputy
commissioner inspector superintendent detective sgt. cpl. pvt. maj. adm.
executive founder co-founder cofounder vice chairperson treasurer administrator
president-elect
""".split()
# Words that end or head an organisation's name.
ORG_SUFFIXES = """inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa nv
bv gmbh group holdings bank party council ministry commission committee
agency association union federation institute university college club fc
company airlines airways motors industries international foundation board
court army navy police office department service services authority
exchange fund trust network news times post journal press television radio
tv organisation organization alliance front movement league assembly
parliament congress senate government cabinet society centre center
""".split()
# Words that end a company's name and never a person's ("Meta Platforms",
# "BAE Systems"). The document pass reads them; the tagger's features do not
# (a cue class over these words cost CoNLL-2003 dev about 0.2 F1 and did not
# help on 2020s news).
COMPANY_WORDS = """inc inc. corp corp. corporation co. ltd ltd. plc llc gmbh
holdings group industries airlines airways motors motor systems platforms
technologies labs laboratories pharmaceuticals pharma therapeutics
biosciences biotech energy capital partners financial bancorp semiconductor
semiconductors solutions software entertainment communications telecom
telecommunications petroleum electric electronics aerospace insurance
securities brands foods beverages devices dynamics robotics networks
logistics investments ventures resources mining chemicals studios pictures
instruments enterprises machines
""".split()
ORG_HEADS = """ministry department university bank bureau institute council
commission office agency federation union party committee board school
college museum church court house fund league association
""".split()
# Months and weekdays: the date recogniser owns them, so the tagger learns to
# leave them alone.
TIMEWORDS = """january february march april may june july august september
october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul
jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. monday tuesday
wednesday thursday friday saturday sunday""".split()
# Names the news uses that countryInfo does not spell.
COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "England": None, "Scotland": None,
    "Wales": None, "Northern Ireland": None,
    "Russian Federation": "Russia", "Czech Republic": "Czechia",
    "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Holland": "The Netherlands", "Netherlands": "The Netherlands",
    "Burma": "Myanmar", "Gambia": "The Gambia", "Vatican": "Vatican",
    "Congo": "Republic of the Congo", "DR Congo": "DR Congo",
    "Democratic Republic of Congo": "DR Congo",
    "Democratic Republic of the Congo": "DR Congo",
    "UAE": "United Arab Emirates", "Palestine": "Palestinian Territory",
    "Bosnia": "Bosnia and Herzegovina", "Macedonia": "North Macedonia",
    "Swaziland": "Eswatini", "Turkey": "Turkey", "Turkiye": "Turkey",
    "Korea": "South Korea", "East Timor": "Timor Leste",
}
# GeoNames ids of the continents and of the UK's nations (not in the dump
# extract we have); coordinates are the GeoNames ones, rounded.
EXTRA_PLACES = [
    ("Europe", 6255148, "", 48.69, 9.14, GZ_CONTINENT),
    ("Asia", 6255147, "", 29.84, 89.30, GZ_CONTINENT),
    ("Africa", 6255146, "", 7.19, 21.09, GZ_CONTINENT),
    ("North America", 6255149, "", 46.07, -100.55, GZ_CONTINENT),
    ("South America", 6255150, "", -14.60, -57.66, GZ_CONTINENT),
    ("Oceania", 6255151, "", -18.31, 138.52, GZ_CONTINENT),
    ("Antarctica", 6255152, "AQ", -78.16, 16.41, GZ_CONTINENT),
    ("England", 6269131, "GB", 52.16, -1.50, GZ_ADMIN1),
    ("Scotland", 2638360, "GB", 56.83, -4.18, GZ_ADMIN1),
    ("Wales", 2634895, "GB", 52.33, -3.77, GZ_ADMIN1),
    ("Northern Ireland", 2641364, "GB", 54.61, -6.63, GZ_ADMIN1),
]


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def key_of(name):
    """The key the library computes for a span of tokens spelling name."""
    s = "".join(c.lower() if "A" <= c <= "Z" or ("\u00c0" <= c <= "\u00de" and c != "\u00d7")
                else c for c in name)
    s = re.sub(r"([,()\"])", r" \1 ", s)
    return " ".join(s.split())


class Gaz:
    def __init__(self):
        self.keys = {}  # key -> [flags, geo index or -1, geo rank]
        self.geo = []  # (id, cc, lat, lon, name)

    def add_geo(self, gid, cc, lat, lon, name):
        self.geo.append((gid, cc, lat, lon, name))
        return len(self.geo) - 1

    def add(self, name, flags, geo=-1, rank=0):
        k = key_of(name)
        if not k or len(k) > 80:
            return
        e = self.keys.setdefault(k, [0, -1, -1])
        e[0] |= flags
        if geo >= 0 and rank > e[2]:
            e[1], e[2] = geo, rank


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def build(data):
    g = Gaz()
    geo_dir = os.path.join(data, "geonames")
    cities = list(read_tsv(os.path.join(geo_dir, "cities15000.txt")))
    # Countries and first-level divisions have no coordinates in the dump
    # extract: use the population-weighted mean of their cities.
    acc = {}
    for r in cities:
        pop = max(int(r[14] or 0), 1)
        lat, lon = float(r[4]), float(r[5])
        for k in (r[8], r[8] + "." + r[10]):
            a = acc.setdefault(k, [0.0, 0.0, 0])
            a[0] += lat * pop
            a[1] += lon * pop
            a[2] += pop

    def centre(k):
        a = acc.get(k)
        return (a[0] / a[2], a[1] / a[2]) if a else (0.0, 0.0)

    countries = {}
    for r in read_tsv(os.path.join(geo_dir, "countryInfo.txt")):
        cc, name, gid = r[0], r[4], int(r[16] or 0)
        lat, lon = centre(cc)
        gi = g.add_geo(gid, cc, lat, lon, name)
        countries[name] = gi
        g.add(name, GZ_COUNTRY, gi, 3_000_000_000)
    for alias, target in COUNTRY_ALIASES.items():
        if target and target in countries:
            g.add(alias, GZ_COUNTRY, countries[target], 3_000_000_000)
    for name, gid, cc, lat, lon, flags in EXTRA_PLACES:
        gi = g.add_geo(gid, cc, lat, lon, name)
        g.add(name, flags, gi, 2_900_000_000)
    for r in read_tsv(os.path.join(geo_dir, "admin1CodesASCII.txt")):
        code, name, ascii_name, gid = r[0], r[1], r[2], int(r[3])
        lat, lon = centre(code)
        gi = g.add_geo(gid, code.split(".")[0], lat, lon, name)
        # A state outranks its towns, not a big city of the same name.
        for n in {name, ascii_name}:
            g.add(n, GZ_ADMIN1, gi, 1_000_000)
    for r in cities:
        gid, name, ascii_name, alts = int(r[0]), r[1], r[2], r[3]
        lat, lon, cc, pop = float(r[4]), float(r[5]), r[8], int(r[14] or 0)
        flags = GZ_CITY | (GZ_CITY_BIG if pop >= 300_000 else 0)
        gi = g.add_geo(gid, cc, lat, lon, name)
        names = {name, ascii_name}
        if pop >= 1_000_000:
            for a in alts.split(","):
                if re.fullmatch(r"[A-Z][A-Za-z .'-]{2,40}", a):
                    names.add(a)
        for n in names:
            g.add(n, flags, gi, pop)
    names_dir = os.path.join(data, "names")
    for fn in ("dist.female.first", "dist.male.first"):
        with open(os.path.join(names_dir, "census1990", fn)) as f:
            for line in f:
                p = line.split()
                if p:
                    g.add(p[0], GZ_FIRST | (GZ_FIRST_COMMON if float(p[1]) >= 0.01 else 0))
    with open(os.path.join(names_dir, "ssa", "ssa_national_1880-2023_aggregate.csv")) as f:
        for row in csv.DictReader(f):
            n = int(row["total_count"])
            if n >= 2000:
                g.add(row["name"], GZ_FIRST | (GZ_FIRST_COMMON if n >= 50_000 else 0))
    with open(os.path.join(names_dir, "census1990", "dist.all.last")) as f:
        for line in f:
            p = line.split()
            if p and int(p[3]) <= 60_000:
                g.add(p[0], GZ_LAST | (GZ_LAST_COMMON if int(p[3]) <= 5000 else 0))
    for w in TITLES:
        g.add(w, GZ_TITLE)
    for w in ORG_SUFFIXES:
        g.add(w, GZ_ORG_SUFFIX)
    for w in COMPANY_WORDS:
        g.add(w, GZ_COMPANY)
    for w in ORG_HEADS:
        g.add(w, GZ_ORG_HEAD)
    for w in TIMEWORDS:
        g.add(w, GZ_TIMEWORD)
    add_companies(g, os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                                  "companies.txt"))
    return g


def add_companies(g, path):
    """Listed companies (tools/data/companies.txt) as ORG_KNOWN, except the
    names that are cue words or countries ("General" of "General Motors",
    "Japan" of "Japan Tobacco"). ORG_WORD marks a one-word name that is also a
    lower-case word ("Shell"). A name that is also a place or a person's name
    keeps those classes, and the document pass weighs them."""
    skip = GZ_TITLE | GZ_ORG_SUFFIX | GZ_ORG_HEAD | GZ_TIMEWORD | GZ_COMPANY | GZ_COUNTRY | \
        GZ_CONTINENT
    for name, word in read_tsv_padded(path, 2):
        if g.keys.get(key_of(name), [0])[0] & skip:
            continue
        g.add(name, GZ_ORG_KNOWN | (GZ_ORG_WORD if word == "word" else 0))


def read_tsv_padded(path, n):
    for r in read_tsv(path):
        yield (r + [""] * n)[:n]


def serialise(g):
    # Geo records referenced by some key only, renumbered.
    used = sorted({e[1] for e in g.keys.values() if e[1] >= 0})
    remap = {old: i for i, old in enumerate(used)}
    pool = bytearray()
    geo = bytearray()
    for old in used:
        gid, cc, lat, lon, name = g.geo[old]
        nb = name.encode("utf-8")
        off = len(pool)
        pool += nb + b"\0"
        ccb = cc.encode("ascii")[:2].ljust(2, b"\0")
        geo += struct.pack("<IffII2s2x", gid, lat, lon, off, len(nb), ccb)
    entries = sorted(((fnv1a64(k.encode("utf-8")), e) for k, e in g.keys.items()),
                     key=lambda t: t[0])
    hashes = [h for h, _ in entries]
    assert len(set(hashes)) == len(hashes), "64-bit key hash collision"
    nslots = 1
    while nslots < len(entries) * 2:
        nslots *= 2
    slots = [0] * nslots
    ent = bytearray()
    for i, (h, e) in enumerate(entries):
        flags, gi = e[0], e[1]
        ent += struct.pack("<QIHH", h, remap[gi] + 1 if gi >= 0 else 0, flags, 0)
        s = h & (nslots - 1)
        while slots[s]:
            s = (s + 1) & (nslots - 1)
        slots[s] = i + 1
    payload = struct.pack("<%dI" % nslots, *slots) + bytes(ent) + bytes(geo) + bytes(pool)
    header = MAGIC + struct.pack("<IIIIIII", VERSION, nslots, len(entries), len(used),
                                 len(pool), len(payload), zlib.crc32(payload))
    header += b"\0" * (64 - len(header))
    return header + payload


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data",
                                                   "gazetteers"))
    ap.add_argument("--out", default=os.path.join(here, "..", "libnewsent", "data",
                                                  "gazetteer.bin"))
    a = ap.parse_args()
    g = build(a.data)
    blob = serialise(g)
    with open(a.out, "wb") as f:
        f.write(blob)
    print("%s: %d keys, %d bytes" % (a.out, len(g.keys), len(blob)))


if __name__ == "__main__":
    main()
