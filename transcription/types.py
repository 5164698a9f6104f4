"""Plain dataclasses passed between the transcription stages (like faster-whisper's Segment/Word)."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

import numpy as np

SAMPLE_RATE = 16_000


class StreamState(str, enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    LIVE = "live"
    STALLED = "stalled"
    ENDED = "ended"
    FAILED = "failed"


@dataclass
class AudioBlock:
    """A block of 16 kHz mono float32 PCM; `start` is media seconds since the stream began."""
    samples: np.ndarray
    start: float

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / SAMPLE_RATE


@dataclass
class Utterance:
    """A stretch of speech cut by the VAD, ready for the ASR."""
    samples: np.ndarray
    start: float
    end: float


@dataclass
class Word:
    start: float
    end: float
    text: str          # simplified Chinese
    probability: float = 1.0


@dataclass
class TranscriptSegment:
    start: float
    end: float
    text: str          # simplified Chinese, numerals as the model printed them
    words: list[Word] = field(default_factory=list)
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
