"""`livewatch match` (text in, hits out), `livewatch rules check` (validate) and `rules export` (published base → YAML).

Which rule base `match` uses: `--rules-dir DIR` the YAML files there; `--published` the newest
published version in the database; neither: the published one when a database is configured
(LIVEWATCH_DATABASE_URL set, or the default database file exists), else LIVEWATCH_RULES_DIR / the
bundled rules. The choice is printed on stderr, so a surprising answer is never silent.
The built matcher is cached on disk (rules.cache): a second run with the same rules starts at once.
"""
from __future__ import annotations

import codecs
import gc
import io
import json
import os
import sys
from pathlib import Path

import click


def _import_jieba_without_pkg_resources() -> None:
    """jieba imports pkg_resources (deprecated; ~70 ms, a tenth of a cached start) only to open its own data
    files, and opens them by path when that import fails: import jieba (via rules) with it hidden."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None         # `import pkg_resources` now raises ImportError
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


_import_jieba_without_pkg_resources()

from rules import RuleFileError, check_examples, load_rule_dir  # noqa: E402
from rules.matcher import collector_paused  # noqa: E402


def _settings():
    from monitor.settings import get_settings
    return get_settings()


def _rules_dir(path: Path | None) -> Path:
    return path if path is not None else _settings().rules_dir


def _load(path: Path | None, use_cache: bool = False):
    try:
        if use_cache:
            from rules.cache import load_rule_dir_cached
            return load_rule_dir_cached(_rules_dir(path), _settings().cache_dir)
        return load_rule_dir(_rules_dir(path))
    except RuleFileError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)


def configured_database(settings) -> str | None:
    """The database URL when one is configured: set explicitly, or the default SQLite file exists."""
    if settings.database_url:
        return settings.database_url
    url = settings.database_url_resolved
    return url if Path(url.split("///", 1)[-1]).is_file() else None


def _sqlite_file(url: str) -> str | None:
    """The file of a plain SQLite file URL (sqlite:///path, no options or %-escapes), else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or "%" in url:
        return None
    path = url[len(prefix):]
    return path if path and ":" not in path else None


def _shown(url: str) -> str:
    if _sqlite_file(url) is not None:
        return url          # no password to hide, and SQLAlchemy would render it unchanged: skip importing it
    from sqlalchemy.engine import make_url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as given (it has no password we can find)
        return url


def _newest_published_row(url: str):
    """(version, data) of the newest published version, or None. From a SQLite file, `data` is the stored
    JSON text, read with the standard library: importing SQLAlchemy and its models costs more than the read."""
    path = _sqlite_file(url)
    if path is not None:
        import sqlite3
        con = sqlite3.connect(path, timeout=30)
        try:
            return con.execute("SELECT version, data FROM rule_base_versions ORDER BY version DESC LIMIT 1").fetchone()
        finally:
            con.close()
    from monitor.db import make_engine, make_session_factory
    from monitor.rulestore import latest_version
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            row = latest_version(session)
            return None if row is None else (row.version, row.data)
    finally:
        engine.dispose()


def published_rule_base(url: str, use_cache: bool = False):
    """(RuleBase, version number) of the newest published version, or (None, None) when none is published.
    With use_cache, a base seen before (the same stored bytes) is not validated again."""
    import rules
    row = _newest_published_row(url)
    if row is None:
        return None, None
    version, data = row
    source = f"published version {version}"
    if use_cache:
        from rules.cache import rule_base_from_data_cached
        return rule_base_from_data_cached(data, _settings().cache_dir, source=source), version
    if isinstance(data, (str, bytes)):
        data = json.loads(data)
    return rules.rule_base_from_data(data, source=source), version


def _is_database_error(e: Exception) -> bool:
    import sqlite3
    sa_exc = sys.modules.get("sqlalchemy.exc")      # only loaded when the read went through SQLAlchemy
    return isinstance(e, sqlite3.Error) or (sa_exc is not None and isinstance(e, sa_exc.SQLAlchemyError))


def _published_or_exit(url: str, required: bool, use_cache: bool = False):
    try:
        rb, version = published_rule_base(url, use_cache)
    except RuleFileError as e:
        click.echo(f"error: the published rule base in {_shown(url)} is invalid: {e}", err=True)
        sys.exit(2)
    except Exception as e:  # noqa: BLE001 - only database errors are answered here, the rest re-raised
        if not _is_database_error(e):
            raise
        click.echo(f"error: cannot read the published rule base from {_shown(url)}: "
                   f"{str(e).splitlines()[0]} (use --rules-dir DIR for YAML files)", err=True)
        sys.exit(2)
    if rb is None and required:
        click.echo(f"error: no rule base has been published in {_shown(url)}", err=True)
        sys.exit(2)
    return rb, version


def choose_rule_base(rules_dir: Path | None, published: bool, use_cache: bool = False):
    """The rule base `match` should use, and one line saying where it came from."""
    if rules_dir is None:
        url = configured_database(_settings())
        if published and url is None:
            click.echo("error: --published needs a database (LIVEWATCH_DATABASE_URL, or the default "
                       f"database file {_settings().database_url_resolved})", err=True)
            sys.exit(2)
        if url is not None:
            rb, version = _published_or_exit(url, required=published, use_cache=use_cache)
            if rb is not None:
                return rb, f"rules: published version {version} from {_shown(url)}"
            click.echo(f"note: nothing published yet in {_shown(url)}; using the YAML rule files", err=True)
    directory = _rules_dir(rules_dir)
    return _load(directory, use_cache), f"rules: {directory} (YAML files)"


def _matcher(rule_base, use_cache: bool):
    if not use_cache:
        from rules import build_matcher
        return build_matcher(rule_base, second_opinion=_settings().second_opinion)
    from rules.cache import load_or_build
    return load_or_build(rule_base, _settings().cache_dir, second_opinion=_settings().second_opinion)


def _stdin_lines():
    # Undecodable bytes must not kill a pipeline: they become U+FFFD and the line is still answered.
    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    for line in stream:
        yield line.rstrip("\n").rstrip("\r")


BATCH_BYTES = 8 << 20      # at most this much input is read before answering (a batch big enough to share)


def _read_arrived(fd: int) -> bytes:
    """What has arrived on fd, up to BATCH_BYTES: blocks only when nothing has. A file gives one large read;
    a pipe gives 64 KiB at a time, so more is read while more is ready (`cat big.txt |` makes one batch)."""
    import stat
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        regular = False
    if regular:
        return os.read(fd, BATCH_BYTES)
    parts = [os.read(fd, 1 << 16)]
    size = len(parts[0])
    try:
        import select
        while parts[-1] and size < BATCH_BYTES and select.select([fd], [], [], 0)[0]:
            parts.append(os.read(fd, 1 << 16))
            size += len(parts[-1])
    except (OSError, ValueError):       # an fd select cannot watch: answer what we have
        pass
    if not parts[-1] and len(parts) > 1:
        parts.pop()                     # end of input reached: the next read says so again
    return b"".join(parts)


def _stdin_batches():
    """Lists of stdin lines: every whole line that has arrived, as _stdin_lines reads them (UTF-8 with
    U+FFFD for bad bytes; LF, CR LF and CR all end a line). The caller answers a batch and flushes
    before the next read, so a pipe partner waiting for an answer gets it, and a file costs one write
    per batch instead of one per line (and a large batch can be shared by processes: match_parallel)."""
    try:
        fd = sys.stdin.buffer.fileno()
    except (AttributeError, OSError, ValueError):      # not a real file (an embedding's fake stdin)
        yield from ([line] for line in _stdin_lines())
        return
    decoder = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(errors="replace"), translate=True)
    pending = ""
    while True:
        chunk = _read_arrived(fd)           # returns what has arrived; blocks only when nothing has
        lines = (pending + decoder.decode(chunk, final=not chunk)).split("\n")
        pending = lines.pop()
        if not chunk:
            if pending:
                lines.append(pending)
            if lines:
                yield lines
            return
        if lines:
            yield lines


_encode_json = json.JSONEncoder(ensure_ascii=False).encode     # json.dumps(x, ensure_ascii=False), made once


def _answer(matcher, line: str, fmt: str, hits=None) -> str:
    """One line's answer; `hits`: matcher.match(line), when a batch found them already."""
    if hits is None:
        hits = matcher.match(line)
    if fmt == "jsonl":
        if not hits:        # most lines: the same text json.dumps gives, without building the dict
            return '{"text": ' + _encode_json(line) + ', "hits": []}\n'
        return _encode_json({"text": line, "hits": [h.to_json() for h in hits]}) + "\n"
    return line + "\n" + "".join(f"  [{h.category}/{h.severity}] {h.rule_id} '{h.matched}' "
                                 f"@{h.start}-{h.end} {h.how} {h.score:.2f} — {h.basis}\n" for h in hits)


def _end_process(ctx: click.Context) -> None:
    """Every answer is written: when the `livewatch` console script owns this process (monitor.cli.main),
    end it here. The interpreter's teardown would free the matcher, jieba's word table and the classifier
    object by object and run a last full collection: ~0.1 s of a 1 MB run, for nothing. Called from Python
    (a test's CliRunner), return as usual."""
    if not (ctx.obj or {}).get("owns_process"):
        return
    import logging
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()          # the one exit handler a run registers: flush any log handler
    os._exit(0)


def register(cli: click.Group) -> None:
    @cli.command("match")
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "text"]), default="text", show_default=True,
                  help="jsonl: one JSON object per input line; text: human-readable.")
    @click.option("--rules-dir", "--dir", "rules_dir", type=click.Path(path_type=Path), default=None,
                  help="Use the YAML rule files of this directory.")
    @click.option("--published", is_flag=True,
                  help="Use the newest published rule base in the database (the default when one is configured).")
    @click.option("--no-cache", is_flag=True, help="Build the matcher instead of loading it from the cache.")
    @click.option("--jobs", type=click.IntRange(min=1), default=None,
                  help="Processes that share a large input (thousands of lines; answers stay in input order). "
                       "Default: the CPUs this process may use. Small inputs always use one.")
    @click.argument("texts", nargs=-1)
    @click.pass_context
    def match_cmd(ctx: click.Context, fmt: str, rules_dir: Path | None, published: bool, no_cache: bool,
                  jobs: int | None, texts: tuple[str, ...]) -> None:
        """Match TEXTS (or every line of stdin) against the rule base.

        With --format jsonl each input line gives {"text": ..., "hits": [{rule_id, category, severity,
        basis, matched, start, end, how, score, ...}]}; start/end are character offsets into the line.
        A large input (a file of thousands of lines) is shared by --jobs processes; output order is input order.
        """
        from monitor.cli import match_parallel
        if rules_dir is not None and published:
            raise click.UsageError("--rules-dir and --published exclude each other")
        # Loading makes about a million objects (the matcher, jieba's table, the models) and none is garbage: the
        # collector, set off by their allocation, walked them for nothing (~0.03 s of a 0.9 s start-up).
        with collector_paused():
            rule_base, where = choose_rule_base(rules_dir, published, use_cache=not no_cache)
            click.echo(where, err=True)
            matcher = _matcher(rule_base, use_cache=not no_cache)
            # They live as long as this process: out of the collector's sight, its collections no longer walk
            # them (measured: ~5 % of a 1 MB batch's matching). Frozen before the collector is back, or its
            # first collection would walk them all once more.
            gc.freeze()
        jobs = jobs or match_parallel.default_jobs()
        out = sys.stdout

        def answer(line: str) -> str:
            return _answer(matcher, line, fmt)

        def answer_list(lines: list[str]) -> list[str]:
            return [_answer(matcher, line, fmt, hits) for line, hits in zip(lines, matcher.match_many(lines))]

        def answer_many(lines: list[str]) -> str:
            return "".join(answer_list(lines))

        # What matching allocates is nearly all freed by reference counting as soon as a line is answered: the
        # collector's default pace (a young collection every 700 allocations) cost ~0.04 s per process on 1 MB
        # of short lines for next to nothing found; every 50,000 it still runs, rarely.
        thresholds = gc.get_threshold()
        gc.set_threshold(50_000, *thresholds[1:])
        try:
            for batch in ([list(texts)] if texts else _stdin_batches()):
                distinct = list(dict.fromkeys(batch))
                if len(distinct) == len(batch):
                    for text in match_parallel.answers(answer, batch, jobs, answer_many):
                        out.write(text)
                else:
                    # A repeated line (a host's catchphrase) is answered once for the whole batch, not once per
                    # process that gets a copy: the processes share the distinct lines.
                    said: list[str] = []
                    for part in match_parallel.answers(answer, distinct, jobs, answer_list):
                        said.extend(part)
                    answer_of = dict(zip(distinct, said))
                    out.write("".join([answer_of[line] for line in batch]))
                out.flush()         # before waiting for more input: a pipe partner may be waiting for these answers
        finally:
            gc.set_threshold(*thresholds)
            gc.unfreeze()       # an embedding process (a test's CliRunner) gets its collector back
        _end_process(ctx)

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

    @rules_group.command("export")
    @click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
    @click.option("--force", is_flag=True, help="Replace rule and lexicon files already in DIRECTORY.")
    def export_cmd(directory: Path, force: bool) -> None:
        """Write the newest published rule base to DIRECTORY as YAML files, one per category (the layout of
        rules/data/), and its lexicons to DIRECTORY/lexicons/<name>.txt. `rules check --dir DIRECTORY` accepts it."""
        from rules.export import ExportError, write_rule_dir
        url = configured_database(_settings())
        if url is None:
            click.echo("error: no database configured (LIVEWATCH_DATABASE_URL, or the default database file "
                       f"{_settings().database_url_resolved})", err=True)
            sys.exit(2)
        rb, version = _published_or_exit(url, required=True)
        header = f"exported from published version {version} of {_shown(url)} (checksum {rb.checksum[:12]})"
        try:
            written = write_rule_dir(rb, directory, header=header, replace=force)
        except ExportError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(2)
        n_lex = sum(1 for p in written if p.parent.name == "lexicons")
        click.echo(f"{directory}: {len(rb.rules)} rules in {len(written) - n_lex} files, {n_lex} lexicons; "
                   f"published version {version} from {_shown(url)}; checksum {rb.checksum[:12]}")
