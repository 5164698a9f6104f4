"""Write a rule base back to the YAML layout of rules/data/ (one file per category, lexicons/<name>.txt).

`livewatch rules export DIR` uses it for the published base, so an editor's work in the UI can be
reviewed as files, kept in git, or checked with `livewatch rules check --dir DIR`.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from rules.lexicon import lexicon_to_text
from rules.loader import rule_base_snapshot
from rules.model import RuleBase


class ExportError(ValueError):
    pass


def _dump(rules: list[dict], header: str) -> str:
    # Flow style for lists of words (phrases: [a, b]), like the hand-written files in rules/data.
    body = yaml.safe_dump(rules, allow_unicode=True, sort_keys=False, default_flow_style=None, width=110)
    return f"# {header}\n{body}"


def existing_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    found = [*directory.glob("*.yaml"), *directory.glob("*.yml")]
    if (directory / "lexicons").is_dir():
        found += list((directory / "lexicons").glob("*.txt"))
    return sorted(found)


def write_rule_dir(rule_base: RuleBase, directory: Path, *, header: str, replace: bool = False) -> list[Path]:
    """Write every rule and lexicon of `rule_base` under `directory`; the paths written, in order.

    Refuses a directory that already holds rule or lexicon files unless `replace`, in which case
    those files are removed first (a stale category file would otherwise be loaded with the rest).
    """
    old = existing_files(directory)
    if old and not replace:
        raise ExportError(f"{directory} already holds rule files ({old[0].name} …): choose an empty "
                          "directory or pass --force to replace them")
    for path in old:
        path.unlink()
    snapshot = rule_base_snapshot(rule_base)
    by_category: dict[str, list[dict]] = {}
    for rule in snapshot["rules"]:
        by_category.setdefault(rule["category"], []).append(rule)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for category, rules in by_category.items():
        path = directory / f"{category}.yaml"
        path.write_text(_dump(rules, header), encoding="utf-8")
        written.append(path)
    if rule_base.lexicons:
        (directory / "lexicons").mkdir(exist_ok=True)
        for lex in rule_base.lexicons:
            path = directory / "lexicons" / f"{lex.name}.txt"
            path.write_text(lexicon_to_text(lex), encoding="utf-8")
            written.append(path)
    return written
