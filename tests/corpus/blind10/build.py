#!/usr/bin/env python3
"""Builds blind10.jsonl from articles_fr.py and articles_en.py ([[tag|text]] markup): see
../inline_markup.py for the markup, the checks and `--show ID...`."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from inline_markup import main, build as _build  # noqa: E402


def build():
    """For review.py: returns (docs, errors, warnings) for this folder's articles."""
    sys.path.insert(0, str(HERE))
    from articles_fr import ARTICLES as FR  # noqa: E402
    from articles_en import ARTICLES as EN  # noqa: E402
    return _build(FR + EN, "b10")


if __name__ == "__main__":
    main(HERE, "blind10.jsonl", "b10")
