"""`livewatch match` (text in, hits out) and `livewatch rules check` (validate the rule base)."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import click

from rules import RuleFileError, build_matcher, check_examples, load_rule_dir


def _rules_dir(path: Path | None) -> Path:
    if path is not None:
        return path
    from monitor.settings import get_settings
    return get_settings().rules_dir


def _load(path: Path | None):
    try:
        return load_rule_dir(_rules_dir(path))
    except RuleFileError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)


def _stdin_lines():
    # Undecodable bytes must not kill a pipeline: they become U+FFFD and the line is still answered.
    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    for line in stream:
        yield line.rstrip("\n").rstrip("\r")


def register(cli: click.Group) -> None:
    @cli.command("match")
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "text"]), default="text", show_default=True,
                  help="jsonl: one JSON object per input line; text: human-readable.")
    @click.option("--dir", "rules_dir", type=click.Path(path_type=Path), default=None,
                  help="Rule directory (default: LIVEWATCH_RULES_DIR / the bundled rules).")
    @click.argument("texts", nargs=-1)
    def match_cmd(fmt: str, rules_dir: Path | None, texts: tuple[str, ...]) -> None:
        """Match TEXTS (or every line of stdin) against the rule base.

        With --format jsonl each input line gives {"text": ..., "hits": [{rule_id, category, severity,
        basis, matched, start, end, how, score}]}; start/end are character offsets into the line.
        """
        matcher = build_matcher(_load(rules_dir))
        lines = texts if texts else _stdin_lines()
        out = sys.stdout
        for line in lines:
            hits = matcher.match(line)
            if fmt == "jsonl":
                out.write(json.dumps({"text": line, "hits": [h.to_json() for h in hits]}, ensure_ascii=False) + "\n")
            else:
                out.write(line + "\n")
                for h in hits:
                    out.write(f"  [{h.category}/{h.severity}] {h.rule_id} '{h.matched}' "
                              f"@{h.start}-{h.end} {h.how} {h.score:.2f} — {h.basis}\n")
            out.flush()

    @cli.group("rules")
    def rules_group() -> None:
        """Rule base tools."""

    @rules_group.command("check")
    @click.option("--dir", "rules_dir", type=click.Path(path_type=Path), default=None,
                  help="Rule directory (default: LIVEWATCH_RULES_DIR / the bundled rules).")
    def check_cmd(rules_dir: Path | None) -> None:
        """Validate every rule file and run every rule's hit/miss examples (exit 1 on failure, 2 on a bad file)."""
        directory = _rules_dir(rules_dir)
        rb = _load(directory)
        failures = check_examples(rb)
        for f in failures:
            click.echo(f"FAIL {f}", err=True)
        n_examples = sum(len(r.examples_hit) + len(r.examples_miss) for r in rb.rules)
        n_phrases = sum(len(r.phrases) for r in rb.rules)
        n_patterns = sum(len(r.patterns) for r in rb.rules)
        categories = sorted({r.category for r in rb.rules})
        summary = (f"{directory}: {len(rb.rules)} rules, {n_phrases} phrases, {n_patterns} patterns, "
                   f"{len(categories)} categories; {n_examples - len(failures)}/{n_examples} examples pass; "
                   f"checksum {rb.checksum[:12]}")
        if failures:
            click.echo(summary, err=True)
            sys.exit(1)
        click.echo(summary)
