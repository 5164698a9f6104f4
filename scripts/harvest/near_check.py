"""Is a candidate line too close to text the project already holds? The check every harvest of real quotes runs
before a line is kept (tests/rules/data/quotes/README.md): a line that shares a stretch of 12 characters, or of 60 %
of its own length if that is shorter, with a held line is NEAR (the same published case, or a line the rules or the
classifier were tuned on). Punctuation and spaces are dropped and Latin letters lower-cased first.

    python scripts/harvest/near_check.py CANDIDATES.jsonl [OTHER_KEPT.jsonl ...]

Prints one verdict a candidate line (`N<TAB>OK`, `N<TAB>NEAR held`, `N<TAB>NEAR own earlier line`) and the count on
stderr. OTHER_KEPT: other helpers' kept lines of the same harvest, held like the project's. It reads only text data
files (and the training's near constants), never the rules, so a harvester may run it without seeing the matcher."""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from rules.train_classifier import NEAR_CHARS, NEAR_SHARE  # noqa: E402  (the training's near rule: one source)

HELD = [ROOT / "tests/rules/data/quotes/quotes.jsonl", ROOT / "tests/rules/data/quotes/harvested.jsonl",
        ROOT / "rules/data/training/probes.jsonl", ROOT / "rules/data/training/prose.jsonl",
        ROOT / "tests/rules/data/textset.jsonl", ROOT / "tests/rules/data/corpus/corpus.jsonl"]
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def canonical(text: str) -> str:
    return _PUNCT.sub("", text).lower()


def texts(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(canonical(json.loads(line)["text"]))
    return out


def stretch(text: str) -> int:
    """How many characters a shared stretch needs to make `text` near."""
    return max(1, min(NEAR_CHARS, math.ceil(len(text) * NEAR_SHARE)))


def grams(pool: list[str], k: int) -> set[str]:
    return {t[i:i + k] for t in pool for i in range(len(t) - k + 1)}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    candidates = Path(argv[0])
    held = [t for p in HELD + [Path(a) for a in argv[1:]] if p.resolve() != candidates.resolve() for t in texts(p)]
    by_k: dict[int, set[str]] = {}
    mine: list[str] = []
    n_near = 0
    for n, t in enumerate(texts(candidates), 1):
        k = stretch(t)
        if k not in by_k:
            by_k[k] = grams(held, k)
        windows = {t[i:i + k] for i in range(len(t) - k + 1)}
        if windows & by_k[k]:
            verdict = "NEAR held"
        elif windows & grams(mine, k):
            verdict = "NEAR own earlier line"
        else:
            verdict = "OK"
        n_near += verdict != "OK"
        print(f"{n}\t{verdict}")
        mine.append(t)
    print(f"# {n_near} near of {len(mine)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
