#!/usr/bin/env python3
"""Build blind5.jsonl (gold format of /work/shared/ANNOTATION.md) from marked-up articles.

Markup in articles_fr.py / articles_en.py:  [[tag|text]], spans may nest.
  ne=no-evidence  vs=vague-source  hd=hedge  cd=conditional  cv=claim-verb
  per=person  org=organization  st=state  pl=place
Article flag "fr_typo": inside « » and before : ; ? ! the plain space becomes U+00A0.

Offsets: Unicode code points (Python str index), end exclusive.
The build stops on: span text != text[start:end] (also re-checked on the written
file), whitespace at a span's ends, empty span, two spans of one category that
overlap, an actor span starting with an article/title, word count outside 300-500,
a stray "[[" / "]]" / "|" left in the text.
It warns (does not stop) when an actor spelling occurs outside any span of its category.
Usage: python3 build.py [--show ID...]   (--show prints articles with spans inline)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles_fr import ARTICLES as FR  # noqa: E402
from articles_en import ARTICLES as EN  # noqa: E402

CAT = {"ne": "no-evidence", "vs": "vague-source", "hd": "hedge", "cd": "conditional",
       "cv": "claim-verb", "per": "person", "org": "organization", "st": "state", "pl": "place"}
ACTOR = {"person", "organization", "state", "place"}
NAME_WITH_ARTICLE = {"The Hague", "La Première"}
NBSP = "\u00a0"
OPEN, CLOSE = "[[", "]]"


def typo_fr(s):
    s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" ([:;?!])", NBSP + r"\1", s)


def parse(src):
    out, stack, spans, i = [], [], [], 0
    n = 0  # code points emitted so far
    while i < len(src):
        if src.startswith(OPEN, i):
            j = src.index("|", i)
            tag = src[i + 2:j]
            if tag not in CAT:
                raise SystemExit(f"unknown tag {tag!r} at {src[i:i+50]!r}")
            stack.append((CAT[tag], n))
            i = j + 1
        elif src.startswith(CLOSE, i) and stack:
            cat, start = stack.pop()
            spans.append([start, n, cat])
            i += 2
        else:
            out.append(src[i])
            n += 1
            i += 1
    if stack:
        raise SystemExit(f"unclosed spans: {stack}")
    text = "".join(out)
    res = [{"start": a, "end": b, "category": c, "text": text[a:b]} for a, b, c in spans]
    res.sort(key=lambda s: (s["start"], s["end"], s["category"]))
    return text, res


def check(aid, text, spans):
    err, warn = [], []
    nw = len(text.split())
    if not 300 <= nw <= 500:
        err.append(f"{aid}: {nw} words")
    for bad in (OPEN, CLOSE, "|"):
        if bad in text:
            err.append(f"{aid}: stray {bad!r} in text")
    for s in spans:
        t = s["text"]
        if text[s["start"]:s["end"]] != t:
            err.append(f"{aid}: offset mismatch {s}")
        if not t or t != t.strip():
            err.append(f"{aid}: empty span or whitespace at an end: {t!r}")
        if s["category"] in ACTOR and t not in NAME_WITH_ARTICLE and re.match(
                r"(?i)(the|le|la|les|l['’]|mr|mrs|ms|dr|m\.|mme|me|mgr)(\s|$|(?<=['’]))", t):
            err.append(f"{aid}: article or title inside actor span {t!r}")
    bycat = {}
    for s in spans:
        bycat.setdefault(s["category"], []).append(s)
    for c, ss in bycat.items():
        ss.sort(key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]):
            if b["start"] < a["end"]:
                err.append(f"{aid}: overlapping {c} spans {a['text']!r} / {b['text']!r}")
    for c in ACTOR:
        cov = [(s["start"], s["end"]) for s in bycat.get(c, [])]
        for name in {s["text"] for s in bycat.get(c, [])}:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in cov):
                    ctx = text[max(0, m.start() - 35):m.end() + 35].replace("\n", " ")
                    warn.append(f"{aid}: {c} {name!r} unmarked here: …{ctx}…")
    return err, warn


SHORT = {"no-evidence": "NE", "vague-source": "VS", "hedge": "HD", "conditional": "CD",
         "claim-verb": "CV", "person": "PER", "organization": "ORG", "state": "ST", "place": "PL"}


def show(d):
    ev = []
    for s in d["spans"]:
        ev.append((s["start"], 1, -s["end"], "⟦" + SHORT[s["category"]] + " "))
        ev.append((s["end"], 0, s["start"], "⟧"))
    ev.sort()
    t, out, k = d["text"], [], 0
    for p, _, _, m in ev:
        out.append(t[k:p])
        out.append(m)
        k = p
    out.append(t[k:])
    print("=" * 30, d["id"])
    print("".join(out))


def main():
    errors, warnings, docs = [], [], []
    ids = set()
    for art in FR + EN:
        if art["id"] in ids:
            errors.append(f"duplicate id {art['id']}")
        ids.add(art["id"])
        src = art["text"].strip("\n")
        if art.get("fr_typo"):
            src = typo_fr(src)
        text, spans = parse(src)
        e, w = check(art["id"], text, spans)
        errors += e
        warnings += w
        docs.append({"id": art["id"], "lang": art["lang"], "source": art["source"],
                     "text": text, "spans": spans})
    if "--show" in sys.argv:
        want = sys.argv[sys.argv.index("--show") + 1:]
        for d in docs:
            if not want or d["id"] in want:
                show(d)
        return
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    out = HERE / "blind5.jsonl"
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    counts = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert list(d) == ["id", "lang", "source", "text", "spans"]
        for s in d["spans"]:
            assert list(s) == ["start", "end", "category", "text"]
            assert d["text"][s["start"]:s["end"]] == s["text"], (d["id"], s)
            counts.setdefault(s["category"], {}).setdefault(d["lang"], 0)
            counts[s["category"]][d["lang"]] += 1
        print(f'{d["id"]:24} {d["lang"]} words={len(d["text"].split()):3} spans={len(d["spans"]):3} '
              f'non-BMP={sum(ord(ch) > 0xFFFF for ch in d["text"])}')
    print(f'{"category":14} {"fr":>4} {"en":>4} {"all":>4}')
    tot = {"fr": 0, "en": 0}
    for c in CAT.values():
        fr, en = counts.get(c, {}).get("fr", 0), counts.get(c, {}).get("en", 0)
        tot["fr"] += fr
        tot["en"] += en
        print(f"{c:14} {fr:4} {en:4} {fr + en:4}")
    print(f'{"total":14} {tot["fr"]:4} {tot["en"]:4} {tot["fr"] + tot["en"]:4}')


if __name__ == "__main__":
    main()
