"""The scan path: audio source → VAD → Whisper → rule matcher → hits with media times.

Shared by `livewatch scan`/`transcribe`/`eval` and the monitor's workers (which use `locate_hits` and
`hotwords_for` on their own ASR pool). Reading runs in a background thread so a live source keeps being
drained while the ASR works; utterances are packed into one Whisper window (see transcription.transcriber)
and flushed after `latency` media seconds on live sources so hits still come out promptly.
"""
from __future__ import annotations

import queue
import re
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

from transcription.clips import CLIP_SUFFIX, AudioRing, save_clip
from transcription.resolve import resolver_for
from transcription.segmenter import Segmenter
from transcription.source import SourceError, is_network_url, open_audio
from transcription.types import SAMPLE_RATE, AudioBlock, StreamState, TranscriptSegment, Utterance

HOTWORD_TOKENS = 223         # faster-whisper cuts hotwords at max_length // 2 - 1 tokens
# How much of the previous segment the matcher sees again: a claim frame's slots may lie either side of a cut
# (门店挂的是六千八一位，今天在直播间下单。| 三千二就能出发), so a short sentence, not only a phrase (12 lost a read
# fresh recording's price comparison; 28 gained two true hits on the read recordings and no false one).
TAIL_CHARS = 28
TAIL_MAX_GAP = 3.0           # seconds; a longer pause does not split a phrase
PACK_SECONDS = 20.0          # speech packed into one Whisper window
LIVE_LATENCY = 6.0           # media seconds a finished utterance may wait for company on a live source
CLIP_MARGIN = 5.0            # seconds of evidence before and after the phrase
LOW_WORD_PROBABILITY = 0.5   # a word Whisper is this unsure of may be a mishearing (区班 for 祛斑)
# The classifier's opinion on a transcript needs a longer stretch of evidence or a surer probability than on
# text: a garbled fragment (业力写这能, 会认) can tip a category with a few characters. On the read recordings the
# classifier's hits that were the only evidence of a claim and this short and weak were all false (4), and none of
# its 81 true hits there was; on text (quotes, corpus) such spans are often real claims, so the matcher keeps them.
SHORT_MODEL_SPAN = 8
SHORT_MODEL_SPAN_PROBABILITY = 0.8
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass
class ScanHit:
    rule_id: str
    category: str
    severity: str
    basis: str
    matched: str
    text: str        # simplified transcript of the segment (with the previous tail when the phrase spans it)
    start: float     # media seconds of the matched phrase itself
    end: float
    how: str
    score: float
    clip: str | None = None
    clip_sha256: str | None = None
    categories: tuple[str, ...] = ()              # every category, primary first (rules.Hit.categories)
    bases: tuple[str, ...] = ()
    slots: tuple[tuple[str, str], ...] = ()       # frame hits: (slot name, matched words)
    clip_missing: bool = False                    # the clip could not be written whole (clip_sha256 is None)

    def to_json(self) -> dict:
        data = asdict(self)
        data["categories"] = list(self.categories or (self.category,))
        data["bases"] = list(self.bases or (self.basis,))
        data["slots"] = [{"slot": name, "text": text} for name, text in self.slots]
        data["start"], data["end"], data["score"] = round(self.start, 2), round(self.end, 2), round(self.score, 3)
        if self.clip is None:
            del data["clip"], data["clip_sha256"], data["clip_missing"]
        return data


# -- hotwords -------------------------------------------------------------------------------------------

def _token_counter() -> Callable[[str], int]:
    try:
        from tokenizers import Tokenizer

        from transcription.model import find_bundled_parts
        tokenizer = Tokenizer.from_file(str(find_bundled_parts().part1.parent / "tokenizer.json"))
        return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)
    except Exception:  # noqa: BLE001 - no tokenizer: UTF-8 bytes are an upper bound for Whisper's byte BPE
        return lambda text: len(text.encode("utf-8"))


def hotwords_for(rule_base, *, max_tokens: int = HOTWORD_TOKENS,
                 count_tokens: Callable[[str], int] | None = None) -> str:
    """Rule phrases for Whisper's `hotwords`, most severe first, one phrase per rule per round (so every
    rule gets its main phrase in before any rule gets a second), cut to what faster-whisper keeps."""
    count = count_tokens or _token_counter()
    rules = sorted((r for r in rule_base.rules if getattr(r, "enabled", True)),
                   key=lambda r: SEVERITY_ORDER.get(r.severity, 3))
    chosen: list[str] = []
    seen: set[str] = set()
    depth = max((len(r.phrases) for r in rules), default=0)
    for round_ in range(depth):
        for rule in rules:
            if round_ >= len(rule.phrases):
                continue
            phrase = rule.phrases[round_].strip()
            # Latin-only or very short phrases teach Whisper nothing about Chinese and waste tokens.
            if len(phrase) < 2 or phrase in seen or not re.search(r"[\u4e00-\u9fff]", phrase):
                continue
            candidate = " ".join([*chosen, phrase])
            if count(" " + candidate) > max_tokens:
                continue
            chosen.append(phrase)
            seen.add(phrase)
    return " ".join(chosen)


# -- hits with media times --------------------------------------------------------------------------

def _char_times(words) -> list[tuple[float, float]]:
    """Media time span of every character of "".join(word texts), interpolated inside each word."""
    times: list[tuple[float, float]] = []
    for w in words:
        n = len(w.text)
        step = (w.end - w.start) / n if n else 0.0
        times += [(w.start + i * step, w.start + (i + 1) * step) for i in range(n)]
    return times


def _tail_words(previous: TranscriptSegment | None, segment: TranscriptSegment) -> list:
    if previous is None or not previous.words or segment.start - previous.end > TAIL_MAX_GAP:
        return []
    tail: list = []
    size = 0
    for w in reversed(previous.words):
        if size >= TAIL_CHARS:
            break
        tail.insert(0, w)
        size += len(w.text)
    return tail


def _uncertain_chars(words, combined: str) -> list[bool] | None:
    """Per character: did Whisper give its word a low probability? The matcher hears those more loosely."""
    flags: list[bool] = []
    for w in words:
        flags.extend([getattr(w, "probability", 1.0) < LOW_WORD_PROBABILITY] * len(w.text))
    return flags if len(flags) == len(combined) else None


def _too_weak_on_audio(hit) -> bool:
    """A classifier span too short and too unsure to stand on a transcript (SHORT_MODEL_SPAN)."""
    return hit.how == "model" and len(hit.matched) <= SHORT_MODEL_SPAN and hit.score < SHORT_MODEL_SPAN_PROBABILITY


def locate_hits(matcher, segment: TranscriptSegment, previous: TranscriptSegment | None) -> list[ScanHit]:
    """Hits in `segment`, matching the tail of `previous` too so a phrase cut in two is still caught.
    A hit lying wholly in the tail was reported with `previous`; one crossing the cut is reported here
    unless `previous` alone already had a hit of the same rule there."""
    tail = _tail_words(previous, segment)
    tail_text = "".join(w.text for w in tail)
    if segment.words and "".join(w.text for w in segment.words) == segment.text:
        words = [*tail, *segment.words]
    else:   # no usable word timings: spread the segment's time over its characters
        words = [*tail, type("W", (), {"text": segment.text, "start": segment.start, "end": segment.end})()]
    combined = tail_text + segment.text
    times = _char_times(words)
    base = len(tail_text)
    previous_hits = None
    out: list[ScanHit] = []
    for hit in matcher.match(combined, _uncertain_chars(words, combined), context=base):
        if hit.end <= base:
            continue
        if _too_weak_on_audio(hit):
            continue
        if hit.start < base:
            if previous_hits is None:
                # the previous segment reported only what passed the same bar: a weak span there (never a hit on
                # the queue) must not hide a claim that crosses the cut
                previous_hits = [p for p in matcher.match(previous.text) if not _too_weak_on_audio(p)]
            shift = len(previous.text) - base      # tail offset → offset in previous.text
            # reported with `previous` already: the same rule there, or the same category (the classifier's span
            # over the tail names the claim the previous segment's rule hit reported)
            if any((p.rule_id == hit.rule_id or hit.category in p.categories) and p.end > hit.start + shift
                   for p in previous_hits):
                continue
        start = times[max(0, min(hit.start, len(times) - 1))][0]
        end = times[max(0, min(hit.end - 1, len(times) - 1))][1]
        out.append(ScanHit(rule_id=hit.rule_id, category=hit.category, severity=hit.severity, basis=hit.basis,
                           matched=hit.matched, text=combined if hit.start < base else segment.text,
                           start=round(float(start), 3), end=round(float(end), 3), how=hit.how,
                           score=float(hit.score), categories=hit.categories, bases=hit.bases,
                           slots=hit.slots))
    return out


# -- the pipeline -------------------------------------------------------------------------------------

_END = object()


def _background_blocks(url: str, *, stop: threading.Event, queue_seconds: float,
                       tick: float = 1.0, **source_kwargs) -> Iterator[AudioBlock | None]:
    """open_audio in a thread, so the source is drained while the caller transcribes.
    Yields None every `tick` seconds without audio, so the caller can act on silence of the source."""
    blocks: queue.Queue = queue.Queue(maxsize=max(4, int(queue_seconds / 0.5)))

    def put(item) -> bool:
        while not stop.is_set():
            try:
                blocks.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        source = open_audio(url, stop=stop, **source_kwargs)
        try:
            for block in source:
                if not put(block):
                    return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer thread
            put(exc)
        finally:
            source.close()      # kills ffmpeg now, not whenever the generator is collected

    thread = threading.Thread(target=run, daemon=True, name="livewatch-source")
    thread.start()
    try:
        while True:
            try:
                item = blocks.get(timeout=tick)
            except queue.Empty:
                yield None
                continue
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join(timeout=5)


@dataclass
class _Event:
    block: AudioBlock | None = None
    segment: TranscriptSegment | None = None


def _events(url: str, *, transcriber, realtime: bool, on_state, stop: threading.Event | None,
            stall_timeout: float, max_reconnects: int | None, resolve, segmenter: Segmenter | None,
            latency: float | None, pack_seconds: float) -> Iterator[_Event]:
    live = realtime or is_network_url(url)
    if latency is None:
        latency = LIVE_LATENCY if live else float("inf")
    segmenter = segmenter or Segmenter()
    inner = threading.Event()
    pack: list[Utterance] = []

    def pack_size() -> float:
        return sum(len(u.samples) for u in pack) / SAMPLE_RATE

    def transcribe_pack() -> Iterator[_Event]:
        utts = list(pack)
        pack.clear()
        for seg in transcriber.transcribe_many(utts) if hasattr(transcriber, "transcribe_many") else \
                [s for u in utts for s in transcriber.transcribe(u)]:
            yield _Event(segment=seg)

    error: SourceError | None = None
    blocks = _background_blocks(url, stop=inner, queue_seconds=60.0 if not live else 600.0, realtime=realtime,
                                on_state=on_state, stall_timeout=stall_timeout, max_reconnects=max_reconnects,
                                resolve=resolve or resolver_for(url))
    last_audio = time.monotonic()
    try:
        for block in blocks:
            if stop is not None and stop.is_set():
                break
            if block is None:
                # The source went quiet (stall, reconnect): do not sit on speech heard before it.
                if time.monotonic() - last_audio >= min(latency, 3600.0):
                    pack.extend(segmenter.flush())
                    if pack:
                        yield from transcribe_pack()
                continue
            last_audio = time.monotonic()
            yield _Event(block=block)
            for utt in segmenter.feed(block):
                if pack and pack_size() + len(utt.samples) / SAMPLE_RATE > pack_seconds:
                    yield from transcribe_pack()
                pack.append(utt)
            if pack and (pack_size() >= pack_seconds or block.end - pack[0].end >= latency):
                yield from transcribe_pack()
    except SourceError as exc:
        error = exc          # transcribe what did arrive first: nothing heard is lost
    finally:
        blocks.close()
    pack.extend(segmenter.flush())
    if pack:
        yield from transcribe_pack()
    if error is not None:
        raise error


def transcript(url: str, *, transcriber, realtime: bool = False,
               on_state: Callable[[StreamState, str | None], None] | None = None,
               stop: threading.Event | None = None, stall_timeout: float = 10.0, max_reconnects: int | None = None,
               resolve: Callable[[str], str] | None = None, segmenter: Segmenter | None = None,
               latency: float | None = None, pack_seconds: float = PACK_SECONDS) -> Iterator[TranscriptSegment]:
    """Timed simplified-Chinese segments of a file or live URL."""
    for event in _events(url, transcriber=transcriber, realtime=realtime, on_state=on_state, stop=stop,
                         stall_timeout=stall_timeout, max_reconnects=max_reconnects, resolve=resolve,
                         segmenter=segmenter, latency=latency, pack_seconds=pack_seconds):
        if event.segment is not None:
            yield event.segment


def _clip_name(index: int, hit: ScanHit) -> str:
    rule = re.sub(r"[^A-Za-z0-9_.-]+", "_", hit.rule_id)[:60]
    return f"{index:04d}_{hit.start:09.2f}_{rule}{CLIP_SUFFIX}"


def scan(url: str, *, matcher, transcriber, realtime: bool = False, clips_dir: Path | None = None,
         on_state: Callable[[StreamState, str | None], None] | None = None, stop: threading.Event | None = None,
         stall_timeout: float = 10.0, max_reconnects: int | None = None, resolve: Callable[[str], str] | None = None,
         on_segment: Callable[[TranscriptSegment], None] | None = None, segmenter: Segmenter | None = None,
         latency: float | None = None, pack_seconds: float = PACK_SECONDS,
         clip_margin: float = CLIP_MARGIN) -> Iterator[ScanHit]:
    """Hits of `matcher` in the audio of `url`, in order. With `clips_dir`, each hit waits until
    `clip_margin` seconds after it have arrived, then carries its evidence clip and SHA-256."""
    ring = AudioRing(max(120.0, 2 * pack_seconds + 4 * clip_margin + 60.0)) if clips_dir else None
    pending: list[ScanHit] = []
    previous: TranscriptSegment | None = None
    written = 0

    def finish(hit: ScanHit) -> ScanHit:
        nonlocal written
        samples = ring.slice(max(0.0, hit.start - clip_margin), hit.end + clip_margin)
        if len(samples):
            path = Path(clips_dir) / _clip_name(written, hit)
            result = save_clip(samples, path)       # a failure is logged there; the hit goes out regardless
            hit.clip, hit.clip_sha256, hit.clip_missing = str(path), result.sha256, not result.ok
            written += 1
        return hit

    error: SourceError | None = None
    events = _events(url, transcriber=transcriber, realtime=realtime, on_state=on_state, stop=stop,
                     stall_timeout=stall_timeout, max_reconnects=max_reconnects, resolve=resolve,
                     segmenter=segmenter, latency=latency, pack_seconds=pack_seconds)
    try:
        for event in events:
            if event.block is not None:
                if ring is not None:
                    ring.append(event.block)
            else:
                seg = event.segment
                if on_segment is not None:
                    on_segment(seg)
                hits = locate_hits(matcher, seg, previous)
                previous = seg
                if ring is None:
                    yield from hits
                    continue
                pending.extend(hits)
            while ring is not None and pending and ring.end >= pending[0].end + clip_margin:
                yield finish(pending.pop(0))
    except SourceError as exc:
        error = exc
    # The stream ended or failed: the audio we have is all there will be.
    while pending:
        yield finish(pending.pop(0))
    if error is not None:
        raise error
