#!/usr/bin/env python3
"""Writes CoNLL-2003 documents back as plain news text, for annotating DATE on
real wire copy (Reuters, 1996-97) outside the repository.

Usage: tools/conll_docs.py SPLIT.conll OUTDIR [--skip N] [--count N] [--min-words N]

Each document becomes OUTDIR/NNN_docK.txt whose first line is "#ref_date
YYYY-MM-DD", the date of the document's dateline ("BRUSSELS 1996-08-22"), the
format of tools/news_markup.py. Documents without a dateline date, shorter than
--min-words, or made mostly of numbers (results tables) are left out, so what is
written is prose. The text is rebuilt from the tokens: the spacing around
punctuation is a reconstruction, not the original's."""
import argparse, os, re

NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "}", "'s", "'S", "n't", "'re", "'ve",
                   "'ll", "'d", "'m", "%"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


def documents(path):
    doc, sent = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
            if doc:
                yield doc
            doc, sent = [], []
        elif not line.strip():
            if sent:
                doc.append(sent)
            sent = []
        else:
            sent.append(line.split(" ")[0])
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def detokenize(tokens):
    out, quote_open = "", False
    for i, t in enumerate(tokens):
        if t == '"':
            space = not quote_open and out != ""
            out += (" " if space else "") + t if not quote_open else t
            quote_open = not quote_open
            continue
        glue = (out == "" or t in NO_SPACE_BEFORE or out[-1] in NO_SPACE_AFTER
                or (t == "'" and out.endswith("s"))
                or (quote_open and out.endswith('"') and (len(out) == 1 or out[-2] == " ")))
        out += t if glue else " " + t
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("conll")
    ap.add_argument("outdir")
    ap.add_argument("--skip", type=int, default=0, help="prose documents to pass over first")
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--min-words", type=int, default=120)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    seen = written = 0
    for k, doc in enumerate(documents(a.conll)):
        words = [t for s in doc for t in s]
        nums = sum(bool(re.fullmatch(r"[\d.,:/-]+", t)) for t in words)
        date = next((t for s in doc[:4] for t in s if re.fullmatch(r"\d{4}-\d\d-\d\d", t)), None)
        if not date or len(words) < a.min_words or nums > 0.12 * len(words):
            continue
        seen += 1
        if seen <= a.skip:
            continue
        with open(os.path.join(a.outdir, f"{written + 1:03d}_doc{k}.txt"), "w", encoding="utf-8") as f:
            f.write(f"#ref_date {date}\n")
            f.write("\n".join(detokenize(s) for s in doc) + "\n")
        written += 1
        if written == a.count:
            break
    print(f"{written} documents in {a.outdir}")


if __name__ == "__main__":
    main()
