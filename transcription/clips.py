"""Evidence clips: a rolling window of decoded audio, cut and encoded when a hit needs proof.

A clip is evidence only if it is whole, so every clip is checked after writing: ffmpeg's exit status is
not enough (on a full disk it prints "No space left on device" and exits 0, leaving an empty or cut file).
"""
from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from transcription.ffmpeg_errors import describe
from transcription.source import ffmpeg_exe
from transcription.types import SAMPLE_RATE, AudioBlock

log = logging.getLogger(__name__)

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


# A written clip must decode to the audio it was given, give or take the codec's framing.
DURATION_TOLERANCE = 0.25      # seconds


class ClipError(RuntimeError):
    """The clip could not be written whole; the message is one line for the operator."""


@dataclass(frozen=True)
class ClipResult:
    """How writing one clip went. `sha256` is set only for a verified, complete clip (never for an empty
    or cut file); when `ok` is False no file is left at `path` and `error` says why in one line."""
    path: Path
    sha256: str | None
    ok: bool
    error: str | None = None
    size: int = 0                        # bytes of the finished clip
    duration: float | None = None        # seconds it decodes to


def save_clip(samples: np.ndarray, path: Path) -> ClipResult:
    """Encode `samples` (16 kHz mono float32) to `path` (.opus/.ogg or .mp3) and check the result.

    I/O failures (full disk, unwritable directory, ffmpeg errors) do not raise: they are logged and returned
    with `ok=False`, so the caller stores its hit marked as missing its clip. Bad arguments raise ValueError.
    Written to a temporary name and renamed only once verified, so a reader never sees half a clip.
    """
    path = Path(path)
    codec = CODECS.get(path.suffix.lower())
    if codec is None:
        raise ValueError(f"unsupported clip format {path.suffix!r}: use .opus, .ogg or .mp3")
    if len(samples) == 0:
        raise ValueError("no audio to write")
    expected = len(samples) / SAMPLE_RATE
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        error = _encode(samples, tmp, codec, "mp3" if path.suffix.lower() == ".mp3" else "ogg")
        size = tmp.stat().st_size if error is None else 0
        duration = None
        if error is None and size == 0:
            error = "clip is empty (0 bytes)"
        if error is None:
            duration = decoded_seconds(tmp)
            if duration is None or abs(duration - expected) > DURATION_TOLERANCE:
                got = "unreadable" if duration is None else f"{duration:.2f} s"
                error = f"clip is incomplete ({got} of {expected:.2f} s)"
        if error is None:
            digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
            os.replace(tmp, path)
            return ClipResult(path, digest, True, size=size, duration=duration)
    except OSError as exc:
        error = exc.strerror.lower() if exc.strerror else str(exc)
    try:
        tmp.unlink(missing_ok=True)
    except OSError:         # the clip folder is a file, or gone: there is no temporary file to remove
        pass
    log.error("clip not written", extra={"clip": str(path), "error": error, "seconds": round(expected, 2)})
    return ClipResult(path, None, False, error=error)


def write_clip(samples: np.ndarray, path: Path) -> str:
    """`save_clip` for callers that want the SHA-256 or an exception: raises `ClipError` when the clip could
    not be written whole (already logged)."""
    result = save_clip(samples, path)
    if not result.ok:
        raise ClipError(f"{Path(path).name}: {result.error}")
    return result.sha256


def _encode(samples: np.ndarray, target: Path, codec: list[str], fmt: str) -> str | None:
    """Run ffmpeg; the reason it failed, or None. Its stderr counts, not only its exit status."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
           "-f", "f32le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0", *codec, "-f", fmt, str(target)]
    data = np.asarray(samples, dtype="<f4").tobytes()
    proc = subprocess.run(cmd, input=data, capture_output=True)
    lines = proc.stderr.decode(errors="replace").strip().splitlines()
    problem = describe(lines)
    if problem is None and proc.returncode != 0:
        problem = (lines[-1] if lines else f"ffmpeg exit {proc.returncode}")[-200:]
    return None if problem is None else f"ffmpeg: {problem}"


def decoded_seconds(path: Path) -> float | None:
    """Seconds of audio the file really decodes to (PyAV, which faster-whisper installs); None if unreadable.
    Decoding, not the header: a cut file can carry a whole file's header."""
    import av
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            samples = 0
            rate = stream.codec_context.sample_rate or SAMPLE_RATE
            for frame in container.decode(stream):
                samples += frame.samples
                rate = frame.sample_rate or rate
            return samples / rate if samples else None
    except (av.FFmpegError, IndexError, OSError):
        return None
