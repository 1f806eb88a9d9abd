#!/usr/bin/env python3
"""Regenerates cty/src/test/resources/io/vertiform/cty/convert/convert-vectors.tsv.

Every sample value is converted to every target type by the Go oracle (Debian's go-cty 1.12.1, see
verticles/tools/tofusoup/oracle); ConvertVectorsTest replays the file against the Java implementation.

Columns (tab-separated; JSON never contains a raw tab): source type JSON, rich JSON value, target type JSON,
then the oracle's response JSON ({"ok":true,"value":...} or {"ok":false,"error":"..."}). go-cty iterates Go maps in
random order in a few places (which of several bad attributes an error names), so the oracle is asked RUNS times
and every distinct response is kept as a further column; any of them is a correct answer.

Usage: python3 gen-convert-vectors.py [path/to/cty-oracle]
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
ORACLE_DIR = os.path.join(ROOT, "verticles", "tools", "tofusoup", "oracle")
OUT = os.path.join(ROOT, "cty", "src", "test", "resources", "io", "vertiform", "cty", "convert",
                   "convert-vectors.tsv")

S, N, B, D = "string", "number", "bool", "dynamic"
RUNS = 16


def lst(t): return ["list", t]
def st(t): return ["set", t]
def mp(t): return ["map", t]
def tup(*ts): return ["tuple", list(ts)]
def obj(attrs, optional=None): return ["object", attrs] + ([sorted(optional)] if optional else [])


UNK = {"$unknown": True}


def marked(v, *marks): return {"$marks": list(marks), "$value": v}


def dyn(v, t): return {"value": v, "type": t}


# (source type, rich JSON value); numbers are raw JSON text so no precision is lost here
SAMPLES = [
    (S, "hello"), (S, "1"), (S, "1.5"), (S, "12.50"), (S, "-0"), (S, "1e3"), (S, "0.1"), (S, ""), (S, "true"),
    (S, "false"), (S, "0"), (S, "TRUE"), (S, "False"), (S, "inf"), (S, " 1"),
    (N, "4"), (N, "3.14159265359"), (N, "0.1"), (N, "-7"), (N, "123456789012345678901234567890.5"), (N, "+Inf"),
    (B, True), (B, False),
    (S, None), (N, None), (B, None), (S, UNK), (N, UNK), (B, UNK), (D, None), (D, UNK),
    (S, marked("true", "m")), (N, marked("5", "a", "b")), (S, marked(None, "m")), (S, marked(UNK, "m")),
    (D, dyn("x", S)), (D, dyn(["a", 1], tup(S, N))), (D, dyn({"a": "1"}, obj({"a": S}))),
    (lst(S), ["5", "10"]), (lst(S), ["a"]), (lst(S), []), (lst(S), ["1", None]), (lst(S), None), (lst(S), UNK),
    (lst(N), ["5", "10", "10"]), (lst(B), [True, False]), (lst(S), [marked("1", "e")]),
    (lst(D), [None]), (lst(lst(S)), [["1"], []]), (lst(obj({"a": S})), [{"a": "1"}, {"a": None}]),
    (st(S), ["5", "10"]), (st(S), ["5", UNK]), (st(N), ["1", "2"]), (st(S), []), (st(S), [UNK]),
    (mp(S), {"a": "1", "b": "x"}), (mp(S), {"a": "1", "b": "2"}), (mp(S), {}), (mp(N), {"k": "1"}),
    (mp(S), {"a": "true"}), (mp(lst(S)), {"a": ["1"]}), (mp(S), UNK), (mp(S), None),
    (tup(S, N, B), ["5", "10", True]), (tup(S, N), ["1", "2"]), (tup(), []), (tup(D), [None]),
    (tup(D, S), [UNK, "a"]), (tup(lst(S), S), [["a"], "b"]), (tup(obj({"a": S}), obj({"a": N})), [{"a": "x"}, {"a": "1"}]),
    (tup(S, N), UNK), (tup(S), None), (tup(obj({}), tup()), [{}, []]),
    (obj({"a": S, "b": N}), {"a": "1", "b": "2"}), (obj({"a": S, "b": N}), {"a": "x", "b": "2"}),
    (obj({"a": S}), {"a": "hello"}), (obj({"a": B}), {"a": True}), (obj({}), {}), (obj({"a": S}), UNK),
    (obj({"a": S}), None), (obj({"a": S, "c": S}), {"a": "1", "c": "3"}),
    (obj({"a": obj({"b": S})}), {"a": {"b": "1"}}), (obj({"a": lst(S), "b": tup(S)}), {"a": ["x"], "b": ["y"]}),
    (obj({"a": S, "b": S}), {"a": marked("1", "m"), "b": marked("2", "n")}),
    (obj({"a": D}), {"a": None}),
]

OPT_B = obj({"a": S, "b": S}, ["b"])
TARGETS = [
    S, N, B, D,
    lst(S), lst(N), lst(B), lst(D), lst(lst(S)), lst(obj({"a": S})), lst(obj({"a": S, "b": S}, ["b"])),
    st(S), st(N), st(D), st(mp(S)),
    mp(S), mp(N), mp(D), mp(lst(S)), mp(mp(D)),
    tup(S), tup(S, N), tup(S, N, B), tup(D, D, D), tup(N, N), tup(),
    obj({}), obj({"a": S}), obj({"a": N}), obj({"a": N, "b": S}), OPT_B, obj({"a": S, "b": N, "c": B}),
    obj({"a": obj({"b": N}, ["b"])}, ["a"]), obj({"a": D}), obj({"a": lst(S), "b": lst(S)}),
]


def compact(v):
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


def value_text(t, v):
    """Renders a sample value, writing number samples (strings in SAMPLES) as raw JSON numbers."""
    if t == N and isinstance(v, str) and v not in ("+Inf", "-Inf"):
        return v
    if isinstance(v, dict) and "$marks" in v and t == N and isinstance(v["$value"], str):
        return '{"$marks":' + compact(v["$marks"]) + ',"$value":' + v["$value"] + "}"
    if isinstance(t, list) and t[0] in ("list", "set") and t[1] == N and isinstance(v, list):
        return "[" + ",".join(value_text(N, e) for e in v) + "]"
    if isinstance(t, list) and t[0] == "map" and t[1] == N and isinstance(v, dict) and "$unknown" not in v:
        return "{" + ",".join(compact(k) + ":" + value_text(N, e) for k, e in v.items()) + "}"
    if isinstance(t, list) and t[0] == "tuple" and isinstance(v, list):
        return "[" + ",".join(value_text(et, e) for et, e in zip(t[1], v)) + "]"
    if isinstance(t, list) and t[0] == "object" and isinstance(v, dict) and "$unknown" not in v \
            and "$marks" not in v:
        return "{" + ",".join(compact(k) + ":" + value_text(t[1][k], e) for k, e in v.items()) + "}"
    return compact(v)


def main():
    oracle = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ORACLE_DIR, "target", "bin", "cty-oracle")
    if not os.path.exists(oracle):
        subprocess.run([os.path.join(ORACLE_DIR, "build.sh")], check=True)
    rows = []
    for t, v in SAMPLES:
        for to in TARGETS:
            rows.append((compact(t), value_text(t, v), compact(to)))
    requests = "".join('{"op":"convert","type":%s,"value":%s,"to":%s}\n' % r for r in rows)
    answers = [[] for _ in rows]
    for _ in range(RUNS):
        out = subprocess.run([oracle, "batch"], input=requests.encode(), capture_output=True, check=True)
        responses = out.stdout.decode().splitlines()
        assert len(responses) == len(rows), (len(responses), len(rows))
        for seen, resp in zip(answers, responses):
            if resp not in seen:
                seen.append(resp)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r, seen in zip(rows, answers):
            for resp in seen:
                if '"go-cty panic' in resp or '"value: ' in resp:
                    raise SystemExit("unusable oracle answer for %s: %s" % (r, resp))
            f.write("\t".join(r + tuple(sorted(seen))) + "\n")
    print("wrote %d vectors to %s" % (len(rows), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
