"""Cut a live audio stream into utterances with Silero VAD (the ONNX model shipped inside faster-whisper).

Streaming version of faster_whisper.vad.get_speech_timestamps: the LSTM state and the 64-sample context
are carried from one 512-sample window to the next, so blocks can arrive in any size. An utterance ends
after `min_silence_ms` of silence (faster-whisper's 2 s default is too lazy for live use) or is cut at
`max_utterance_s`, preferably at the last short pause. Past `soft_max_s` a shorter pause ends it too, and so
does a dip of the speech probability below DIP_LEVEL: under crowd babble the probability never falls to the
silence threshold, utterances ran to 15 s and a phrase at their start waited that long for its hit. Only
speech (plus `pad_ms` either side) reaches the ASR: Whisper hallucinates on silence and music.
"""
from __future__ import annotations

import functools
import os

import numpy as np

from transcription.types import SAMPLE_RATE, AudioBlock, Utterance

WINDOW = 512          # samples per VAD decision (32 ms)
CONTEXT = 64          # samples of the previous window the v6 model sees
SPLIT_PAUSE_MS = 98   # a pause this long is a good place for a forced cut (faster-whisper's value)
DIP_LEVEL = 0.9       # below this a long utterance may be cut (see Segmenter._step)
DIP_MS = 250
GAP_TOLERANCE = 0.05  # seconds; a larger jump in block timestamps is a reconnect gap


@functools.lru_cache(maxsize=1)
def _session():
    import onnxruntime
    from faster_whisper.utils import get_assets_path

    opts = onnxruntime.SessionOptions()
    opts.inter_op_num_threads = 1
    opts.intra_op_num_threads = 1
    opts.enable_cpu_mem_arena = False
    opts.log_severity_level = 4
    path = os.path.join(get_assets_path(), "silero_vad_v6.onnx")
    return onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"], sess_options=opts)


class SileroStream:
    """Speech probability per 512-sample window, keeping the model state between calls."""

    def __init__(self) -> None:
        self.session = _session()
        self.reset()

    def reset(self) -> None:
        self.h = np.zeros((1, 1, 128), dtype=np.float32)
        self.c = np.zeros((1, 1, 128), dtype=np.float32)
        self.context = np.zeros(CONTEXT, dtype=np.float32)

    def __call__(self, audio: np.ndarray) -> np.ndarray:
        """`audio` holds a whole number of windows; returns one probability per window."""
        windows = audio.reshape(-1, WINDOW)
        contexts = np.vstack([self.context[None, :], windows[:-1, -CONTEXT:]])
        batch = np.concatenate([contexts, windows], axis=1).astype(np.float32, copy=False)
        probs, self.h, self.c = self.session.run(None, {"input": batch, "h": self.h, "c": self.c})
        self.context = windows[-1, -CONTEXT:].copy()
        return np.asarray(probs, dtype=np.float32).reshape(-1)


class Segmenter:
    """Feed `AudioBlock`s, get `Utterance`s; call `flush()` when the stream ends."""

    def __init__(self, *, min_silence_ms: int = 500, max_utterance_s: float = 15.0, pad_ms: int = 200,
                 threshold: float = 0.5, min_speech_ms: int = 250, soft_max_s: float = 4.0) -> None:
        self.threshold = threshold
        self.neg_threshold = max(threshold - 0.15, 0.01)
        self.min_silence = int(SAMPLE_RATE * min_silence_ms / 1000)
        self.pad = int(SAMPLE_RATE * pad_ms / 1000)
        self.max_speech = int(SAMPLE_RATE * max_utterance_s) - 2 * self.pad
        self.min_speech = int(SAMPLE_RATE * min_speech_ms / 1000)
        self.split_pause = int(SAMPLE_RATE * SPLIT_PAUSE_MS / 1000)
        self.soft_speech = int(SAMPLE_RATE * soft_max_s) - 2 * self.pad
        self.dip_len = int(SAMPLE_RATE * DIP_MS / 1000)
        self.vad = SileroStream()
        self._reset_stream(0.0)

    # Positions below are absolute sample indices since `self.origin` (media seconds of index 0).
    def _reset_stream(self, origin: float) -> None:
        self.vad.reset()
        self.origin = origin
        self.audio = np.zeros(0, dtype=np.float32)   # kept audio, starting at index self.kept_from
        self.kept_from = 0
        self.pending = np.zeros(0, dtype=np.float32)  # received but not yet a whole VAD window
        self.position = 0                             # index of the next VAD window
        self.speech_start: int | None = None
        self.temp_end = 0        # start of the current run of silence inside speech
        self.prev_end = 0        # end of the last pause long enough for a forced cut
        self.next_start = 0      # where speech resumed after that pause
        self.dip_start = 0       # start of the current run of windows below DIP_LEVEL
        self.emitted_to = 0      # end of the last utterance handed out

    @property
    def _expected_next(self) -> float:
        return self.origin + (self.kept_from + len(self.audio) + len(self.pending)) / SAMPLE_RATE

    def feed(self, block: AudioBlock) -> list[Utterance]:
        out: list[Utterance] = []
        received = self.kept_from + len(self.audio) + len(self.pending)
        if received == 0:
            self.origin = block.start
        elif abs(block.start - self._expected_next) > GAP_TOLERANCE:
            # A reconnect gap: never glue audio from both sides of it into one utterance.
            out += self.flush()
            self._reset_stream(block.start)
        samples = np.asarray(block.samples, dtype=np.float32).reshape(-1)
        self.pending = np.concatenate([self.pending, samples])
        whole = len(self.pending) - len(self.pending) % WINDOW
        if whole:
            chunk, self.pending = self.pending[:whole], self.pending[whole:]
            self.audio = np.concatenate([self.audio, chunk])
            for prob in self.vad(chunk):
                out += self._step(float(prob))
                self.position += WINDOW
            self._trim()
        return out

    def flush(self) -> list[Utterance]:
        """Emit the utterance in progress (stream ended or was interrupted)."""
        self.audio = np.concatenate([self.audio, self.pending])
        self.pending = np.zeros(0, dtype=np.float32)
        out: list[Utterance] = []
        end = self.kept_from + len(self.audio)
        if self.speech_start is not None:
            out += self._end_speech(self.temp_end if self.temp_end else end)
        self._reset_stream(self.origin + end / SAMPLE_RATE)
        return out

    def _step(self, prob: float) -> list[Utterance]:
        i = self.position
        if self.speech_start is None:
            if prob >= self.threshold:
                self.speech_start = i
                self._forget_pauses()
            return []
        if prob >= self.threshold and self.temp_end:
            self.temp_end = 0
            if self.next_start < self.prev_end:
                self.next_start = i
        if prob >= DIP_LEVEL:
            self.dip_start = 0
        elif not self.dip_start:
            self.dip_start = i
        if i - self.speech_start > self.max_speech:
            return self._force_cut(i)
        if (self.dip_start and i - self.dip_start >= self.dip_len
                and self.dip_start - self.speech_start > self.soft_speech):
            # Babble under the voice keeps the probability above the silence threshold; the speaker's own
            # pause still shows as a dip below DIP_LEVEL. Cut there once the utterance is long.
            return self._end_speech(self.dip_start)
        if prob < self.neg_threshold:
            if not self.temp_end:
                self.temp_end = i
            if i - self.temp_end > self.split_pause:
                self.prev_end = self.temp_end
            long_enough = self.temp_end - self.speech_start > self.soft_speech
            if i - self.temp_end >= self.min_silence or (long_enough and i - self.temp_end >= self.pad):
                return self._end_speech(self.temp_end)
        return []

    def _end_speech(self, end: int) -> list[Utterance]:
        utt = self._cut(self.speech_start, end)
        self.speech_start = None
        self._forget_pauses()
        return [utt] if utt else []

    def _forget_pauses(self) -> None:
        """A new utterance starts (or none is open): no pause or dip seen in it yet."""
        self.temp_end = self.prev_end = self.next_start = self.dip_start = 0

    def _force_cut(self, i: int) -> list[Utterance]:
        if self.prev_end:
            utt = self._cut(self.speech_start, self.prev_end)
            resumed = self.next_start >= self.prev_end
            self.speech_start = self.next_start if resumed else None
        else:
            utt = self._cut(self.speech_start, i, pad_end=False)
            self.speech_start = i
        self._forget_pauses()
        return [utt] if utt else []

    def _cut(self, start: int, end: int, pad_end: bool = True) -> Utterance | None:
        if end - start < self.min_speech:
            return None
        available = self.kept_from + len(self.audio)
        # The pad never reaches back into the previous utterance: a soft cut (_step) leaves little room.
        lo = max(self.kept_from, start - self.pad, self.emitted_to)
        hi = min(available, end + self.pad) if pad_end else end
        samples = self.audio[lo - self.kept_from:hi - self.kept_from].copy()
        self.emitted_to = hi
        return Utterance(samples=samples, start=self.origin + lo / SAMPLE_RATE, end=self.origin + hi / SAMPLE_RATE)

    def _trim(self) -> None:
        """Keep only the audio an utterance may still need: from the current speech start (or the pad)."""
        keep_from = self.position - self.pad if self.speech_start is None else self.speech_start - self.pad
        keep_from = max(self.kept_from, keep_from)
        if keep_from > self.kept_from:
            self.audio = self.audio[keep_from - self.kept_from:]
            self.kept_from = keep_from
