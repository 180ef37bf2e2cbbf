#!/usr/bin/env python3
"""Build the ClaimLens blind evaluation set #2 (blind2.jsonl); blind3/build.py
reuses it for set #3 (same markup and checks, longer articles).

Each article is written with inline markup  [[tag|text]]  (nesting allowed, so a
vague-source phrase can contain an organisation).  The script strips the markup,
computes offsets in Unicode code points (as ANNOTATION.md requires: Python str
indices, end exclusive) and validates the result against the guide's rules.

Tags:
  ne = no-evidence   vs = vague-source   h = hedge   c = conditional (fr only)
  cv = claim-verb    p = person   o = organization   s = state   pl = place
"""
import json
import re
import sys
from pathlib import Path

TAGS = {
    "ne": "no-evidence", "vs": "vague-source", "h": "hedge", "c": "conditional",
    "cv": "claim-verb", "p": "person", "o": "organization", "s": "state", "pl": "place",
}
ACTORS = {"person", "organization", "state", "place"}
MARKERS = {"no-evidence", "vague-source", "hedge", "conditional", "claim-verb"}


def parse(marked):
    """Strip [[tag|...]] markup; return (text, spans)."""
    out, spans, stack = [], [], []
    i, n = 0, len(marked)
    pos = 0  # code-point offset in the output text
    while i < n:
        if marked.startswith("[[", i):
            bar = marked.index("|", i)
            tag = marked[i + 2:bar]
            if tag not in TAGS:
                raise ValueError(f"unknown tag {tag!r} near {marked[i:i+40]!r}")
            stack.append((TAGS[tag], pos))
            i = bar + 1
        elif marked.startswith("]]", i):
            if not stack:
                raise ValueError(f"unbalanced ]] near {marked[max(0,i-40):i]!r}")
            cat, start = stack.pop()
            spans.append({"start": start, "end": pos, "category": cat})
            i += 2
        else:
            out.append(marked[i])
            pos += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed spans: {stack}")
    text = "".join(out)
    for s in spans:
        s["text"] = text[s["start"]:s["end"]]
    spans.sort(key=lambda s: (s["start"], s["end"], s["category"]))
    return text, spans


LEADING_ARTICLE = re.compile(r"^(le|la|les|l'|l’|the|un|une|des|a|an)\b", re.I)
TITLES = re.compile(r"^(M\.|Mme|Mlle|Me|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Pr\.?|Professor|Prof\.?|"
                    r"Sen\.?|Senator|Mayor|Councilmember|Councillor|le président|la ministre|le ministre)\s", re.I)
# particles that are part of a person's name, not a leading article
NAME_PARTICLES = ("Le ", "La ", "Van ", "van ", "De ", "de ", "Da ", "Du ")

# French conditional endings; words that end like one but are not verbs
FR_COND = re.compile(r"\b\w+(?:rais|rait|rions|riez|raient)\b", re.I)
FR_COND_NOT_VERBS = {"portrait", "retrait", "extrait", "attrait", "trait", "abstrait", "distrait",
                     "soustrait", "portraits", "retraits", "extraits"}
# lexical cues that ought to be annotated (warned about when left unmarked, for review)
CUES = {
    "hedge": r"\b(apparemment|potentiellement|probablement|vraisemblablement|peut-être|prétendument|"
             r"présumée?s?|semble|semblent|soupçonnée?s?|apparently|reportedly|allegedly|supposedly|"
             r"purportedly|possibly|probably|presumably|seemingly|suspected|appears? to|seems? to|"
             r"(?:un)?likely)\b",
    "claim-verb": r"\b(affirm\w*|prétend\w*|assur\w*|soutien\w*|souten\w*|allègu\w*|allégu\w*|accus\w*|"
                  r"ni[eé]\w*|dément\w*|démenti\w*|martel\w*|martèl\w*|claim\w*|assert\w*|insist\w*|"
                  r"contend\w*|denie\w*|deny\w*|alleg\w*|maintain\w*)\b",
    "no-evidence": r"\b(sans preuve\w*|sans fournir|infondée?s?|vérifié\w*|baseless|unsubstantiated|"
                   r"without evidence|without providing|verified|unsupported|no proof|confirmée?s?|confirmed)\b",
}


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def validate(doc, warnings):
    text, spans, lang, did = doc["text"], doc["spans"], doc["lang"], doc["id"]
    errors = []
    assert lang in ("fr", "en"), did
    for s in spans:
        t = s["text"]
        if text[s["start"]:s["end"]] != t:
            errors.append(f"{did}: offset mismatch {s}")
        if s["category"] not in ACTORS | MARKERS:
            errors.append(f"{did}: bad category {s}")
        if not t or t != t.strip() or t[-1] in ",.;:»\"" or t[0] in "«\",.;:":
            errors.append(f"{did}: untrimmed span {s}")
        if s["category"] == "conditional" and lang != "fr":
            errors.append(f"{did}: conditional in English {s}")
        if s["category"] == "conditional" and " " in t:
            errors.append(f"{did}: conditional must be the verb form alone {s}")
        if s["category"] == "claim-verb" and (" " in t):
            errors.append(f"{did}: claim-verb must be the verb form alone {s}")
        if s["category"] in ACTORS:
            if LEADING_ARTICLE.match(t) and not (s["category"] == "person" and t.startswith(NAME_PARTICLES)):
                errors.append(f"{did}: actor with leading article {s}")
            if TITLES.match(t):
                errors.append(f"{did}: actor with title {s}")
            if t.endswith(("'s", "’s")) and t not in ():
                errors.append(f"{did}: actor with possessive {s}")
        # whole words only
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            errors.append(f"{did}: span starts mid-word {s}")
        if s["end"] < len(text) and text[s["end"]].isalnum():
            errors.append(f"{did}: span ends mid-word {s}")
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["category"] == b["category"] and overlaps(a, b):
                errors.append(f"{did}: same-category overlap {a} / {b}")

    def covered(start, end, cats):
        return any(s["category"] in cats and s["start"] <= start and end <= s["end"] for s in spans)

    # every occurrence of an annotated actor name must be annotated
    for name in {s["text"] for s in spans if s["category"] in ACTORS}:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not covered(m.start(), m.end(), ACTORS):
                warnings.append(f"{did}: unannotated occurrence of actor {name!r} at {m.start()}")
    # every occurrence of an annotated marker form too
    for s in spans:
        if s["category"] in ("conditional", "claim-verb", "hedge"):
            for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
                if not covered(m.start(), m.end(), {s["category"]}):
                    warnings.append(f"{did}: unannotated {s['category']} form {s['text']!r} at {m.start()}")
    if lang == "fr":
        for m in FR_COND.finditer(text):
            if m.group(0).lower() in FR_COND_NOT_VERBS:
                continue
            if not covered(m.start(), m.end(), {"conditional"}):
                warnings.append(f"{did}: possible conditional left unmarked: {m.group(0)!r} at {m.start()}")
    for cat, rx in CUES.items():
        for m in re.finditer(rx, text, re.I):
            if not any(s["category"] == cat and overlaps(s, {"start": m.start(), "end": m.end()}) for s in spans):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                warnings.append(f"{did}: REVIEW {cat} cue {m.group(0)!r} unmarked: …{ctx}…")
    return errors


def load_articles(folder):
    """The ARTICLES list of `folder`/articles.py."""
    sys.path.insert(0, str(folder))
    try:
        from articles import ARTICLES
    finally:
        sys.path.pop(0)
    return ARTICLES


def main(folder=Path(__file__).resolve().parent, out_name="blind2.jsonl", word_range=(200, 330)):
    out_path = folder / out_name
    ARTICLES = load_articles(folder)
    docs, errors, warnings = [], [], []
    ids = set()
    for art in ARTICLES:
        marked = art["marked"].strip("\n")
        if art.get("typographic"):
            # French press typography: curly apostrophes, narrow no-break spaces inside guillemets
            marked = marked.replace("'", "’").replace("« ", "«\u202f").replace(" »", "\u202f»")
        text, spans = parse(marked)
        if "[[" in text or "]]" in text:
            errors.append(f"{art['id']}: leftover markup")
        doc = {"id": art["id"], "lang": art["lang"], "source": art["source"], "text": text, "spans": spans}
        assert doc["id"] not in ids
        ids.add(doc["id"])
        body = text.split("\n", 1)[1] if "\n" in text else text
        words = len(re.findall(r"\w+(?:[-'’]\w+)*", text))
        if not word_range[0] <= words <= word_range[1]:
            errors.append(f"{doc['id']}: {words} words")
        doc["_words"] = words
        errors += validate(doc, warnings)
        docs.append(doc)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    with out_path.open("w", encoding="utf-8") as f:
        for d in docs:
            d = {k: v for k, v in d.items() if not k.startswith("_")}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # round-trip check of the written file
    for line in out_path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
    # summary
    from collections import Counter
    cats = ["no-evidence", "vague-source", "hedge", "conditional", "claim-verb",
            "person", "organization", "state", "place"]
    for lang in ("fr", "en"):
        c = Counter(s["category"] for d in docs if d["lang"] == lang for s in d["spans"])
        nd = sum(1 for d in docs if d["lang"] == lang)
        print(f"{lang}: {nd} docs, {sum(c.values())} spans | " + ", ".join(f"{k}={c[k]}" for k in cats))
    for d in docs:
        print(f"  {d['id']}: {d['_words']} words, {len(d['spans'])} spans")
    print(f"wrote {out_path}")


if __name__ == "__main__":
    main()
