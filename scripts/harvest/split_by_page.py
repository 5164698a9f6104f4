"""Split each harvester's kept lines by page into a read half and a never-read half (tests/rules/data/quotes/README.md).

    python scripts/harvest/split_by_page.py FIRST_BATCH OUT_DIR KEPT1.jsonl [KEPT2.jsonl ...]

Helper k's lines become batches hq{FIRST_BATCH + 2k} (read: odd numbers by convention, so FIRST_BATCH is odd) and
hq{FIRST_BATCH + 2k + 1} (never read), written to OUT_DIR/hqN.jsonl with a `batch` key. A page's lines stay together
(one page often retells one case): pages are ordered by a hash of their address and each goes to the half that is
smaller so far. Prints counts only, so whoever runs it reads no line of the never-read half."""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

_URL = re.compile(r"https?://\S+")


def page(source: str) -> str:
    """The page a line came from: the last address in its source, else the publication."""
    urls = _URL.findall(source)
    return urls[-1].rstrip(" ],") if urls else source.split(",")[0]


def halves(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    pages: dict[str, list[dict]] = {}
    for r in rows:
        pages.setdefault(page(r["source"]), []).append(r)
    read, never = [], []
    for key in sorted(pages, key=lambda u: hashlib.sha256(u.encode()).hexdigest()):
        (read if len(read) <= len(never) else never).extend(pages[key])
    return read, never


def main(argv: list[str]) -> int:
    if len(argv) < 3 or not argv[0].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    first, out_dir = int(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for k, path in enumerate(argv[2:]):
        rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
        for rows_h, number in zip(halves(rows), (first + 2 * k, first + 2 * k + 1)):
            batch = f"hq{number}"
            with open(out_dir / f"{batch}.jsonl", "w", encoding="utf-8") as f:
                for r in rows_h:
                    f.write(json.dumps({"text": r["text"], "labels": r["labels"], "kind": r["kind"],
                                        "source": r["source"], "batch": batch}, ensure_ascii=False) + "\n")
            traps = sum(1 for r in rows_h if r["kind"] == "trap")
            print(f"{path} -> {batch}: {len(rows_h)} lines, {traps} traps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
