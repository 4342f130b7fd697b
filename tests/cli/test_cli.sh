#!/usr/bin/env bash
# The newsent command line: flags, errors, the JSONL and CoNLL contracts of
# shared/tools/README.md, and binary input. Usage: test_cli.sh BUILD/newsent
set -u
BIN=${1:?usage: test_cli.sh path/to/newsent}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0

check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
run() { # runs BIN with args; sets rc, out, err
  "$BIN" "$@" >"$T/out" 2>"$T/err"; rc=$?
}
has() { grep -q -- "$2" "$1"; }
valid_json() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }
valid_jsonl() { python3 -c '
import json,sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$1" 2>/dev/null; }

run --help;                 check "help exits 0" test $rc -eq 0; check "help shows usage" has "$T/out" "usage: newsent extract"
run --version;              check "version" has "$T/out" "^newsent [0-9]*\.[0-9]*\.[0-9]*$"
run;                        check "no command exits 2" test $rc -eq 2
run frobnicate;             check "unknown command" test $rc -eq 2; check "unknown command says so" has "$T/err" "unknown command"
run extract --bogus x;      check "bad flag exits 2" test $rc -eq 2; check "bad flag named" has "$T/err" "unknown option: --bogus"
run extract --ref-date 2024-3-4 -;  check "malformed date" test $rc -eq 2; check "malformed date msg" has "$T/err" "YYYY-MM-DD"
run extract --ref-date 2023-02-29 -; check "impossible date" test $rc -eq 2; check "impossible date msg" has "$T/err" "does not exist"
run extract --labels PERSON,FOO -; check "bad label" test $rc -eq 2; check "bad label named" has "$T/err" "FOO"
run extract --format xml -; check "bad format" test $rc -eq 2
run extract --ref-date;     check "missing value" test $rc -eq 2
run extract /nonexistent/file.txt; check "unreadable file" test $rc -eq 1; check "unreadable file msg" has "$T/err" "/nonexistent/file.txt: No such file"
run extract;                check "no input" test $rc -eq 2

printf 'It rose 30 percent on March 4, 2024 to 1,200.\n' >"$T/a.txt"
run extract --ref-date 2024-03-06 "$T/a.txt"
check "json exit" test $rc -eq 0; check "json valid" valid_json "$T/out"
check "json has date" has "$T/out" '"value":"2024-03-04"'
check "json has percent" has "$T/out" '"unit":"percent"'
run extract --ref-date 2024-03-06 --format tsv "$T/a.txt"
check "tsv header" has "$T/out" $'^doc\tlabel\tstart\tend\tbyte_start\tbyte_end\ttype\tvalue\tunit\ttext$'
check "tsv row" has "$T/out" $'\tDATE\t'
run extract --ref-date 2024-03-06 --format jsonl "$T/a.txt" "$T/a.txt"
check "jsonl two lines" test "$(wc -l <"$T/out")" -eq 2
run extract --labels DATE --ref-date 2024-03-06 "$T/a.txt"
check "labels filter" bash -c "! grep -q QUANTITY '$T/out'"

# JSONL: ids of any JSON type come back verbatim and in order
cat >"$T/in.jsonl" <<'J'
{"id": "doc-1", "text": "On March 4, 2024 it rose.", "ref_date": "2024-03-06"}
{"text": "Sales hit 1,000 units.", "id": 42}

{"id": {"a": [1, 2]}, "text": "caf\u00e9 \ud83d\ude00 on March 4", "ref_date": null, "extra": [true, false]}
J
"$BIN" extract --jsonl <"$T/in.jsonl" >"$T/out" 2>"$T/err"; rc=$?
check "jsonl exit" test $rc -eq 0; check "jsonl valid" valid_jsonl "$T/out"
check "jsonl 3 lines" test "$(wc -l <"$T/out")" -eq 3
check "jsonl ids" python3 - "$T/out" <<'P'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [r["id"] for r in rows] == ["doc-1", 42, {"a": [1, 2]}], rows
text = "caf\u00e9 \U0001F600 on March 4"
e = [x for x in rows[2]["entities"] if x["label"] == "DATE"][0]
assert text[e["start"]:e["end"]] == e["text"] == "March 4", e
assert text.encode()[e["byte_start"]:e["byte_end"]] == b"March 4", e
P

printf '{"id": 1, "text": "ok"}\n{"id": 2, "text": "broken\n' >"$T/bad.jsonl"
"$BIN" extract --jsonl <"$T/bad.jsonl" >"$T/out" 2>"$T/err"; rc=$?
check "malformed jsonl exit" test $rc -eq 1
check "malformed jsonl line number" has "$T/err" "<stdin>:2:"
check "good line still written" test "$(wc -l <"$T/out")" -eq 1
printf '{"id": 1}\n' | "$BIN" extract --jsonl >/dev/null 2>"$T/err"; rc=$?
check "jsonl without text" test $rc -eq 1; check "jsonl without text msg" has "$T/err" 'no "text"'
printf '{"id": 1, "text": "x", "ref_date": "2024-02-30"}\n' | "$BIN" extract --jsonl >/dev/null 2>"$T/err"; rc=$?
check "jsonl bad ref_date" test $rc -eq 1; check "jsonl bad ref_date msg" has "$T/err" ":1: reference date"
printf '{"text": "x", "ref_date": "2\\u0000xxxxxxxx"}\n' | "$BIN" extract --jsonl >/dev/null 2>"$T/err"; rc=$?
check "jsonl NUL in ref_date" test $rc -eq 1; check "jsonl NUL in ref_date msg" has "$T/err" 'must be YYYY-MM-DD'
printf '[1, 2]\n' | "$BIN" extract --jsonl >/dev/null 2>"$T/err"; rc=$?
check "jsonl not an object" test $rc -eq 1

# binary input never crashes it
head -c 1000000 /dev/urandom >"$T/rand.bin"
printf 'March 4, 2024\0\0\xff\xfe 1,000 \xc0\x80' >>"$T/rand.bin"
run extract "$T/rand.bin"; check "binary exit 0" test $rc -eq 0; check "binary json valid" valid_json "$T/out"
run extract --strict-utf8 "$T/rand.bin"; check "strict utf8 refuses" test $rc -eq 1; check "strict utf8 says where" has "$T/err" "invalid UTF-8 at byte"

# CoNLL: every line comes back with one more column
cat >"$T/in.conll" <<'C'
-DOCSTART- -X- -X- O

EU NNP B-NP I-ORG
rejects VBZ B-VP O
German JJ B-NP I-MISC
call NN I-NP O
. . O O

Peter NNP B-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP I-LOC
1996-08-22 CD I-NP O
C
run conll <"$T/in.conll"
check "conll exit" test $rc -eq 0
check "conll line count" test "$(wc -l <"$T/out")" -eq "$(wc -l <"$T/in.conll")"
check "conll columns" python3 - "$T/in.conll" "$T/out" <<'P'
import sys, re
src = open(sys.argv[1]).read().splitlines()
out = open(sys.argv[2]).read().splitlines()
for a, b in zip(src, out):
    if not a.strip():
        assert b == a, (a, b)
        continue
    assert b.startswith(a + " "), (a, b)
    assert re.fullmatch(r"O|[BI]-(PER|LOC|ORG)", b.split()[-1]), b
P
run conll /nonexistent.conll; check "conll unreadable" test $rc -eq 1
# A PLACE inside a token ("California" of "California-based") has no IOB
# tag: the token stays O, while extract reports the PLACE.
printf 'The DT B-NP O\nCalifornia-based JJ I-NP I-MISC\nfirm NN I-NP O\nsaid VBD B-VP O\n' >"$T/in2.conll"
run conll "$T/in2.conll"
check "conll sub-token entity left out" has "$T/out" "^California-based JJ I-NP I-MISC O$"
printf 'The California-based firm said.' >"$T/based.txt"
run extract --format tsv --labels PLACE "$T/based.txt"
check "extract place inside a token" has "$T/out" "PLACE	4	14	"
# bad CoNLL input: binary bytes, CRLF, blank-looking lines, no final newline
{ head -c 200000 /dev/urandom | tr '\n' ' ' | fold -w 40; printf 'Paris NNP B-NP I-LOC\r\n   \n\x00 O O O\nlast NN I-NP O'; } >"$T/bad.conll"
run conll "$T/bad.conll"; check "conll binary exit 0" test $rc -eq 0
check "conll binary keeps every line" test "$(wc -l <"$T/out")" -eq "$(($(wc -l <"$T/bad.conll") + 1))"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
