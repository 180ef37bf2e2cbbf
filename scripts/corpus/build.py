#!/usr/bin/env python3
"""Build tests/corpus/heldout.jsonl from the marked-up articles in tests/corpus/src/.

Source format (one article per *.txt file):

    id: fr-ho-01
    lang: fr
    source: written for ClaimLens (held-out test; invented events and people)
    ---
    Headline line
    Body text with [marked spans]{category} ...

Markup: ``[text]{cat}`` marks ``text`` with category ``cat``. Spans nest, so a
vague source that contains an organisation reads
``[des responsables de l'[OMS]{o}]{vs}``. A backslash escapes the next
character (``\\[``, ``\\]``, ``\\{``, ``\\\\``) so brackets can appear in text.
Category names may be written in full or with the short aliases below.

The output follows /work/shared/ANNOTATION.md: code-point offsets, end
exclusive, ``text[start:end] == span.text``, spans sorted by position.

Usage:
    python3 scripts/corpus/build.py            # write tests/corpus/heldout.jsonl
    python3 scripts/corpus/build.py --check    # fail if the file is out of date
    python3 scripts/corpus/build.py --stats    # also print counts per category
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC_DIR = ROOT / "tests" / "corpus" / "src"
OUT_FILE = ROOT / "tests" / "corpus" / "heldout.jsonl"

CATEGORY_ALIASES = {
    "ne": "no-evidence",
    "vs": "vague-source",
    "h": "hedge",
    "c": "conditional",
    "cv": "claim-verb",
    "p": "person",
    "o": "organization",
    "s": "state",
    "l": "place",
}
CATEGORIES = set(CATEGORY_ALIASES.values())
ACTORS = {"person", "organization", "state", "place"}
LANGS = {"fr", "en"}
HEADER_KEYS = ("id", "lang", "source")

# Words the guide keeps out of actor spans (articles, elisions, titles).
# A match only warns: a few real names begin with them (e.g. "La Paz").
LEADING_NOT_IN_ACTOR = re.compile(
    r"^(?:(?:le|la|les|the|du|des|de|M\.|Mme|Mlle|Me|Dr|Pr|Mr|Mrs|Ms|Sen\.|Rep\.|Gen\.|Prof\.|"
    r"President|Président|Présidente|ministre|minister|Minister|spokesman|spokeswoman|porte-parole)\s"
    r"|l['’]|d['’])",
)
POSSESSIVE = re.compile(r"['’]s$")


class MarkupError(Exception):
    pass


def parse_header(lines, path):
    header = {}
    for n, line in enumerate(lines):
        if line.strip() == "---":
            return header, n + 1
        key, sep, value = line.partition(":")
        if not sep:
            raise MarkupError(f"{path}:{n + 1}: header line without 'key:' ({line!r})")
        header[key.strip()] = value.strip()
    raise MarkupError(f"{path}: no '---' line ending the header")


def parse_body(body, path):
    """Return (plain text, spans) from marked-up text; offsets are code points."""
    out = []          # characters of the plain text
    open_starts = []  # (plain offset, line number) of each unclosed '['
    spans = []
    i, line = 0, 1
    while i < len(body):
        ch = body[i]
        if ch == "\n":
            line += 1
        if ch == "\\":
            if i + 1 >= len(body):
                raise MarkupError(f"{path}:{line}: trailing backslash")
            out.append(body[i + 1])
            i += 2
            continue
        if ch == "[":
            open_starts.append((len(out), line))
            i += 1
            continue
        if ch == "]":
            if not open_starts:
                raise MarkupError(f"{path}:{line}: ']' without matching '['")
            m = re.match(r"\{([a-z-]+)\}", body[i + 1:])
            if not m:
                raise MarkupError(f"{path}:{line}: ']' not followed by '{{category}}'")
            name = m.group(1)
            category = CATEGORY_ALIASES.get(name, name)
            if category not in CATEGORIES:
                raise MarkupError(f"{path}:{line}: unknown category {name!r}")
            start, _ = open_starts.pop()
            spans.append({"start": start, "end": len(out), "category": category})
            i += 1 + m.end()
            continue
        if ch in "{}":
            raise MarkupError(f"{path}:{line}: stray {ch!r} (escape it with a backslash)")
        out.append(ch)
        i += 1
    if open_starts:
        raise MarkupError(f"{path}:{open_starts[-1][1]}: '[' never closed")
    text = "".join(out)
    for span in spans:
        span["text"] = text[span["start"]:span["end"]]
    return text, spans


def validate(doc, path, warnings):
    text, spans = doc["text"], doc["spans"]
    for span in spans:
        where = f"{path}: {span['category']} {span['text']!r} at {span['start']}"
        if not span["text"].strip():
            raise MarkupError(f"{where}: empty span")
        if span["text"] != span["text"].strip():
            raise MarkupError(f"{where}: span starts or ends with whitespace")
        if text[span["start"]:span["end"]] != span["text"]:
            raise MarkupError(f"{where}: offsets do not match text")
        if span["category"] == "conditional" and doc["lang"] != "fr":
            raise MarkupError(f"{where}: conditional is French only")
        if span["category"] in ACTORS:
            if LEADING_NOT_IN_ACTOR.match(span["text"]):
                warnings.append(f"{where}: actor span begins with an article or title")
            if POSSESSIVE.search(span["text"]):
                warnings.append(f"{where}: actor span ends with a possessive 's")
    by_category = {}
    for span in spans:
        by_category.setdefault(span["category"], []).append(span)
    for category, group in by_category.items():
        group.sort(key=lambda s: (s["start"], s["end"]))
        for a, b in zip(group, group[1:]):
            if b["start"] < a["end"]:
                raise MarkupError(
                    f"{path}: two {category} spans overlap: {a['text']!r} and {b['text']!r}"
                )


def build_doc(path):
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    header, body_start = parse_header(lines, path)
    missing = [k for k in HEADER_KEYS if k not in header]
    if missing:
        raise MarkupError(f"{path}: header lacks {', '.join(missing)}")
    if header["lang"] not in LANGS:
        raise MarkupError(f"{path}: lang must be one of {sorted(LANGS)}")
    body = "\n".join(lines[body_start:]).strip("\n")
    text, spans = parse_body(body, path)
    spans.sort(key=lambda s: (s["start"], s["end"], s["category"]))
    return {
        "id": header["id"],
        "lang": header["lang"],
        "source": header["source"],
        "text": text,
        "spans": [
            {"start": s["start"], "end": s["end"], "category": s["category"], "text": s["text"]}
            for s in spans
        ],
    }


def build_all():
    docs, warnings, seen_ids = [], [], set()
    for path in sorted(SRC_DIR.glob("*.txt")):
        doc = build_doc(path)
        if doc["id"] in seen_ids:
            raise MarkupError(f"{path}: duplicate id {doc['id']!r}")
        seen_ids.add(doc["id"])
        validate(doc, path.name, warnings)
        docs.append(doc)
    return docs, warnings


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def print_stats(docs):
    for lang in sorted(LANGS):
        counts = Counter(s["category"] for d in docs if d["lang"] == lang for s in d["spans"])
        words = sum(len(d["text"].split()) for d in docs if d["lang"] == lang)
        n = sum(1 for d in docs if d["lang"] == lang)
        print(f"{lang}: {n} docs, {words} words; " + ", ".join(
            f"{c}={counts[c]}" for c in sorted(CATEGORIES)))


def main(argv):
    try:
        docs, warnings = build_all()
    except MarkupError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    rendered = render(docs)
    if "--check" in argv:
        current = OUT_FILE.read_text(encoding="utf-8") if OUT_FILE.exists() else ""
        if current != rendered:
            print(f"{OUT_FILE} is out of date; run scripts/corpus/build.py", file=sys.stderr)
            return 1
    else:
        OUT_FILE.write_text(rendered, encoding="utf-8")
        print(f"wrote {len(docs)} documents to {OUT_FILE.relative_to(ROOT)}")
    if "--stats" in argv:
        print_stats(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
