"""Silero VAD segmentation on real speech, silence and noise."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tests.transcription.helpers import SHARED_SAMPLES
from transcription.segmenter import Segmenter
from transcription.source import open_audio
from transcription.types import SAMPLE_RATE, AudioBlock


def _segment(blocks, **kwargs):
    seg = Segmenter(**kwargs)
    out = []
    for block in blocks:
        out += seg.feed(block)
    return out + seg.flush()


def _rechunk(samples: np.ndarray, size: int, start: float = 0.0):
    for i in range(0, len(samples), size):
        yield AudioBlock(samples=samples[i:i + size], start=start + i / SAMPLE_RATE)


def _decode(path) -> np.ndarray:
    return np.concatenate([b.samples for b in open_audio(str(path))])


def test_utterances_cover_the_labelled_speech():
    manifest = json.loads((SHARED_SAMPLES / "manifest.json").read_text())
    labelled = manifest["streams"]["kitchen_demo"]["utterances"]
    utts = _segment(open_audio(str(SHARED_SAMPLES / "kitchen_demo.m4a")))
    for label in labelled:
        mid = (label["start"] + label["end"]) / 2
        assert any(u.start <= mid <= u.end for u in utts), f"speech at {mid:.1f}s not in any utterance"
    for u in utts:
        assert abs(len(u.samples) / SAMPLE_RATE - (u.end - u.start)) < 1e-3
        assert u.end - u.start <= 15.0 + 1e-6
    assert all(b.start >= a.end - 1e-6 for a, b in zip(utts, utts[1:])), "utterances overlap"
    speech = sum(u.end - u.start for u in utts)
    assert speech < 0.95 * labelled[-1]["end"], "pauses between sentences must not reach the model"


def test_block_size_does_not_change_the_cuts():
    samples = _decode(SHARED_SAMPLES / "beauty_demo.m4a")[: 30 * SAMPLE_RATE]
    a = [(round(u.start, 3), round(u.end, 3)) for u in _segment(_rechunk(samples, 8000))]
    b = [(round(u.start, 3), round(u.end, 3)) for u in _segment(_rechunk(samples, 1234))]
    assert a == b and len(a) >= 4


def test_silence_and_noise_never_reach_the_model():
    rng = np.random.default_rng(7)
    silence = np.zeros(10 * SAMPLE_RATE, dtype=np.float32)
    hiss = (0.01 * rng.standard_normal(10 * SAMPLE_RATE)).astype(np.float32)
    hum = (0.1 * np.sin(2 * np.pi * 220 * np.arange(10 * SAMPLE_RATE) / SAMPLE_RATE)).astype(np.float32)
    for signal in (silence, hiss, hum):
        assert _segment(_rechunk(signal, 8000)) == []


def test_long_speech_is_cut_at_the_maximum():
    samples = _decode(SHARED_SAMPLES / "kitchen_demo.m4a")[: 40 * SAMPLE_RATE]
    utts = _segment(_rechunk(samples, 8000), min_silence_ms=3000, max_utterance_s=6.0)
    assert len(utts) >= 5
    assert all(u.end - u.start <= 6.0 + 1e-6 for u in utts)


def test_a_reconnect_gap_ends_the_utterance_and_keeps_media_time():
    samples = _decode(SHARED_SAMPLES / "kitchen_demo.m4a")
    first = samples[int(5.3 * SAMPLE_RATE): int(7.0 * SAMPLE_RATE)]       # mid-sentence, then the stream drops
    second = samples[int(14.8 * SAMPLE_RATE): int(18.6 * SAMPLE_RATE)]
    blocks = list(_rechunk(first, 8000, start=0.0)) + list(_rechunk(second, 8000, start=20.0))
    utts = _segment(blocks)
    assert len(utts) >= 2
    assert all(u.end <= 1.8 or u.start >= 20.0 for u in utts), [(u.start, u.end) for u in utts]


def test_under_babble_the_speakers_pauses_still_end_utterances():
    # Crowd babble keeps the speech probability above the silence threshold, so without the soft cut the
    # utterances ran to the 15-s maximum and a phrase at their start waited that long for its hit.
    streams = Path(__file__).resolve().parents[2] / "sample_streams"
    manifest = json.loads((streams / "manifest_hard.json").read_text())
    samples = _decode(streams / "massager_hard.m4a")[: 60 * SAMPLE_RATE]
    sentence_ends = [u["end"] for u in manifest["streams"]["massager_hard"]["utterances"] if u["end"] < 55]

    def ends_found(utts):
        return sum(any(abs(u.end - 0.2 - end) < 1.0 for u in utts) for end in sentence_ends)

    soft = _segment(_rechunk(samples, 8000))
    hard_only = _segment(_rechunk(samples, 8000), soft_max_s=15.0)
    assert ends_found(soft) >= 0.8 * len(sentence_ends), [(u.start, u.end) for u in soft]
    assert ends_found(hard_only) < 0.5 * len(sentence_ends)
    assert all(b.start >= a.end - 1e-6 for a, b in zip(soft, soft[1:])), "utterances overlap"
    assert [(u.start, u.end) for u in soft] == [(u.start, u.end) for u in _segment(_rechunk(samples, 1234))]
