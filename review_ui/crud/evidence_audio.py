"""Evidence audio around a hit: ±10 s of context and the words spoken in it, cut on demand.

What is stored decides what can be played. A stream read from a file (the sample streams, recordings
added as streams) still has its whole audio on disk, so the context is cut from that file at the hit's media
time. A live stream's audio is kept only as the evidence clips of its hits (the phrase −3 s … +2 s, see
monitor/store.py): the worker's 120 s ring lives in memory and is gone. For those the context is stitched
from every stored clip of the same stream inside the window, and the answer says which stretches are real
audio (`covered`) so the page can grey out the rest instead of passing silence off as a quiet room.
"""
from __future__ import annotations

import io
import subprocess
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.models import Hit, Segment, Stream
from monitor.store import CLIP_AFTER
from monitor.streams import file_path, is_file_url
from review_ui.crud.hits import resolve_clip
from transcription.source import ffmpeg_exe
from transcription.types import SAMPLE_RATE

CONTEXT_SECONDS = 10.0
# A stored clip is at most CLIP_BEFORE + phrase + CLIP_AFTER long; neighbours starting this far before the
# window can still reach into it.
NEIGHBOUR_REACH = 30.0
MAX_NEIGHBOUR_CLIPS = 40
DECODE_TIMEOUT = 20.0


@dataclass
class ContextAudio:
    start: float                      # media seconds of the first sample
    samples: np.ndarray               # float32 mono at SAMPLE_RATE
    source: str                       # "stream_file" (whole recording on disk) or "clips" (stitched evidence)
    covered: list[tuple[float, float]] = field(default_factory=list)   # media spans that are real audio

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / SAMPLE_RATE


def clip_start(hit: Hit) -> float:
    """Media time of the clip's first sample: the phrase starts `clip_offset` seconds into it."""
    return max(0.0, float(hit.start) - float(hit.clip_offset or 0.0))


def context_window(hit: Hit, seconds: float = CONTEXT_SECONDS) -> tuple[float, float]:
    return max(0.0, clip_start(hit) - seconds), float(hit.end) + CLIP_AFTER + seconds


def decode(path: Path | str, start: float | None = None, duration: float | None = None) -> np.ndarray:
    """Mono float32 at SAMPLE_RATE; empty when ffmpeg cannot read it. `-ss` before `-i` seeks the input,
    which for audio is sample-accurate in the ffmpeg versions this runs with."""
    cmd = [ffmpeg_exe(), "-nostdin", "-loglevel", "error"]
    if start is not None:
        cmd += ["-ss", f"{start:.3f}"]
    if duration is not None:
        cmd += ["-t", f"{duration:.3f}"]
    cmd += ["-i", str(path), "-vn", "-ac", "1", "-ar", str(SAMPLE_RATE), "-f", "s16le", "-"]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=DECODE_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return np.zeros(0, dtype=np.float32)
    raw = proc.stdout[: len(proc.stdout) // 2 * 2]
    return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0


def _stream_file(stream: Stream) -> Path | None:
    if not stream.url or not is_file_url(stream.url):
        return None
    path = Path(file_path(stream.url))
    return path if path.is_file() else None


def _from_stream_file(path: Path, window: tuple[float, float]) -> ContextAudio | None:
    start, end = window
    samples = decode(path, start, end - start)
    if not len(samples):
        return None
    audio = ContextAudio(start, samples, "stream_file")
    audio.covered = [(audio.start, audio.end)]
    return audio


def _from_clips(session: Session, hit: Hit, clips_root: Path, window: tuple[float, float]) -> ContextAudio | None:
    start, end = window
    neighbours = session.scalars(
        select(Hit).where(Hit.stream_id == hit.stream_id, Hit.clip_path.is_not(None),
                          Hit.start >= start - NEIGHBOUR_REACH, Hit.start <= end + NEIGHBOUR_REACH)
        .order_by(Hit.start).limit(MAX_NEIGHBOUR_CLIPS)).all()
    if hit not in neighbours:
        neighbours.append(hit)
    buffer = np.zeros(int(round((end - start) * SAMPLE_RATE)), dtype=np.float32)
    filled = np.zeros(len(buffer), dtype=bool)
    seen: set[str] = set()
    for other in neighbours:
        if other.clip_path in seen:
            continue
        seen.add(other.clip_path)
        path = resolve_clip(clips_root, other.clip_path)
        if path is None:
            continue
        samples = decode(path)
        at = int(round((clip_start(other) - start) * SAMPLE_RATE))
        lo, hi = max(0, at), min(len(buffer), at + len(samples))
        if hi <= lo:
            continue
        # Clips of one utterance overlap and hold the same audio; the first one written there wins.
        part = samples[lo - at:hi - at]
        free = ~filled[lo:hi]
        buffer[lo:hi][free] = part[free]
        filled[lo:hi] = True
    if not filled.any():
        return None
    first, last = np.flatnonzero(filled)[[0, -1]]
    audio = ContextAudio(start + first / SAMPLE_RATE, buffer[first:last + 1], "clips")
    audio.covered = _runs(filled[first:last + 1], audio.start)
    return audio


def _runs(mask: np.ndarray, origin: float) -> list[tuple[float, float]]:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [(round(origin + a / SAMPLE_RATE, 3), round(origin + b / SAMPLE_RATE, 3))
            for a, b in zip(edges[::2], edges[1::2])]


def context_audio(session: Session, hit: Hit, stream: Stream, clips_root: Path,
                  seconds: float = CONTEXT_SECONDS) -> ContextAudio | None:
    window = context_window(hit, seconds)
    path = _stream_file(stream)
    if path is not None:
        audio = _from_stream_file(path, window)
        if audio is not None:
            return audio
    return _from_clips(session, hit, clips_root, window)


def context_source(hit: Hit, stream: Stream) -> str:
    """Which kind of context this hit will get, without decoding anything (for the page's wording)."""
    return "stream_file" if _stream_file(stream) is not None else "clips"


def wav_bytes(samples: np.ndarray) -> bytes:
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())
    return out.getvalue()


@dataclass
class Word:
    start: float
    end: float
    text: str
    in_phrase: bool


def words_around(session: Session, hit: Hit, window: tuple[float, float]) -> list[Word]:
    """The stored transcript words of the window, in media time, with the hit's phrase flagged.
    Segments stored before word timings were kept count as one word spanning the segment."""
    start, end = window
    segments = session.scalars(
        select(Segment).where(Segment.stream_id == hit.stream_id, Segment.start < end,
                              Segment.start >= start - NEIGHBOUR_REACH, Segment.end > start)
        .order_by(Segment.start)).all()
    words: list[Word] = []
    for seg in segments:
        timed = seg.words or [[seg.start, seg.end, seg.text]]
        for item in timed:
            try:
                w_start, w_end, text = float(item[0]), float(item[1]), str(item[2])
            except (TypeError, ValueError, IndexError):
                continue
            if w_end <= start or w_start >= end or not text.strip():
                continue
            overlap = min(w_end, float(hit.end)) - max(w_start, float(hit.start))
            words.append(Word(round(w_start, 3), round(w_end, 3), text, overlap > 0.01))
    return words
