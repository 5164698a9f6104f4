"""Evidence clips: a rolling window of decoded audio, cut and encoded when a hit needs proof."""
from __future__ import annotations

import hashlib
import os
import subprocess
import threading
from pathlib import Path

import numpy as np

from transcription.source import ffmpeg_exe
from transcription.types import SAMPLE_RATE, AudioBlock

CLIP_SUFFIX = ".opus"
# Suffix → ffmpeg encoder settings; speech at 16 kHz mono needs very little.
CODECS = {".opus": ["-c:a", "libopus", "-b:a", "24k", "-application", "voip"],
          ".ogg": ["-c:a", "libopus", "-b:a", "24k", "-application", "voip"],
          ".mp3": ["-c:a", "libmp3lame", "-b:a", "48k"]}


class AudioRing:
    """The last `seconds` of audio by media time. Gaps (reconnects) are kept as gaps, not silence."""

    def __init__(self, seconds: float = 120.0) -> None:
        self.seconds = seconds
        self._blocks: list[AudioBlock] = []
        self._lock = threading.Lock()

    def append(self, block: AudioBlock) -> None:
        with self._lock:
            self._blocks.append(block)
            horizon = block.end - self.seconds
            while self._blocks and self._blocks[0].end <= horizon:
                self._blocks.pop(0)

    @property
    def start(self) -> float:
        with self._lock:
            return self._blocks[0].start if self._blocks else 0.0

    @property
    def end(self) -> float:
        with self._lock:
            return self._blocks[-1].end if self._blocks else 0.0

    def slice(self, start: float, end: float) -> np.ndarray:
        """Samples between media times `start` and `end` that are still held (gaps are skipped)."""
        return self.slice_with_start(start, end)[0]

    def slice_with_start(self, start: float, end: float) -> tuple[np.ndarray, float]:
        """Like `slice`, plus the media time of the first returned sample (later than `start` when the
        ring no longer holds the beginning); `end` when nothing is held."""
        pieces = []
        first = end
        with self._lock:
            for block in self._blocks:
                if block.end <= start or block.start >= end:
                    continue
                lo = max(0, int(round((start - block.start) * SAMPLE_RATE)))
                hi = min(len(block.samples), int(round((end - block.start) * SAMPLE_RATE)))
                if hi > lo:
                    if not pieces:
                        first = block.start + lo / SAMPLE_RATE
                    pieces.append(block.samples[lo:hi])
        if not pieces:
            return np.zeros(0, dtype=np.float32), first
        return np.concatenate(pieces).astype(np.float32), first


def write_clip(samples: np.ndarray, path: Path) -> str:
    """Encode `samples` (16 kHz mono float32) to `path` (.opus/.ogg or .mp3); return the file's SHA-256 hex.

    Written to a temporary name and renamed, so a reader never sees half a clip.
    """
    path = Path(path)
    codec = CODECS.get(path.suffix.lower())
    if codec is None:
        raise ValueError(f"unsupported clip format {path.suffix!r}: use .opus, .ogg or .mp3")
    if len(samples) == 0:
        raise ValueError("no audio to write")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fmt = "mp3" if path.suffix.lower() == ".mp3" else "ogg"
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
           "-f", "f32le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0", *codec, "-f", fmt, str(tmp)]
    data = np.asarray(samples, dtype="<f4").tobytes()
    proc = subprocess.run(cmd, input=data, capture_output=True)
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"ffmpeg could not write {path.name}: {proc.stderr.decode(errors='replace').strip()[-200:]}")
    os.replace(tmp, path)
    return hashlib.sha256(path.read_bytes()).hexdigest()
