#!/usr/bin/env python3
"""Lists what the DATE stage gets wrong on TimeML files, by kind: missed gold
timexes, spurious predictions, span differences and value/type differences.
Usage: tools/dates_diag.py [--newsent BIN] DIR_OR_FILES... [--only missed|spurious|span|value|type]
Uses the shared scorer's TimeML reader, so the documents are the scorer's."""
import argparse, collections, glob, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools"))
import nsrun, timex_eval

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--newsent")
    ap.add_argument("--only")
    a = ap.parse_args()
    files = []
    for p in a.paths:
        files += sorted(glob.glob(os.path.join(p, "**", "*.tml"), recursive=True)) if os.path.isdir(p) else [p]
    docs, golds = [], {}
    for f in files:
        d, g = timex_eval.load_tml(f)
        docs.append(d); golds[d["id"]] = g
    preds, _ = nsrun.run_jsonl(a.newsent or nsrun.default_binary(), docs)
    out = collections.defaultdict(list)
    for d in docs:
        gold = golds[d["id"]]
        pred = [e for e in preds.get(d["id"], []) if e.get("label") == "DATE"]
        pairs = timex_eval.pair(gold, pred)
        mg = {id(g) for g, _ in pairs}; mp = {id(p) for _, p in pairs}
        ctx = lambda s, e: d["text"][max(0, s - 40):s].replace("\n", " ") + "[" + d["text"][s:e] + "]" + d["text"][e:e + 30].replace("\n", " ")
        for g in gold:
            if id(g) not in mg:
                out["missed"].append(f"{d['ref_date']} {g['type']:8s} {g['value']:12s} {ctx(g['start'], g['end'])}")
        for p in pred:
            if id(p) not in mp:
                out["spurious"].append(f"{d['ref_date']} {p['type']:8s} {p['value']:12s} {ctx(p['start'], p['end'])}")
        for g, p in pairs:
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                out["span"].append(f"gold {g['text']!r:35s} got {p['text']!r}")
            if str(p.get("value")) != g["value"]:
                out["value"].append(f"{d['ref_date']} {g['text']!r:30s} gold {g['value']:12s} got {p.get('value')} ({p['text']!r}, {g['type']}/{p['type']})")
            if str(p.get("type")) != g["type"]:
                out["type"].append(f"{g['text']!r:30s} gold {g['type']:9s} got {p['type']} {p.get('value')}")
    for k in ("missed", "spurious", "span", "value", "type"):
        if a.only and a.only != k:
            continue
        print(f"== {k} ({len(out[k])})")
        print("\n".join(out[k]))

if __name__ == "__main__":
    main()
