#!/usr/bin/env python3
"""DATE annotations of real Reuters wire copy (CoNLL-2003 documents), kept as
stand-off marks so that no corpus text enters the repository.

  tools/conll_dates.py pack ANNOTATED_DIR SPLIT.conll OUT.json
      ANNOTATED_DIR holds NNN_docK.txt / NNN_docK.gold.json pairs as
      tools/news_markup.py writes them from texts made by tools/conll_docs.py;
      OUT.json records, per document, the CoNLL split, its index K there, the
      reference date and each mark's offsets, type and value.
  tools/conll_dates.py unpack PACK.json... OUTDIR [--conll-dir DIR]
      rebuilds the texts from ../shared/data/ner/conll2003 (or DIR) with
      tools/conll_docs.py's detokenizer, checks that every mark still covers
      the text it was made on, and writes the pairs that
      tools/news_dates_eval.py and ../shared/tools/entities_eval.py score,
      one directory OUTDIR/NAME per PACK NAME.json.
"""
import argparse, glob, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conll_docs  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CONLL = os.path.join(HERE, "..", "..", "shared", "data", "ner", "conll2003")


def doc_text(doc):
    return "\n".join(conll_docs.detokenize(s) for s in doc) + "\n"


def pack(a):
    out = {"split": os.path.basename(a.conll), "documents": []}
    for f in sorted(glob.glob(os.path.join(a.annotated, "*.gold.json"))):
        g = json.load(open(f, encoding="utf-8"))
        k = int(re.search(r"_doc(\d+)\.txt$", g["doc"]).group(1))
        # everything the scorers read (alternative values, optional marks),
        # not what unpack recomputes (label, byte offsets)
        marks = [{k2: v for k2, v in e.items() if k2 not in ("label", "byte_start", "byte_end")}
                 for e in g["entities"] if e["label"] == "DATE"]
        out["documents"].append({"name": g["doc"], "index": k, "ref_date": g["ref_date"],
                                 "marks": marks})
    with open(a.out, "w", encoding="utf-8") as fo:
        json.dump(out, fo, ensure_ascii=False, indent=1)
        fo.write("\n")
    print(f"{len(out['documents'])} documents, "
          f"{sum(len(d['marks']) for d in out['documents'])} marks -> {a.out}")


def unpack(a):
    for pack_path in a.packs:
        name = os.path.splitext(os.path.basename(pack_path))[0]
        unpack_one(pack_path, os.path.join(a.outdir, name), a.conll_dir)


def unpack_one(pack_path, outdir, conll_dir):
    p = json.load(open(pack_path, encoding="utf-8"))
    docs = list(conll_docs.documents(os.path.join(conll_dir, p["split"])))
    os.makedirs(outdir, exist_ok=True)
    for d in p["documents"]:
        text = doc_text(docs[d["index"]])
        ents = []
        for m in d["marks"]:
            if text[m["start"]:m["end"]] != m["text"]:
                sys.exit(f"{d['name']}: mark {m['text']!r} no longer at {m['start']}")
            bs = len(text[:m["start"]].encode("utf-8"))
            e = {"label": "DATE", **m, "byte_start": bs,
                 "byte_end": bs + len(m["text"].encode("utf-8"))}
            ents.append(e)
        with open(os.path.join(outdir, d["name"]), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(outdir, d["name"][:-4] + ".gold.json"), "w",
                  encoding="utf-8") as f:
            json.dump({"doc": d["name"], "ref_date": d["ref_date"], "entities": ents}, f,
                      ensure_ascii=False, indent=1)
    print(f"{len(p['documents'])} documents in {outdir}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    pk = sub.add_parser("pack")
    pk.add_argument("annotated")
    pk.add_argument("conll")
    pk.add_argument("out")
    up = sub.add_parser("unpack")
    up.add_argument("packs", nargs="+")
    up.add_argument("outdir")
    up.add_argument("--conll-dir", default=DEFAULT_CONLL)
    a = ap.parse_args()
    pack(a) if a.cmd == "pack" else unpack(a)


if __name__ == "__main__":
    main()
