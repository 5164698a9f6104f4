"""Evidence clips: the ring keeps media time, clips are real Opus/MP3 with a matching SHA-256."""
from __future__ import annotations

import hashlib
import subprocess

import numpy as np
import pytest

from transcription.clips import AudioRing, write_clip
from transcription.source import ffmpeg_exe, open_audio
from transcription.types import SAMPLE_RATE, AudioBlock


def _blocks(seconds: float, start: float = 0.0, size: int = 8000):
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    samples = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    return [AudioBlock(samples[i:i + size], start + i / SAMPLE_RATE) for i in range(0, len(samples), size)]


def test_ring_keeps_the_last_seconds_by_media_time():
    ring = AudioRing(seconds=10)
    for block in _blocks(30):
        ring.append(block)
    assert 19.4 <= ring.start <= 20.0 and ring.end == pytest.approx(30.0)
    assert len(ring.slice(25.0, 27.0)) == 2 * SAMPLE_RATE
    assert len(ring.slice(0.0, 5.0)) == 0            # gone
    samples, first = ring.slice_with_start(15.0, 22.0)
    assert first == pytest.approx(ring.start) and len(samples) == pytest.approx((22.0 - ring.start) * SAMPLE_RATE, abs=2)


def test_ring_skips_reconnect_gaps():
    ring = AudioRing(seconds=60)
    for block in _blocks(5, start=0.0) + _blocks(5, start=20.0):
        ring.append(block)
    assert len(ring.slice(3.0, 22.0)) == 4 * SAMPLE_RATE     # 2 s before the gap + 2 s after


@pytest.mark.parametrize("suffix", [".opus", ".mp3"])
def test_write_clip_encodes_and_hashes(tmp_path, suffix):
    samples = np.concatenate([b.samples for b in _blocks(3.0)])
    path = tmp_path / "hits" / f"clip{suffix}"
    digest = write_clip(samples, path)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    decoded = np.concatenate([b.samples for b in open_audio(str(path))])
    assert abs(len(decoded) / SAMPLE_RATE - 3.0) < 0.1
    probe = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    assert ("opus" if suffix == ".opus" else "mp3") in probe.stderr
    assert [p.name for p in path.parent.iterdir()] == [path.name], "temporary file left behind"


def test_write_clip_refuses_what_it_cannot_write(tmp_path):
    with pytest.raises(ValueError):
        write_clip(np.zeros(100, dtype=np.float32), tmp_path / "clip.wav")
    with pytest.raises(ValueError):
        write_clip(np.zeros(0, dtype=np.float32), tmp_path / "clip.opus")
