"""Print every page address the real quotes already came from (quotes.jsonl and harvested.jsonl `source`s), one a
line: a harvester skips these pages (brief.md).

    python scripts/harvest/used_urls.py > /tmp/used_urls.txt"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUOTES = ROOT / "tests/rules/data/quotes"
_URL = re.compile(r"https?://[^\s,，\]]+")


def main() -> int:
    urls: set[str] = set()
    for name in ("quotes.jsonl", "harvested.jsonl"):
        for line in (QUOTES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                urls.update(u.rstrip(" ],)") for u in _URL.findall(json.loads(line)["source"]))
    sys.stdout.write("".join(u + "\n" for u in sorted(urls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
