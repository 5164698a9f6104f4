"""Utterances in, timed simplified-Chinese segments out: faster-whisper int8 on CPU.

Each decode costs an encoder pass (fitted to the window's audio, at least 10 s: `encoder_frames`), a decode
and a word-alignment pass, however short the audio. `transcribe_many` therefore packs consecutive utterances (up to ~20 s of speech) into
one window, decodes it once without timestamp tokens (one pass, no re-decode of the tail, where Whisper
likes to invent "请注意"/"作词作曲"), and maps the word timings back onto each utterance's media time. Only the
utterances the decode skipped (it stopped early, jumped over one, or looped) are decoded again, as a pack of
their own, and so is the rest of an utterance written only up to a pause inside it.

One model per process: concurrent transcribe() calls from threads leak memory (faster-whisper #1055),
so parallelism comes from processes (or `num_workers`), not threads sharing this object.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from opencc import OpenCC

from transcription.hallucination import clean_segment, is_low_confidence
from transcription.types import SAMPLE_RATE, TranscriptSegment, Utterance, Word

# Nudges the base model toward simplified characters; OpenCC t2s below is what actually guarantees them.
INITIAL_PROMPT = "以下是普通话的句子。"
TEMPERATURES = (0.0, 0.2)      # bounded fallback: each step re-decodes the window
MAX_WINDOW_S = 28.0            # what fits one Whisper window, with margin
# Silence put between packed utterances. Whisper times the first word after a pause early; without a
# gap that word lands in the previous utterance (and is lost to a phrase at the start of this one:
# `_assign_words` gives a word in or across a gap to the utterance after it). Not longer: without
# timestamp tokens Whisper takes a long pause for the end of what it has to write and stops there,
# skipping the utterances after it (offline, the monitor's windows at 12 streams: 0.6 s skipped 28 of 253
# utterances, 0.3 s 19, 0.1 s 20; docs/operations.md).
PACK_GAP_S = 0.3
# An utterance the decode wrote only the start of: its words end this long before the utterance does. The VAD
# trims an utterance to its speech, so the rest is speech nobody wrote; Whisper stops at a pause inside one (two
# sentences the VAD joined) as it does at the gap between two. Seen in the monitor's mixed windows at 17 streams:
# 2 of 353 utterances (4.2 s and 3.4 s unwritten), the next largest 1.0 s (word timings end ~0.3 s early).
CUT_SHORT_S = 1.5
# Whisper's encoder was trained on 30 s of features and faster-whisper pads every window to that, but
# CTranslate2's encoder takes fewer frames, and its cost grows faster than the length (this box, one thread:
# 30 s 0.89 s, 20 s 0.31 s, 15 s 0.21 s, 10 s 0.12 s). A window is encoded only as long as its audio plus
# FIT_MARGIN_S of padding, never under FIT_MIN_S: much shorter contexts make the base model repeat itself
# (whisper.cpp's audio_ctx; faster-whisper #171). Measured on the labelled recordings: docs/transcription.md.
FIT_MARGIN_S = 2.0
FIT_MIN_S = 10.0
FULL_FRAMES = 3000              # 30 s at 100 feature frames a second


def encoder_frames(seconds: float) -> int:
    """Feature frames the encoder is given for a window of this much audio (whole seconds, ≤ 30 s)."""
    return min(FULL_FRAMES, 100 * max(int(FIT_MIN_S), math.ceil(seconds + FIT_MARGIN_S)))

_t2s = OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s.convert(text)


class Transcriber:
    def __init__(self, model_dir: Path, *, cpu_threads: int = 1, beam_size: int = 5,
                 hotwords: str | None = None, initial_prompt: str | None = INITIAL_PROMPT,
                 fit_encoder: bool = True) -> None:
        from faster_whisper import WhisperModel

        self.model_dir = Path(model_dir)
        self.beam_size = beam_size
        self.hotwords = hotwords or None
        self.initial_prompt = initial_prompt
        self.tail_redecodes = 0        # packs whose decode skipped utterances that were then decoded again
        self.model = WhisperModel(str(self.model_dir), device="cpu", compute_type="int8",
                                  cpu_threads=cpu_threads, num_workers=1, local_files_only=True)
        self.fit_encoder = fit_encoder
        self.encoder_frames = FULL_FRAMES          # of the window being decoded (see encoder_frames)
        # faster-whisper encodes each window through its own `encode`, given features padded to 30 s
        self._encode_padded = self.model.encode
        self.model.encode = self._encode_fitted

    def _encode_fitted(self, features):
        return self._encode_padded(features[..., :self.encoder_frames])

    def transcribe(self, utt: Utterance) -> list[TranscriptSegment]:
        return self.transcribe_many([utt])

    def transcribe_many(self, utts: list[Utterance], *, redecode: bool = True) -> list[TranscriptSegment]:
        """One decode for consecutive utterances (together ≤ MAX_WINDOW_S, else split); one segment
        per utterance that has speech, in order, with absolute media times. `redecode` False leaves what
        the decode skipped empty (the monitor's scheduler gives it a later window instead of one of its own)."""
        out: list[TranscriptSegment] = []
        for pack in _packs(utts, MAX_WINDOW_S):
            out += self._decode_pack(pack, retry=redecode)
        return out

    def _decode_pack(self, pack: list[Utterance], retry: bool = True, tails: bool = True) -> list[TranscriptSegment]:
        gap = np.zeros(int(PACK_GAP_S * SAMPLE_RATE), dtype=np.float32)
        pieces: list[np.ndarray] = []
        for i, u in enumerate(pack):
            if i:
                pieces.append(gap)
            pieces.append(np.asarray(u.samples, dtype=np.float32))
        audio = np.concatenate(pieces)
        if len(audio) > MAX_WINDOW_S * SAMPLE_RATE:       # a single over-long utterance
            audio = audio[:int(MAX_WINDOW_S * SAMPLE_RATE)]
        self.encoder_frames = encoder_frames(len(audio) / SAMPLE_RATE) if self.fit_encoder else FULL_FRAMES
        segments, _info = self.model.transcribe(
            audio, language="zh", task="transcribe", beam_size=self.beam_size,
            temperature=list(TEMPERATURES), condition_on_previous_text=False, vad_filter=False,
            word_timestamps=True, without_timestamps=True,
            initial_prompt=self.initial_prompt, hotwords=self.hotwords)
        # Without timestamp tokens the first window yields exactly one segment holding all the speech;
        # pulling a second one would decode the leftover tail, which is silence by construction.
        seg = next(iter(segments), None)
        if seg is None or is_low_confidence(seg.avg_logprob, seg.no_speech_prob, seg.compression_ratio):
            return []
        groups = _assign_words(seg.words or [], pack)
        heard = [_heard(words) for words in groups]
        # Whisper sometimes ends a packed decode early, skips an utterance in the middle (crowd babble above
        # all: in the monitor's windows, which mix streams, about one utterance in five), or falls into a loop
        # of one character (…化学天价价价价): those utterances come back empty or as that character although
        # the VAD heard speech there. They are decoded again as a pack of their own — and what that decode
        # skips, again, while each round hears something: it costs a window only when it happens.
        # An utterance written only up to a pause inside it gets the rest decoded on its own, whatever `retry`
        # says: the monitor's second chance takes back whole utterances only, and the case is rare.
        cut = [t for u, words, ok in zip(pack, groups, heard)
               if ok and (t := unwritten_tail(u, words)) is not None] if tails else []
        rest: list[TranscriptSegment] = []
        unheard = [u for u, ok in zip(pack, heard) if not ok]
        if retry and unheard and any(heard):
            self.tail_redecodes += 1
            rest = self._decode_pack(unheard, retry=len(unheard) > 1)
            groups = [words for words, ok in zip(groups, heard) if ok]
        if cut:
            self.tail_redecodes += 1
            rest += self._decode_pack(cut, retry=False, tails=False)
        out = []
        for utt_words in groups:
            piece = _segment(utt_words, seg.avg_logprob, seg.no_speech_prob)
            piece = clean_segment(piece, self.initial_prompt) if piece else None
            if piece is not None:
                out.append(piece)
        return sorted(out + rest, key=lambda s: s.start) if rest else out


def _heard(words: list[Word]) -> bool:
    """Did Whisper write this utterance? At least two different characters: one repeated is a decoding loop."""
    return len({c for w in words for c in w.text if c.isalnum()}) >= 2


def unwritten_tail(utt: Utterance, words: list[Word]) -> Utterance | None:
    """The part of `utt` after its last written word when that is CUT_SHORT_S or more (from a little before the
    word's end: Whisper times word ends early), else None."""
    if not words:
        return None
    last = max(w.end for w in words)
    if utt.end - last < CUT_SHORT_S:
        return None
    start = max(utt.start, last - 0.2)
    first = int(round((start - utt.start) * SAMPLE_RATE))
    return Utterance(samples=utt.samples[first:], start=start, end=utt.end)


def _packs(utts: list[Utterance], limit_s: float) -> list[list[Utterance]]:
    packs: list[list[Utterance]] = []
    size = 0.0
    for utt in utts:
        length = len(utt.samples) / SAMPLE_RATE
        if packs and size + PACK_GAP_S + length <= limit_s:
            packs[-1].append(utt)
            size += PACK_GAP_S + length
        else:
            packs.append([utt])
            size = length
    return packs


def _assign_words(words, pack: list[Utterance]) -> list[list[Word]]:
    """Each word of the packed decode → the utterance it overlaps most, with its times mapped to that
    utterance's media time. Whisper's word timing stretches the first word after a pause back over the
    pause, so a word wholly inside a gap, or one spanning a whole gap, belongs to the utterance after it:
    by overlap alone it would land at the end of the previous utterance, which in the monitor's windows
    is another stream's (原价 → "…这一款原" + "价1099")."""
    starts, t = [], 0.0
    for u in pack:
        starts.append(t)
        t += len(u.samples) / SAMPLE_RATE + PACK_GAP_S
    spans = [(s0, s0 + len(u.samples) / SAMPLE_RATE) for s0, u in zip(starts, pack)]
    groups: list[list[Word]] = [[] for _ in pack]
    for w in words:
        overlaps = [min(w.end, hi) - max(w.start, lo) for lo, hi in spans]
        index = int(np.argmax(overlaps))
        if overlaps[index] <= 0:
            index = next((i for i, (lo, _hi) in enumerate(spans) if lo >= w.start), len(pack) - 1)
        elif index + 1 < len(spans) and w.start < spans[index][1] and w.end > spans[index + 1][0]:
            index += 1
        lo, hi = spans[index]
        base = pack[index].start - lo

        def media(x: float) -> float:
            return round(float(base + min(max(x, lo), hi)), 3)

        groups[index].append(Word(start=media(w.start), end=media(w.end), text=to_simplified(w.word),
                                  probability=w.probability))
    return groups


def _segment(words: list[Word], avg_logprob: float, no_speech_prob: float) -> TranscriptSegment | None:
    """The text is built from the words, so character offsets in `text` map back onto word timings."""
    words = [Word(w.start, w.end, w.text, w.probability) for w in words if w.text.strip()]
    if not words:
        return None
    words[0].text = words[0].text.lstrip()
    return TranscriptSegment(start=words[0].start, end=words[-1].end, text="".join(w.text for w in words),
                             words=words, avg_logprob=avg_logprob, no_speech_prob=no_speech_prob)
