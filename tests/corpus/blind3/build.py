#!/usr/bin/env python3
"""Build the ClaimLens blind evaluation set #3 (blind3.jsonl) from articles.py:
the markup, checks and output of set #2's builder (../blind2/build.py), with
articles of 250-450 words."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("blind2_build", HERE.parent / "blind2" / "build.py")
blind2_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind2_build)

if __name__ == "__main__":
    blind2_build.main(HERE, "blind3.jsonl", (250, 450))
