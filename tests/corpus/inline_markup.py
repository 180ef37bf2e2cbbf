#!/usr/bin/env python3
"""Builds a gold file (format of ../shared/ANNOTATION.md) from articles marked up inline.

Shared by the blind sets whose folders hold articles_fr.py / articles_en.py (blind8, blind9):
each folder's build.py calls main() with its folder, its file name and its id prefix. It grew
from the annotators' own builders (blind5 -> blind8 -> blind9), which were copies of each other.

Markup in articles_fr.py / articles_en.py:  [[tag|text]], spans may nest.
  ne=no-evidence  vs=vague-source  hd=hedge  cd=conditional  cv=claim-verb
  per=person  org=organization  st=state  pl=place
Article key "typo" (French only):
  None     plain spaces are kept (inside « » too);
  "nbsp"   inside « » and before : ; ? ! the plain space becomes U+00A0;
  "nnbsp"  inside « » and before ; ? ! it becomes U+202F (narrow), before : U+00A0.

Offsets: Unicode code points (Python str index), end exclusive.
The build stops on: span text != text[start:end] (also re-checked on the written
file), whitespace at a span's ends, empty span, two spans of one category that
overlap, an actor span starting with an article/title or ending in a possessive 's,
a conditional span outside French, word count outside 300-500, a stray "[[" / "]]" / "tag|"
left in the text, mixed straight and typographic apostrophes in one article,
a duplicate id, an id not of the form <prefix>-<lang>-…, key order different from the guide's format.
It warns (does not stop) when an actor spelling occurs outside any span of its category.
Usage (in a set's folder): python3 build.py [--show ID...]   (--show prints articles with spans inline)
"""
import json
import re
import sys
from pathlib import Path

CAT = {"ne": "no-evidence", "vs": "vague-source", "hd": "hedge", "cd": "conditional",
       "cv": "claim-verb", "per": "person", "org": "organization", "st": "state", "pl": "place"}
ACTOR = {"person", "organization", "state", "place"}
# names whose leading article is part of the name (scoring ignores a leading article anyway)
NAME_WITH_ARTICLE = {"La Réunion"}
TITLE_RE = re.compile(r"(?i)(the|le|la|les|l['’]|d['’]|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme|mlle|me|mgr|pr|prof\.?|"
                      r"engr\.?|rep\.?|sen\.?|sec\.?|perit|judge|chief|supt\.?|sir|dame|adv\.?)(\s|$|(?<=['’]))")
NBSP, NNBSP = "\u00a0", "\u202f"
OPEN, CLOSE = "[[", "]]"


def typo_fr(s, mode):
    if not mode:
        return s
    thin = NBSP if mode == "nbsp" else NNBSP
    s = s.replace("« ", "«" + thin).replace(" »", thin + "»")
    s = re.sub(r" ([;?!])", thin + r"\1", s)
    return s.replace(" :", NBSP + ":")


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


def check(aid, lang, text, spans):
    err, warn = [], []
    nw = len(text.split())
    if not 300 <= nw <= 500:
        err.append(f"{aid}: {nw} words")
    for bad in (OPEN, CLOSE):
        if bad in text:
            err.append(f"{aid}: stray {bad!r} in text")
    m = re.search(r"\b(" + "|".join(CAT) + r")\|", text)
    if m:
        err.append(f"{aid}: stray markup {m.group()!r} in text")
    if "'" in text and "’" in text:
        err.append(f"{aid}: mixed apostrophes ' and ’")
    for s in spans:
        t = s["text"]
        if text[s["start"]:s["end"]] != t:
            err.append(f"{aid}: offset mismatch {s}")
        if not t or t != t.strip():
            err.append(f"{aid}: empty span or whitespace at an end: {t!r}")
        if s["category"] == "conditional" and lang != "fr":
            err.append(f"{aid}: conditional outside French: {t!r}")
        if s["category"] in ACTOR:
            if t not in NAME_WITH_ARTICLE and TITLE_RE.match(t):
                err.append(f"{aid}: article or title inside actor span {t!r}")
            if re.search(r"['’]s$", t):
                err.append(f"{aid}: possessive inside actor span {t!r}")
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


def build(articles, prefix):
    errors, warnings, docs = [], [], []
    ids = set()
    for art in articles:
        if art["id"] in ids:
            errors.append(f"duplicate id {art['id']}")
        if not art["id"].startswith(f"{prefix}-{art['lang']}-"):
            errors.append(f"id {art['id']} does not match {prefix}-{art['lang']}-…")
        ids.add(art["id"])
        src = art["text"].strip("\n")
        src = typo_fr(src, art.get("typo"))
        text, spans = parse(src)
        e, w = check(art["id"], art["lang"], text, spans)
        errors += e
        warnings += w
        docs.append({"id": art["id"], "lang": art["lang"], "source": art["source"],
                     "text": text, "spans": spans})
    return docs, errors, warnings


def main(folder, file_name, prefix):
    """Builds `folder/file_name` from `folder/articles_fr.py` and `articles_en.py` (ids `prefix-<lang>-…`)."""
    folder = Path(folder).resolve()
    sys.path.insert(0, str(folder))
    from articles_fr import ARTICLES as FR  # noqa: E402
    from articles_en import ARTICLES as EN  # noqa: E402
    docs, errors, warnings = build(FR + EN, prefix)
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
    out = folder / file_name
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    counts = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert list(d) == ["id", "lang", "source", "text", "spans"]
        for s in d["spans"]:
            assert list(s) == ["start", "end", "category", "text"]
            assert d["text"][s["start"]:s["end"]] == s["text"], (d["id"], s)
            assert s["text"] and s["text"] == s["text"].strip(), (d["id"], s)
            counts.setdefault(s["category"], {}).setdefault(d["lang"], 0)
            counts[s["category"]][d["lang"]] += 1
        t = d["text"]
        print(f'{d["id"]:20} {d["lang"]} words={len(t.split()):3} spans={len(d["spans"]):3} '
              f'nbsp={t.count(NBSP):2} nnbsp={t.count(NNBSP):2} curly={"’" in t} non-BMP={sum(ord(ch) > 0xFFFF for ch in t)}')
    print(f'{"category":14} {"fr":>4} {"en":>4} {"all":>4}')
    tot = {"fr": 0, "en": 0}
    for c in CAT.values():
        fr, en = counts.get(c, {}).get("fr", 0), counts.get(c, {}).get("en", 0)
        tot["fr"] += fr
        tot["en"] += en
        print(f"{c:14} {fr:4} {en:4} {fr + en:4}")
    print(f'{"total":14} {tot["fr"]:4} {tot["en"]:4} {tot["fr"] + tot["en"]:4}')
