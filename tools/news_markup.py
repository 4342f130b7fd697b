#!/usr/bin/env python3
"""Turns hand-annotated news paragraphs into the gold format of
../shared/tools/entities_eval.py.

Usage: tools/news_markup.py [SRC_DIR [OUT_DIR]]
  (defaults: tests/data/news2020s/src -> tests/data/news2020s)

A source file marks each name inline as [LABEL text] (PERSON, PLACE, ORG),
or [LABEL? text] for one the guidelines leave open (scored as optional).
Only PERSON, PLACE and ORG are annotated in these files: score them with
--labels PERSON,PLACE,ORG. For each SRC/NAME.txt this writes OUT/NAME.txt
(the plain text) and OUT/NAME.gold.json.
"""
import glob, json, os, re, sys

MARK = re.compile(r"\[(PERSON|PLACE|ORG)(\??) ([^\]]+)\]")


def convert(src, out_dir):
    marked = open(src, encoding="utf-8").read()
    text, ents, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(3)
        e = {"label": m.group(1), "text": m.group(3), "start": start, "end": len(text),
             "byte_start": len(text[:start].encode()), "byte_end": len(text.encode())}
        if m.group(2):
            e["optional"] = True
        ents.append(e)
        pos = m.end()
    text += marked[pos:]
    assert "[" not in text, src
    name = os.path.basename(src)
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write(text)
    gold = {"doc": name, "ref_date": "2024-06-01", "entities": ents}
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
