#!/usr/bin/env python3
"""Scores DATE on gold JSON documents (tools/news_markup.py output, e.g.
tests/data/news_dates) as TempEval-3 does: strict span, relaxed span (any overlap),
TIMEX3 type and value on relaxed matches; ../shared/tools/entities_eval.py gives the
exact-span figures but does not check the type.
Usage: tools/news_dates_eval.py [--newsent BIN] [--verbose] GOLD_DIR"""
import argparse, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools"))
import nsrun, entities_eval


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--newsent")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    docs, golds = entities_eval.load(a.paths)
    preds, _ = nsrun.run_jsonl(a.newsent or nsrun.default_binary(), docs)
    n = dict(gold=0, pred=0, strict=0, relaxed=0, type=0, value=0, rel_pred=0)
    notes = []
    ov = lambda x, y: min(x["end"], y["end"]) > max(x["start"], y["start"])
    for d in docs:
        gold = [g for g in golds[d["id"]] if g["label"] == "DATE"]
        req = [g for g in gold if not g.get("optional")]
        opt = [g for g in gold if g.get("optional")]
        pred = [p for p in preds.get(d["id"], []) if p.get("label") == "DATE"]
        pred = [p for p in pred if any(ov(p, g) for g in req) or not any(ov(p, g) for g in opt)]
        n["gold"] += len(req); n["pred"] += len(pred)
        used = set()
        for g in req:
            cands = [(min(g["end"], p["end"]) - max(g["start"], p["start"]), i) for i, p in enumerate(pred)
                     if i not in used and ov(g, p)]
            if not cands:
                notes.append(f"missed {d['id']}: {g['text']!r} {g['type']} {g['value']}")
                continue
            i = max(cands)[1]; p = pred[i]; used.add(i)
            n["relaxed"] += 1
            if (p["start"], p["end"]) == (g["start"], g["end"]):
                n["strict"] += 1
            else:
                notes.append(f"span   {d['id']}: gold {g['text']!r} got {p['text']!r}")
            n["type"] += p.get("type") == g["type"]
            n["value"] += entities_eval.value_ok(g, p)
            if p.get("type") != g["type"] or not entities_eval.value_ok(g, p):
                notes.append(f"value  {d['id']}: {g['text']!r} gold {g['type']} {g['value']} got {p.get('type')} {p.get('value')}")
        for i, p in enumerate(pred):
            if i not in used:
                notes.append(f"extra  {d['id']}: {p['text']!r} {p.get('type')} {p.get('value')}")
    for k in ("strict", "relaxed", "type", "value"):
        P, R, F = nsrun.prf(n[k], n["pred"], n[k], n["gold"])
        print(f"{k:8s} P {100*P:6.2f} R {100*R:6.2f} F1 {100*F:6.2f}")
    print(f"gold {n['gold']} pred {n['pred']} documents {len(docs)}")
    if a.verbose:
        print("\n".join(sorted(notes)))


if __name__ == "__main__":
    main()
