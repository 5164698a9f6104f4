"""`livewatch scan`, `livewatch transcribe`, `livewatch eval`: the scan path from the command line.

stdout carries results only (JSON lines, transcript, scores); progress and stream state go to stderr.
Every expected failure ends with one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import sys
import threading
from pathlib import Path

import click


EXIT_FAILED = 1
EXIT_INTERNAL = 2


def _fail(command: str, message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"livewatch {command}: error: {' '.join(str(message).split())}", err=True)
    sys.exit(code)


def _one_line_errors(command: str):
    """Expected failures (bad source, missing model, broken rules or manifest) become one stderr line."""
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            from monitor.evaluation import ManifestError
            from transcription.model import ModelError
            from transcription.source import SourceError
            try:
                import rules
                rule_errors: tuple = (rules.RuleFileError,)
            except Exception:  # noqa: BLE001 - the rule package may be broken; scan still reports it
                rule_errors = ()
            try:
                return fn(*args, **kwargs)
            except (SourceError, ModelError, ManifestError, *rule_errors) as exc:
                _fail(command, str(exc))
            except KeyboardInterrupt:
                click.echo(f"livewatch {command}: interrupted", err=True)
                sys.exit(130)
            except BrokenPipeError:
                sys.exit(EXIT_FAILED)
            except (click.exceptions.Exit, click.ClickException, SystemExit):
                raise
            except Exception as exc:  # noqa: BLE001 - promise: never a traceback
                if os.environ.get("LIVEWATCH_DEBUG"):
                    raise
                _fail(command, f"internal error: {type(exc).__name__}: {exc} (LIVEWATCH_DEBUG=1 shows the traceback)",
                      EXIT_INTERNAL)
        return inner
    return wrap


def _state_printer(quiet: bool, source: str):
    """Stream state on stderr. FAILED is left to the one error line; a local file has no state worth
    printing; --quiet keeps only stalls."""
    from transcription.source import is_network_url
    from transcription.types import StreamState     # here: numpy costs `livewatch match` 60 ms at start

    lock = threading.Lock()
    live = is_network_url(source)

    def on_state(state: StreamState, reason: str | None) -> None:
        if state is StreamState.FAILED or not live or (quiet and state is not StreamState.STALLED):
            return
        with lock:
            click.echo(f"[state] {state.value}" + (f": {reason}" if reason else ""), err=True)
    return on_state


class _ClipFailures(logging.Handler):
    """transcription.clips logs a clip it could not write whole; on the command line that is one stderr line
    (the JSON line carries `clip_missing`), not a bare logger message."""

    def emit(self, record: logging.LogRecord) -> None:
        where = getattr(record, "clip", "?")
        click.echo(f"[clip] not written: {where}: {getattr(record, 'error', record.getMessage())}", err=True)


def _report_clip_failures() -> None:
    clips_log = logging.getLogger("transcription.clips")
    if not any(isinstance(h, _ClipFailures) for h in clips_log.handlers):
        clips_log.addHandler(_ClipFailures(logging.ERROR))
        clips_log.propagate = False


def _second_opinion() -> bool:
    from monitor.settings import get_settings
    return get_settings().second_opinion


def _transcriber(threads: int | None, beam_size: int | None, hotwords: str | None):
    from monitor.settings import get_settings
    from transcription.model import resolve_model_dir
    from transcription.transcriber import Transcriber

    settings = get_settings()
    model_dir = resolve_model_dir(settings.whisper_model or None, settings.model_cache_path)
    return Transcriber(model_dir, cpu_threads=threads or settings.asr_cpu_threads,
                       beam_size=beam_size or settings.beam_size, hotwords=hotwords)


def _rule_base(rules_dir: Path | None):
    from monitor.settings import get_settings
    from rules import load_rule_dir

    return load_rule_dir(rules_dir or get_settings().rules_dir)


def _stall_default() -> float:
    from monitor.settings import get_settings
    return get_settings().stall_timeout


def _asr_options(fn):
    for option in reversed([
        click.option("--threads", type=click.IntRange(1, 64), default=None,
                     help="CPU threads for the model (default LIVEWATCH_ASR_CPU_THREADS)."),
        click.option("--beam-size", type=click.IntRange(1, 10), default=None,
                     help="Beam width (default LIVEWATCH_BEAM_SIZE)."),
    ]):
        fn = option(fn)
    return fn


def _source_options(fn):
    for option in reversed([
        click.option("--realtime", is_flag=True, help="Read a file at its natural pace, like a live stream."),
        click.option("--stall-timeout", type=click.FloatRange(0.5, 3600), default=None,
                     help="Seconds without audio before a live source counts as stalled and is restarted "
                          "(default LIVEWATCH_STALL_TIMEOUT)."),
        click.option("--max-reconnects", type=click.IntRange(0, None), default=5, show_default=True,
                     help="Give up after this many consecutive reconnects that bring no audio."),
        click.option("-q", "--quiet", is_flag=True, help="Only stalls and failures on stderr."),
    ]):
        fn = option(fn)
    return fn


def register(cli: click.Group) -> None:
    cli.add_command(scan_command)
    cli.add_command(transcribe_command)
    cli.add_command(eval_command)


@click.command("scan")
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--clips", "clips_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write an evidence clip (Opus) per hit into DIR; adds clip, clip_sha256 and clip_missing "
                   "(true when it could not be written whole, then clip_sha256 is null) to each line.")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Rule directory (default LIVEWATCH_RULES_DIR).")
@click.option("--hotwords/--no-hotwords", default=False, show_default=True,
              help="Prompt Whisper with rule phrases.")
@_source_options
@_asr_options
@_one_line_errors("scan")
def scan_command(source: str, fmt: str, clips_dir: Path | None, rules_dir: Path | None, hotwords: bool,
                 realtime: bool, stall_timeout: float | None, max_reconnects: int, quiet: bool,
                 threads: int | None, beam_size: int | None) -> None:
    """Scan a file or live URL and print one JSON line per rule hit."""
    from monitor.scan import hotwords_for, scan
    from rules import build_matcher

    rule_base = _rule_base(rules_dir)
    matcher = build_matcher(rule_base, second_opinion=_second_opinion(), heard=True)   # it matches transcripts
    transcriber = _transcriber(threads, beam_size, hotwords_for(rule_base) if hotwords else None)
    if clips_dir is not None:
        _report_clip_failures()

    def progress(seg) -> None:
        if not quiet:
            click.echo(f"[{seg.start:8.2f}s] {seg.text}", err=True)

    count = 0
    for hit in scan(source, matcher=matcher, transcriber=transcriber, realtime=realtime, clips_dir=clips_dir,
                    on_state=_state_printer(quiet, source), stall_timeout=stall_timeout or _stall_default(),
                    max_reconnects=max_reconnects, on_segment=progress):
        click.echo(json.dumps(hit.to_json(), ensure_ascii=False))
        sys.stdout.flush()
        count += 1
    if not quiet:
        click.echo(f"[done] {count} hit(s)", err=True)


@click.command("transcribe")
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="text: one timed line per segment; jsonl: segments with word timings.")
@_source_options
@_asr_options
@_one_line_errors("transcribe")
def transcribe_command(source: str, fmt: str, realtime: bool, stall_timeout: float | None, max_reconnects: int,
                       quiet: bool, threads: int | None, beam_size: int | None) -> None:
    """Print the timed simplified-Chinese transcript of a file or live URL."""
    from monitor.scan import transcript

    transcriber = _transcriber(threads, beam_size, None)
    for seg in transcript(source, transcriber=transcriber, realtime=realtime, on_state=_state_printer(quiet, source),
                          stall_timeout=stall_timeout or _stall_default(), max_reconnects=max_reconnects):
        if fmt == "jsonl":
            click.echo(json.dumps({"start": seg.start, "end": seg.end, "text": seg.text,
                                   "avg_logprob": round(seg.avg_logprob, 3),
                                   "words": [[w.start, w.end, w.text] for w in seg.words]}, ensure_ascii=False))
        else:
            click.echo(f"[{seg.start:8.2f} → {seg.end:8.2f}] {seg.text}")
        sys.stdout.flush()


@click.command("eval")
@click.argument("manifest", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Rule directory (default LIVEWATCH_RULES_DIR).")
@click.option("--hotwords/--no-hotwords", default=False, show_default=True)
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None, help="Exit 1 when recall is lower.")
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None, help="Exit 1 when precision is lower.")
@_asr_options
@_one_line_errors("eval")
def eval_command(manifest: Path, fmt: str, rules_dir: Path | None, hotwords: bool, min_recall: float | None,
                 min_precision: float | None, threads: int | None, beam_size: int | None) -> None:
    """Scan every stream of a labelled manifest and print recall and precision."""
    from monitor.evaluation import evaluate, load_manifest
    from monitor.scan import hotwords_for
    from rules import build_matcher

    load_manifest(manifest)     # a bad manifest fails before the model loads
    rule_base = _rule_base(rules_dir)
    matcher = build_matcher(rule_base, second_opinion=_second_opinion(), heard=True)   # it matches transcripts
    transcriber = _transcriber(threads, beam_size, hotwords_for(rule_base) if hotwords else None)

    def on_stream(result) -> None:
        tail = f"  ERROR {result.error}" if result.error else ""
        click.echo(f"[stream] {result.stream.name}: {len(result.hits)} hit(s){tail}", err=True)

    report = evaluate(manifest, matcher=matcher, transcriber=transcriber, on_stream=on_stream)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        for f in report.misses:
            click.echo(f"miss        {f.stream}#{f.utterance} {f.category}: {f.text} | asr: {f.asr}")
        for f in report.false_alarms:
            click.echo(f"false alarm {f.stream}#{f.utterance} {f.category}: {f.text} | asr: {f.asr} | "
                       f"{', '.join(f.hits)}")
        click.echo(f"recall {report.recall:.3f} ({report.correct}/{report.labelled})  "
                   f"precision {report.precision:.3f} ({report.correct}/{report.predictions})")
    failed = [e for e in (r.error for r in report.results) if e]
    if failed:
        _fail("eval", f"{len(failed)} stream(s) could not be read: {failed[0]}")
    if (min_recall is not None and report.recall < min_recall) or \
            (min_precision is not None and report.precision < min_precision):
        sys.exit(EXIT_FAILED)
