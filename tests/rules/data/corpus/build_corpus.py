"""Validate the hand-written corpus files and write corpus.jsonl (written lines + garbled forms).

    .venv/bin/python tests/rules/data/corpus/build_corpus.py

Reads dev/*.jsonl and test/*.jsonl (whichever exist), checks every line, and writes corpus.jsonl with each
written line plus one garbled form (garble.py) of every violation line and of about one in three clean/trap
lines. Choices and seeds come from a CRC of the line text, so the output is stable across runs and does not
shift when lines are added elsewhere. Exits non-zero, naming file and line, on the first invalid line.
"""
from __future__ import annotations

import json
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from garble import garble  # noqa: E402  (a sibling script, not a package)

CATEGORIES = ("absolute_claim", "medical_claim", "guarantee_claim", "false_price", "false_urgency",
              "off_platform", "disparagement", "false_endorsement", "vulgar")
KINDS = ("violation", "clean", "trap")
KEYS = ["text", "labels", "domain", "kind"]
OUTPUT = HERE / "corpus.jsonl"


class CorpusError(ValueError):
    pass


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def validate(row: object, where: str, domain: str) -> dict:
    if not isinstance(row, dict) or list(row) != KEYS:
        raise CorpusError(f"{where}: keys must be exactly {KEYS} in that order")
    text, labels, kind = row["text"], row["labels"], row["kind"]
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        raise CorpusError(f"{where}: text must be a non-empty string without surrounding blanks")
    if not isinstance(labels, list) or any(lb not in CATEGORIES for lb in labels):
        raise CorpusError(f"{where}: labels must be a list of {CATEGORIES}")
    if len(set(labels)) != len(labels):
        raise CorpusError(f"{where}: duplicate label")
    if kind not in KINDS:
        raise CorpusError(f"{where}: kind must be one of {KINDS}")
    if (kind == "violation") != bool(labels):
        raise CorpusError(f"{where}: kind 'violation' if and only if labels are non-empty")
    if row["domain"] != domain:
        raise CorpusError(f"{where}: domain {row['domain']!r} differs from the file name {domain!r}")
    return row


def load_splits(root: Path = HERE) -> dict[str, str]:
    """domain -> split, from splits.json."""
    splits = json.loads((root / "splits.json").read_text(encoding="utf-8"))
    return {d: split for split, domains in splits.items() for d in domains}


def read_written(root: Path = HERE) -> list[tuple[str, int, dict]]:
    """(split, line number, row) for every hand-written line, dev then test, domains in file-name order."""
    split_of = load_splits(root)
    out = []
    seen: dict[str, str] = {}
    for folder in ("dev", "test"):
        for path in sorted((root / folder).glob("*.jsonl")):
            domain = path.stem
            if split_of.get(domain) != folder:
                raise CorpusError(f"{path}: domain {domain!r} is not listed under {folder!r} in splits.json")
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{folder}/{path.name}:{n}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise CorpusError(f"{where}: not JSON ({e})") from e
                validate(row, where, domain)
                if row["text"] in seen:
                    # two independent writers can hit the same stock phrase; worth a look, not a reason to stop
                    print(f"warning: {where}: same text as {seen[row['text']]}", file=sys.stderr)
                seen.setdefault(row["text"], where)
                out.append((folder, n, row))
    return out


def wants_garbled(row: dict) -> bool:
    return row["kind"] == "violation" or _crc(row["text"]) % 3 == 0


def build(root: Path = HERE) -> list[dict]:
    rows = []
    for split, n, row in read_written(root):
        base = {"id": f"{row['domain']}-{n}", "text": row["text"], "labels": row["labels"],
                "domain": row["domain"], "kind": row["kind"], "split": split}
        rows.append({**base, "form": "written"})
        if wants_garbled(row):
            rows.append({**base, "id": base["id"] + "g", "text": garble(row["text"], _crc(row["text"])),
                         "form": "garbled"})
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def summary(rows: list[dict]) -> str:
    """Counts over written lines (garbled forms repeat their labels), per split."""
    lines = [f"{len(rows)} lines, {len({r['domain'] for r in rows})} domains"]
    for split in ("dev", "test"):
        part = [r for r in rows if r["split"] == split]
        written = [r for r in part if r["form"] == "written"]
        if not written:
            lines.append(f"{split}: no lines")
            continue
        kinds = Counter(r["kind"] for r in written)
        cats = Counter(lb for r in written for lb in r["labels"])
        share = (kinds["clean"] + kinds["trap"]) / len(written)
        lines.append(f"{split}: {len(written)} written + {len(part) - len(written)} garbled lines, "
                     f"{len({r['domain'] for r in part})} domains; written kinds {dict(sorted(kinds.items()))}, "
                     f"clean+trap {share:.1%}")
        lines.append("  written lines per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    return "\n".join(lines)


def main() -> int:
    try:
        rows = build()
    except CorpusError as e:
        print(f"invalid corpus line: {e}", file=sys.stderr)
        return 1
    OUTPUT.write_text(dumps(rows), encoding="utf-8")
    print(f"wrote {OUTPUT}")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
