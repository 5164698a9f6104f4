"""Fast, noisy copies of the five demo streams: `*_fastnoisy.m4a` + `manifest_fastnoisy.json`.

    .venv/bin/python sample_streams/degrade.py

Each demo recording is sped up 1.2× (ffmpeg `atempo`: pitch kept, like a streamer talking fast), then
pink noise at 10 dB below the speech and a synthetic pop backing track (chords, kick, hi-hat) at 10 dB below
the speech are mixed in — together about 7 dB SNR, a busy livestream room with music on. The manifest is the
demo manifest with every time divided by 1.2. Everything is seeded, so a re-run writes the same samples
(the AAC encoder may differ between ffmpeg builds).

No TTS and no rule base is involved: this only degrades audio that already exists, so the labels stay those of
`manifest.json` and the set measures how the same sentences fare when the audio is worse.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from transcription.source import ffmpeg_exe  # noqa: E402

RATE = 16000
TEMPO = 1.2
NOISE_DB = 10.0     # speech level over pink noise
MUSIC_DB = 10.0     # speech level over the backing track
SEED = 20261129


def decode(path: Path, tempo: float) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-i", str(path), "-af", f"atempo={tempo}",
                          "-ac", "1", "-ar", str(RATE), "-f", "f32le", "-"], check=True, capture_output=True).stdout
    return np.frombuffer(raw, dtype=np.float32).copy()


def speech_level(x: np.ndarray) -> float:
    """RMS over the 30 ms frames that carry speech (the loudest 60 %), so pauses do not lower the level."""
    frame = int(0.03 * RATE)
    energies = np.array([np.mean(x[i:i + frame] ** 2) for i in range(0, len(x) - frame, frame)])
    loud = np.sort(energies)[int(0.4 * len(energies)):]
    return float(np.sqrt(np.mean(loud)))


def pink_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    spectrum /= np.sqrt(np.maximum(np.arange(len(spectrum)), 1))
    noise = np.fft.irfft(spectrum, n)
    return noise / np.sqrt(np.mean(noise ** 2))


def backing_track(n: int, rng: np.random.Generator) -> np.ndarray:
    """I–V–vi–IV at 120 bpm: three-note chords with a few harmonics, a kick on every beat, hi-hat off-beats."""
    t = np.arange(n) / RATE
    chords = [(261.6, 329.6, 392.0), (196.0, 246.9, 293.7), (220.0, 261.6, 329.6), (174.6, 220.0, 261.6)]
    which = (t // 2.0).astype(int) % len(chords)
    music = np.zeros(n)
    for k, chord in enumerate(chords):
        mask = which == k
        for f in chord:
            for h, a in ((1, 1.0), (2, 0.4), (3, 0.2)):
                music[mask] += a * np.sin(2 * np.pi * f * h * t[mask])
    beat = t % 0.5
    music += 3.0 * np.sin(2 * np.pi * 60 * beat) * np.exp(-beat * 18)                     # kick
    hat = (t + 0.25) % 0.5
    music += 0.8 * rng.standard_normal(n) * np.exp(-hat * 60)                              # hi-hat
    return music / np.sqrt(np.mean(music ** 2))


def encode(x: np.ndarray, path: Path) -> None:
    subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "f32le", "-ar", str(RATE), "-ac", "1", "-i", "-",
                    "-c:a", "aac", "-b:a", "64k", str(path)], input=x.astype(np.float32).tobytes(), check=True)


def main() -> None:
    demo = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    out = {"sample_rate_note": demo["sample_rate_note"], "streams": {}}
    for offset, (name, entry) in enumerate(demo["streams"].items()):
        rng = np.random.default_rng(SEED + offset)
        speech = decode(HERE / entry["file"], TEMPO)
        level = speech_level(speech)
        mixed = (speech + pink_noise(len(speech), rng) * level / 10 ** (NOISE_DB / 20)
                 + backing_track(len(speech), rng) * level / 10 ** (MUSIC_DB / 20))
        mixed /= max(1.0, float(np.max(np.abs(mixed))) / 0.97)          # no clipping
        target = f"{name.removesuffix('_demo')}_fastnoisy.m4a"
        encode(mixed, HERE / target)
        out["streams"][f"{name.removesuffix('_demo')}_fastnoisy"] = {
            "file": target, "duration": round(len(mixed) / RATE, 3),
            "utterances": [dict(u, start=round(u["start"] / TEMPO, 3), end=round(u["end"] / TEMPO, 3))
                           for u in entry["utterances"]]}
        print(f"{target}: {len(mixed) / RATE:.1f} s", flush=True)
    (HERE / "manifest_fastnoisy.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")


if __name__ == "__main__":
    main()
