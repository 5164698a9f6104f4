"""The worker's in-process evidence writer: the same verified Ogg Opus clip as transcription.clips.save_clip."""
from __future__ import annotations

import hashlib

import numpy as np

from monitor.clip_writer import write_clip
from transcription.clips import decoded_seconds
from transcription.types import SAMPLE_RATE


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def test_clip_is_whole_hashed_and_left_under_its_name_only(tmp_path):
    path = tmp_path / "1" / "hit.opus"
    path.parent.mkdir()
    result = write_clip(tone(7.3), path)
    assert result.ok and result.error is None
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.size == path.stat().st_size > 0
    assert abs(decoded_seconds(path) - 7.3) <= 0.05
    assert path.read_bytes()[:4] == b"OggS"
    assert sorted(p.name for p in path.parent.iterdir()) == ["hit.opus"]      # no temporary file left


def test_other_formats_go_to_the_reference_writer_and_folders_are_made(tmp_path):
    mp3 = write_clip(tone(2.0), tmp_path / "hit.mp3")            # another format: encoded by ffmpeg
    assert mp3.ok and (tmp_path / "hit.mp3").stat().st_size == mp3.size
    missing = write_clip(tone(2.0), tmp_path / "no-such-dir" / "sub" / "hit.opus")
    assert missing.ok and abs(missing.duration - 2.0) <= 0.05      # the folder is made
