#!/usr/bin/env python3
"""Build blind4.jsonl (ANNOTATION.md gold format) from inline-marked articles.

Markup (own design): [[tag|text]] or [[tag=actorid|text]]; spans may nest
(e.g. a vague source containing an organisation). Tags:
  ne=no-evidence vs=vague-source hd=hedge cd=conditional cv=claim-verb
  per=person org=organization st=state pl=place
Offsets are Unicode code points (Python str indexes), end exclusive.

Outputs:
  blind4.jsonl        gold, exactly the guide's format (id, lang, source, text, spans)
  blind4.actors.json  sidecar: per article, actor id -> category + spellings
                      (the gold format has no actor-id field, so links live here)
Checks (abort on error): span text == text[start:end]; no surrounding
whitespace; no two spans of one category overlap; 250-500 words; actor spans
do not start with an article or title. Warnings (printed): an actor spelling
that occurs elsewhere in the article outside any span of its category.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles_fr import ARTICLES as FR  # noqa: E402
from articles_en import ARTICLES as EN  # noqa: E402

TAGS = {
    "ne": "no-evidence", "vs": "vague-source", "hd": "hedge",
    "cd": "conditional", "cv": "claim-verb",
    "per": "person", "org": "organization", "st": "state", "pl": "place",
}
ACTORS = {"person", "organization", "state", "place"}
NBSP = "\u00a0"
# names whose article is part of the name (the scorer ignores a leading article anyway)
ARTICLE_IN_NAME = {"The Hague"}


def french_typography(src):
    """Non-breaking spaces inside guillemets and before : ; ? ! (French style)."""
    src = src.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    src = re.sub(r" ([:;?!])", NBSP + r"\1", src)
    return src


def parse(src):
    out, stack, spans = [], [], []
    i = 0
    while i < len(src):
        if src.startswith("[[", i):
            bar = src.index("|", i)
            tag = src[i + 2:bar]
            name, _, actor_id = tag.partition("=")
            if name not in TAGS:
                raise ValueError(f"unknown tag {tag!r} near {src[i:i+60]!r}")
            stack.append((TAGS[name], actor_id or None, len(out)))
            i = bar + 1
        elif src.startswith("]]", i):
            cat, actor_id, start = stack.pop()
            spans.append({"start": start, "end": len(out), "category": cat,
                          "actor": actor_id})
            i += 2
        else:
            out.append(src[i])
            i += 1
    if stack:
        raise ValueError(f"unclosed span {stack}")
    text = "".join(out)
    for s in spans:
        s["text"] = text[s["start"]:s["end"]]
    spans.sort(key=lambda s: (s["start"], -s["end"], s["category"]))
    return text, spans


def check(doc_id, text, spans, errors, warnings):
    words = len(text.split())
    if not 250 <= words <= 500:
        errors.append(f"{doc_id}: {words} words")
    for s in spans:
        t = s["text"]
        if text[s["start"]:s["end"]] != t:
            errors.append(f"{doc_id}: offset mismatch {s}")
        if not t or t != t.strip():
            errors.append(f"{doc_id}: whitespace around span {t!r}")
        if s["category"] in ACTORS and t not in ARTICLE_IN_NAME and re.match(
                r"(?i)(the |le |la |les |l'|l’|mr |mrs |ms |dr |m\. |mme |me )", t):
            errors.append(f"{doc_id}: article/title inside actor span {t!r}")
    by_cat = {}
    for s in spans:
        by_cat.setdefault(s["category"], []).append(s)
    for cat, ss in by_cat.items():
        ss = sorted(ss, key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{doc_id}: overlapping {cat} spans {a['text']!r} / {b['text']!r}")
    # actor spellings that occur unmarked elsewhere (possible misses)
    for cat in ACTORS:
        covered = [(s["start"], s["end"]) for s in by_cat.get(cat, [])]
        for t in {s["text"] for s in by_cat.get(cat, [])}:
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                    warnings.append(f"{doc_id}: unmarked {cat} {t!r}: …{ctx}…")


def main():
    errors, warnings = [], []
    lines, actors = [], {}
    for art in FR + EN:
        src = art["text"].strip("\n")
        if art.get("typo"):
            src = french_typography(src)
        text, spans = parse(src)
        check(art["id"], text, spans, errors, warnings)
        groups = {}
        # explicit ids first; otherwise a person's surname links to the full name
        full_names = [s["text"] for s in spans if s["category"] == "person"]
        explicit = {s["text"]: s["actor"] for s in spans if s["actor"]}
        for s in spans:
            if s["category"] in ACTORS:
                key = s["actor"] or explicit.get(s["text"])
                if key is None and s["category"] == "person":
                    longer = [f for f in full_names if f.endswith(" " + s["text"])]
                    key = explicit.get(longer[0]) if longer else None
                    key = key or (longer[0] if longer else s["text"])
                key = key or s["text"]
                g = groups.setdefault(key, {"category": s["category"], "spellings": []})
                if g["category"] != s["category"]:
                    # one referent can be a place in one sentence and a state in another
                    g["category"] += "|" + s["category"]
                if s["text"] not in g["spellings"]:
                    g["spellings"].append(s["text"])
        actors[art["id"]] = groups
        lines.append(json.dumps({
            "id": art["id"], "lang": art["lang"], "source": art["source"],
            "text": text,
            "spans": [{"start": s["start"], "end": s["end"], "category": s["category"],
                       "text": s["text"]} for s in spans],
        }, ensure_ascii=False))
    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    (HERE / "blind4.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "blind4.actors.json").write_text(
        json.dumps(actors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # re-read and verify from the written file
    counts = {}
    for line in (HERE / "blind4.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["text"], (d["id"], s)
            counts.setdefault(d["lang"], {}).setdefault(s["category"], 0)
            counts[d["lang"]][s["category"]] += 1
        print(f'{d["id"]:22} {d["lang"]} words={len(d["text"].split()):3} spans={len(d["spans"])}')
    cats = list(TAGS.values())
    print("category".ljust(14), "fr".rjust(5), "en".rjust(5), "all".rjust(5))
    for c in cats:
        fr, en = counts.get("fr", {}).get(c, 0), counts.get("en", {}).get(c, 0)
        print(c.ljust(14), str(fr).rjust(5), str(en).rjust(5), str(fr + en).rjust(5))
    tf = sum(counts.get("fr", {}).values())
    te = sum(counts.get("en", {}).values())
    print("total".ljust(14), str(tf).rjust(5), str(te).rjust(5), str(tf + te).rjust(5))


if __name__ == "__main__":
    main()
