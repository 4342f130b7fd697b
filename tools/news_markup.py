#!/usr/bin/env python3
"""Turns hand-annotated news paragraphs into the gold format of
../shared/tools/entities_eval.py.

Usage: tools/news_markup.py [SRC_DIR [OUT_DIR]]
  (defaults: tests/data/news2020s/src -> tests/data/news2020s;
   tests/data/news_dates/src -> tests/data/news_dates for the DATE dev set)

A source file marks each name inline as [LABEL text] (PERSON, PLACE, ORG),
or [LABEL? text] for one the guidelines leave open (scored as optional).
Only PERSON, PLACE and ORG are annotated in the news2020s files: score them with
--labels PERSON,PLACE,ORG.

A temporal expression is marked [DATE TYPE=VALUE text] (TYPE the TIMEX3 type DATE,
TIME, DURATION or SET; VALUE its TIMEX3 value, alternatives joined by |, no spaces),
or [DATE? TYPE=VALUE text] when optional. A first line "#ref_date YYYY-MM-DD" gives
the document's reference date and is not part of the text (default 2024-06-01).
The DATE files are scored with --labels DATE, and with tools/news_dates_eval.py for
the TIMEX3 type. For each SRC/NAME.txt this writes OUT/NAME.txt (the plain text) and
OUT/NAME.gold.json.
"""
import glob, json, os, re, sys

MARK = re.compile(r"\[(PERSON|PLACE|ORG)(\??) ([^\]]+)\]"
                  r"|\[(DATE)(\??) (DATE|TIME|DURATION|SET)=(\S+) ([^\]]+)\]")
REF = re.compile(r"#ref_date (\d{4}-\d{2}-\d{2})\n")


def convert(src, out_dir):
    marked = open(src, encoding="utf-8").read()
    ref_date = "2024-06-01"
    r = REF.match(marked)
    if r:
        ref_date, marked = r.group(1), marked[r.end():]
    text, ents, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        label, opt, body = (m.group(1), m.group(2), m.group(3)) if m.group(1) else \
            (m.group(4), m.group(5), m.group(8))
        text += body
        e = {"label": label, "text": body, "start": start, "end": len(text),
             "byte_start": len(text[:start].encode()), "byte_end": len(text.encode())}
        if label == "DATE":
            values = m.group(7).split("|")
            e["type"], e["value"] = m.group(6), values[0]
            if len(values) > 1:
                e["alt_values"] = values[1:]
        if opt:
            e["optional"] = True
        ents.append(e)
        pos = m.end()
    text += marked[pos:]
    assert "[" not in text, src
    name = os.path.basename(src)
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write(text)
    gold = {"doc": name, "ref_date": ref_date, "entities": ents}
    with open(os.path.join(out_dir, name[:-4] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(ents)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "tests", "data",
                                                              "news2020s", "src")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(src))
    n = sum(convert(p, out) for p in sorted(glob.glob(os.path.join(src, "*.txt"))))
    print("%d entities" % n)


if __name__ == "__main__":
    main()
