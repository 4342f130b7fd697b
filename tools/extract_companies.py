#!/usr/bin/env python3
"""Writes tools/data/companies.txt, the list of listed companies that
tools/build_gazetteer.py turns into the gazetteer's ORG_KNOWN class.

Source: the PyPI package pytickersymbols (MIT licence, copyright (c) 2023
portfolio+; its indices_data.py is generated from Wikipedia's lists of the
constituents of 20 stock indices: S&P 500, S&P 600, S&P 100, NASDAQ 100, Dow
Jones, FTSE 100, DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, EURO STOXX 50,
AEX, BEL 20, IBEX 35, Switzerland 20, OMX Helsinki 25, OMX Stockholm 30,
NIKKEI 225). Only the company names and the titles of their Wikipedia
articles are taken: names are facts, and the list is a few tens of KB.

Each line is a name as the news writes it: the index's name and the
article's title, each also without its legal form ("Shell plc" -> "Shell",
"Eli Lilly and Company" -> "Eli Lilly") and then without one closing company
word ("Meta Platforms" -> "Meta"), and without a leading "The". A one-word
name that is also a lower-case English word (/usr/share/dict/words, Debian's
wamerican: "Shell", "Apple", "Amazon") is marked "word": its capital says
company only where a sentence does not start with it.

Usage: pip download --no-deps pytickersymbols==1.17.10 && unzip the wheel, then
  tools/extract_companies.py DIR_WITH_pytickersymbols [OUT]
"""
import os
import re
import sys
import urllib.parse

LEGAL = re.compile(r"(,?\s+(inc\.?|incorporated|corporation|corp\.?|company|co\.?|plc|ltd\.?|"
                   r"limited|ag|se|sa|s\.a\.|n\.v\.|nv|a/s|asa|oyj|abp|ab|k\.k\.|& co\.?|"
                   r"and company|holdings?|group|co\., ltd\.?))$", re.I)
# As COMPANY_WORDS in tools/build_gazetteer.py.
COMPANY_WORDS = set("""inc inc. corp corp. corporation co. ltd ltd. plc llc gmbh
holdings group industries airlines airways motors motor systems platforms
technologies labs laboratories pharmaceuticals pharma therapeutics
biosciences biotech energy capital partners financial bancorp semiconductor
semiconductors solutions software entertainment communications telecom
telecommunications petroleum electric electronics aerospace insurance
securities brands foods beverages devices dynamics robotics networks
logistics investments ventures resources mining chemicals studios pictures
instruments enterprises""".split())


def news_forms(name, words):
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    forms = {name}
    v = name
    while True:
        w = LEGAL.sub("", v).strip().rstrip(",")
        if w == v or not w:
            break
        v = w
    forms.add(v)
    t = v.split()
    # "Meta" of "Meta Platforms", but not "United" of "United Airlines".
    if len(t) >= 2 and t[-1].lower() in COMPANY_WORDS and \
            not (len(t) == 2 and t[0].lower() in words):
        forms.add(" ".join(t[:-1]))
    forms |= {f[4:] for f in forms if f.lower().startswith("the ")}
    # "M3", "3M": one letter is a money supply or a code as often.
    return {f for f in forms if sum(c.isalpha() for c in f) >= 2}

HEADER = """\
# Names of the constituents of 20 stock indices, and the titles of their
# Wikipedia articles, as the PyPI package pytickersymbols 1.17.10 lists them
# (MIT licence, Copyright (c) 2023 portfolio+; the full text is in
# companies.LICENSE). Regenerate with
# tools/extract_companies.py, which also writes the forms without legal
# endings ("Shell plc" -> "Shell") and marks one-word names that are
# lower-case English words too ("word"). tools/build_gazetteer.py leaves out
# the names that are also places or people's names.
"""


def main():
    sys.path.insert(0, sys.argv[1])
    from pytickersymbols.indices_data import INDICES
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "data", "companies.txt")
    words = set()
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        words = {w.strip() for w in f if re.fullmatch(r"[a-z]+", w.strip())}
    names = {}
    for index in INDICES.values():
        for c in index["companies"]:
            raw = [c["name"]]
            url = (c.get("metadata") or {}).get("wikipedia_url") or ""
            if "/wiki/" in url:
                raw.append(urllib.parse.unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " "))
            for r in raw:
                for n in news_forms(r.strip(), words):
                    names.setdefault(n.lower(), n)
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k in sorted(names):
            n = names[k]
            f.write(n + ("\tword" if " " not in n and n.lower() in words else "") + "\n")
    print("%s: %d names" % (out, len(names)))


if __name__ == "__main__":
    main()
