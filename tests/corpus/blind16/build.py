#!/usr/bin/env python3
"""Builds blind16.jsonl from articles_fr.py and articles_en.py ([[tag|text]] markup): see
../inline_markup.py for the markup, the checks and `--show ID...`."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from inline_markup import main  # noqa: E402


if __name__ == "__main__":
    main(HERE, "blind16.jsonl", "b16")
