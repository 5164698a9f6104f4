"""What Whisper heard in the labelled recordings, as training lines for the classifier that hears.

    .venv/bin/python sample_streams/heard_for_training.py            # ~25 min on 2 cores

Scans every stream of every sample_streams/manifest*.json the classifiers train on with the bundled Whisper base
model, as `livewatch eval` does (beam 5, one CPU thread, the same VAD windows), and writes rules/data/training/heard_transcripts.jsonl: one line
per transcript segment, with the labels of the utterances it covers (an utterance whose time lies half or more
inside the segment). `python -m rules.train_classifier --heard` trains on them, so the model learns the garbling
Whisper really does (酱穴压 for 降血压, 送完几只 for 送完即止) beside the sound-alike generator's.

Measured before they were trained on (session 34): with fresh10-fresh12 and their label text left out of training,
the hearing model on those three sets replayed went 0.718 / 0.818 -> 0.768 / 0.822 (+9 claims, +10 predictions).
Figures on the recordings are training figures since.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def manifests() -> list[Path]:
    """The manifests the classifiers train on (rules.train_classifier.HELD_OUT_RECORDINGS stay out)."""
    sys.path.insert(0, str(ROOT))
    from rules.train_classifier import recording_manifests
    return recording_manifests()


def out_path() -> Path:
    sys.path.insert(0, str(ROOT))
    from rules.train_classifier import HEARD_TRANSCRIPTS      # where the training reads them
    return HEARD_TRANSCRIPTS


def set_name(manifest: Path) -> str:
    return manifest.stem.removeprefix("manifest_") if manifest.stem != "manifest" else "demo"


def heard_lines(manifest: Path, *, matcher, transcriber) -> list[dict]:
    """Each transcript segment of the manifest's streams with the labels of the utterances it covers."""
    from monitor.evaluation import evaluate

    out = []
    for result in evaluate(manifest, matcher=matcher, transcriber=transcriber).results:
        if result.error:
            raise SystemExit(f"{result.stream.name}: {result.error}")
        for seg in result.segments:
            covered = [u for u in result.stream.utterances
                       if min(seg.end, u.end) - max(seg.start, u.start) > 0.5 * (u.end - u.start)]
            if covered:
                out.append({"text": seg.text, "labels": sorted({c for u in covered for c in u.labels}),
                            "stream": result.stream.name, "set": set_name(manifest)})
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from monitor.settings import get_settings
    from rules import build_matcher, load_rule_dir
    from transcription.model import resolve_model_dir
    from transcription.transcriber import Transcriber

    settings = get_settings()
    transcriber = Transcriber(resolve_model_dir(settings.whisper_model or None, settings.model_cache_path),
                              cpu_threads=1, beam_size=5)
    matcher = build_matcher(load_rule_dir(), heard=True)      # evaluate() scans; its hits are not used here
    lines = []
    for manifest in manifests():
        lines += heard_lines(manifest, matcher=matcher, transcriber=transcriber)
        print(f"{manifest.name}: {len(lines)} lines so far", file=sys.stderr, flush=True)
    out = out_path()
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    print(f"wrote {out} ({len(lines)} lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
