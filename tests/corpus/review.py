#!/usr/bin/env python3
"""Second-pass aid for the annotators of the blind sets written in [[tag|text]] markup (blind8 and later):
lists marker cue words and capitalised tokens that no span covers.

Usage: python3 review.py FOLDER [ID...]      (e.g. python3 tests/corpus/review.py tests/corpus/blind10)
For each article of FOLDER/articles_fr.py and articles_en.py it prints (1) cue words for claim markers
outside every claim-marker span, (2) capitalised tokens outside every actor span, each with a little
context. Read the output against the article (python3 FOLDER/build.py --show ID) and decide case by case.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inline_markup import build  # noqa: E402

CLAIM = {"no-evidence", "vague-source", "hedge", "conditional", "claim-verb"}
ACTOR = {"person", "organization", "state", "place"}
CUES = {
    "fr": r"\w+(?:rait|raient|rais|rions|riez)\b|affirm\w*|assur\w*|soutien\w*|soutenu\w*|prétend\w*|\bni(?:e|ent|é|er)\b|"
          r"dément\w*|démenti\w*|dément|accus\w*|martel\w*|martè\w*|contest\w*|insist\w*|réfut\w*|rejet\w*|rejett\w*|"
          r"allègu\w*|allégu\w*|revendiqu\w*|jur\w+|apparemment|probablement|vraisemblablement|peut-être|sans doute|"
          r"sembl\w*|présum\w*|soupçonn\w*|prétendu\w*|potentiellement|visiblement|selon|d’après|d'après|source\w*|"
          r"expert\w*|observateur\w*|responsable\w*|proche\w*|entourage|certain\w*|plusieurs|preuve\w*|aucun\w*|"
          r"vérifi\w*|fondement|établi\w*|anonymat",
    "en": r"claim\w*|alleg\w*|accus\w*|\bden(?:y|ied|ies|ial)\b|insist\w*|contend\w*|maintain\w*|assert\w*|disput\w*|"
          r"reject\w*|blam\w*|apparent\w*|reported\w*|supposed\w*|purported\w*|possibl\w*|probabl\w*|presum\w*|"
          r"seeming\w*|suspect\w*|appear\w*|seem\w*|likely|believ\w*|understood|said to|source\w*|official\w*|"
          r"critic\w*|analyst\w*|according|evidence|verif\w*|baseless|unsubstantiated|proof|expert\w*|insider\w*|"
          r"resident\w*|observer\w*|people familiar|spokes\w*|anonym\w*|not be named",
}


STOP = set("""Le La Les Un Une Des Du De Il Elle Ils Elles On Ce Cet Cette Ces Son Sa Ses Leur Leurs Nous Vous Je Si
Dans Pour Par Sur Avec Sans Selon Depuis Mais Et Ou Où En Au Aux Lors Pas Tant Chaque Tout Toute Tous
The A An He She It They We You I His Her Its Their Our This That These Those In On At For With By From But And Or
If As When While After Before Since Under Over Not No Nobody Some Several Many One Two Three Last Here""".split())


def main():
    if len(sys.argv) < 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: review.py FOLDER [ID...]  (FOLDER holds articles_fr.py and articles_en.py)")
    folder = Path(sys.argv[1]).resolve()
    sys.path.insert(0, str(folder))
    from articles_fr import ARTICLES as FR  # noqa: E402
    from articles_en import ARTICLES as EN  # noqa: E402
    # The id prefix check is the builder's business; the review reads any folder's ids.
    prefix = FR[0]["id"].split("-")[0]
    docs, _, _ = build(FR + EN, prefix)
    want = sys.argv[2:]
    for d in docs:
        if want and d["id"] not in want:
            continue
        t = d["text"]
        cov = {c: [(s["start"], s["end"]) for s in d["spans"] if s["category"] in grp]
               for c, grp in (("claim", CLAIM), ("actor", ACTOR))}

        def covered(kind, a, b):
            return any(x <= a and b <= y for x, y in cov[kind])

        print("=" * 20, d["id"])
        for m in re.finditer(CUES[d["lang"]], t, flags=re.I):
            if not covered("claim", m.start(), m.end()):
                print("  cue  ", repr(m.group()), "…" + t[max(0, m.start() - 40):m.end() + 30].replace("\n", " ") + "…")
        seen = set()
        for m in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][\w'’.-]*", t):
            w = m.group().rstrip(".")
            if re.match(r"^[LDJ]['’]", w):
                w2 = w[2:]
                st = m.start() + 2
            else:
                w2, st = w, m.start()
            if not w2 or w2 in STOP or covered("actor", st, st + len(w2)) or w in seen:
                continue
            seen.add(w)
            print("  cap  ", repr(w), "…" + t[max(0, m.start() - 30):m.end() + 25].replace("\n", " ") + "…")


if __name__ == "__main__":
    main()
