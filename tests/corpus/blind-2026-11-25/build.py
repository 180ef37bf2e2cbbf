#!/usr/bin/env python3
"""Build blind.jsonl from the inline-annotated sources.

Markup: [span text]{cat}; nesting allowed (different categories).
Typography escapes: '~' -> U+00A0 (no-break space), '^' -> U+202F (narrow nbsp).
Doc header: '### id|lang|source'.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["sources_fr.txt", "sources_en.txt"]
CATS = {"ne": "no-evidence", "vs": "vague-source", "h": "hedge", "c": "conditional",
        "cv": "claim-verb", "p": "person", "o": "organization", "s": "state", "pl": "place"}
ACTORS = {"person", "organization", "state", "place"}
ESC = {"~": "\u00a0", "^": "\u202f"}
BAD_PREFIX = re.compile(r"^(le|la|les|l’|l'|the|a|an|un|une|des|du|de|d’|d'|m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?|me|sir|gen\.|gov\.)[\s\u00a0\u202f]", re.I)

errors, warnings = [], []


def parse(doc_id, body):
    out, stack, spans = [], [], []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "[":
            stack.append(len(out)); i += 1
        elif ch == "]":
            m = re.match(r"\]\{([a-z]+)\}", body[i:])
            if not m or not stack:
                errors.append(f"{doc_id}: bad close at {i}: {body[i-20:i+10]!r}"); i += 1; continue
            cat = m.group(1)
            if cat not in CATS:
                errors.append(f"{doc_id}: unknown category {cat!r}")
            start = stack.pop()
            spans.append({"start": start, "end": len(out), "category": CATS.get(cat, cat)})
            i += m.end()
        elif ch in "{}":
            errors.append(f"{doc_id}: stray brace at {i}"); i += 1
        else:
            out.append(ESC.get(ch, ch)); i += 1
    if stack:
        errors.append(f"{doc_id}: {len(stack)} unclosed span(s)")
    text = "".join(out)
    for s in spans:
        s["text"] = text[s["start"]:s["end"]]
    spans.sort(key=lambda s: (s["start"], s["end"], s["category"]))
    return text, spans


def check(doc_id, lang, text, spans):
    for s in spans:
        t = s["text"]
        if text[s["start"]:s["end"]] != t or not t:
            errors.append(f"{doc_id}: offset mismatch {s}")
        if t != t.strip() or t.strip(" ,.;:«»“”\"") != t.strip():
            if not (s["category"] in ACTORS and t.endswith(".")):  # e.g. "Inc."
                warnings.append(f"{doc_id}: span with edge whitespace/punct {t!r}")
        if s["category"] in ACTORS and BAD_PREFIX.match(t):
            warnings.append(f"{doc_id}: article/title inside actor span {t!r}")
        if s["category"] in ACTORS and (t.endswith("’s") or t.endswith("'s")):
            warnings.append(f"{doc_id}: possessive inside actor span {t!r}")
        if s["category"] == "conditional" and lang != "fr":
            errors.append(f"{doc_id}: conditional in non-French doc {t!r}")
    by_cat = {}
    for s in spans:
        by_cat.setdefault(s["category"], []).append(s)
    for cat, ss in by_cat.items():
        ss.sort(key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{doc_id}: same-category overlap {cat}: {a['text']!r} / {b['text']!r}")
    if "[" in text or "]" in text:
        errors.append(f"{doc_id}: bracket left in text")


def main():
    docs = []
    for fn in SOURCES:
        raw = open(os.path.join(HERE, fn), encoding="utf-8").read()
        for block in re.split(r"^### ", raw, flags=re.M)[1:]:
            header, _, body = block.partition("\n")
            doc_id, lang, source = header.split("|", 2)
            text, spans = parse(doc_id, body.strip("\n"))
            check(doc_id, lang, text, spans)
            docs.append({"id": doc_id, "lang": lang, "source": source, "text": text, "spans": spans})
    for w in warnings:
        print("WARN", w, file=sys.stderr)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        sys.exit(1)
    with open(os.path.join(HERE, "blind.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    for lang in ("fr", "en"):
        c = Counter(s["category"] for d in docs if d["lang"] == lang for s in d["spans"])
        words = sum(len(d["text"].split()) for d in docs if d["lang"] == lang)
        print(lang, f"docs={sum(d['lang']==lang for d in docs)} words={words}", dict(sorted(c.items())))
    for d in docs:
        print(d["id"], len(d["text"].split()), "words", len(d["spans"]), "spans")


if __name__ == "__main__":
    main()
