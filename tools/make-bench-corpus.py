#!/usr/bin/env python3
"""Writes the benchmark corpus as JSON Lines ({"id", "text", "ref_date"}) from the
text in ../shared/data: every CoNLL-2003 document (train, dev, test) detokenised
into ordinary prose, and every TempEval-3 document's TEXT with its tags removed.
The corpus is derived at build time and never committed.

Usage: make-bench-corpus.py [--shared ../shared] OUT.jsonl
"""
import argparse, glob, json, os, re, sys

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "'S", "N'T"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def detokenise(tokens):
    out, quote_open = [], False
    for tok in tokens:
        glue = not out
        if tok in NO_SPACE_BEFORE or (tok == '"' and quote_open):
            glue = True
        if out and out[-1] in NO_SPACE_AFTER:
            glue = True
        if out and out[-1] == '"' and quote_open and tok != '"':
            glue = glue or out[-2:-1] == [" "] or len(out) == 1
        if tok == '"':
            quote_open = not quote_open
        out.append(tok if glue else " " + tok)
    return "".join(out).strip()


def conll_docs(path):
    doc, sent = [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
            if doc:
                yield doc
            doc, sent = [], []
        elif not cols:
            if sent:
                doc.append(sent)
            sent = []
        else:
            sent.append(cols[0])
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def tempeval_docs(root):
    for path in sorted(glob.glob(os.path.join(root, "**", "*.tml"), recursive=True)):
        raw = open(path, encoding="utf-8").read()
        m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
        if not dct:
            dct = re.search(r'value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"', raw)
        if m:
            yield os.path.basename(path), re.sub(r"<[^>]+>", "", m.group(1)).strip(), dct.group(1) if dct else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    a = ap.parse_args()
    data = os.path.join(a.shared, "data")
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for split in ("train", "dev", "test"):
            for i, doc in enumerate(conll_docs(os.path.join(data, "ner", "conll2003", f"{split}.conll"))):
                # the first sentence of a CoNLL document is its headline line
                text = "\n\n".join(detokenise(s) for s in doc)
                f.write(json.dumps({"id": f"conll-{split}-{i}", "text": text, "ref_date": "1996-08-30"}) + "\n")
                n += 1
        for name, text, dct in tempeval_docs(os.path.join(data, "time", "tempeval3")):
            d = {"id": f"te3-{name}", "text": text}
            if dct:
                d["ref_date"] = dct
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    print(f"make-bench-corpus: {n} documents -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
