"""Drop what Whisper invents rather than hears.

Known failure modes on Chinese livestream audio (research §1.8): subtitle-credit and "like and subscribe"
outros produced from noise, repetition loops, and low-confidence segments over non-speech.
"""
from __future__ import annotations

import re

from transcription.types import TranscriptSegment, Word

# Seen in whisper_streaming#68, WhisperLive#185 and similar threads; matched on simplified text.
# Nobody selling on a livestream says these: their presence marks the segment as invented.
OUTRO_PATTERNS = re.compile(
    "|".join([
        r"请不吝.{0,6}(点赞|订阅)",
        r"点赞.{0,4}订阅",
        r"订阅.{0,6}(频道|转发|打赏)",
        r"字幕(由|提供|志愿者|制作)",
        r"(由|本).{0,8}字幕组",
        r"amara",
        r"明镜.{0,3}点点",
        r"优优独播",
    ]),
    re.IGNORECASE,
)
# Real hosts say these too: only a segment that is (almost) nothing else is dropped.
WEAK_OUTRO_PATTERNS = re.compile(r"(感谢|谢谢)(您|你|大家)?的?(收看|观看)|中文字幕")
MIN_AVG_LOGPROB = -1.0
MAX_NO_SPEECH_PROB = 0.6
# Below this the text is noise whatever no_speech_prob says. Measured with the fitted encoder: of 329 windows' pieces
# of the labelled recordings (demo, fast-noisy, hard, shared), none real scored between -0.8 and -1.5 (two below,
# 回忍 and 参, are garbage); Whisper's inventions over digital silence of 2-5 s (请注意,请注意。 / 请问我一个问题,
# 请问我一个问题。 / 这位是普通的句子。) scored -1.41 to -1.91, with no_speech_prob only 0.43-0.52.
FLOOR_AVG_LOGPROB = -1.2
MAX_COMPRESSION_RATIO = 2.4
MAX_REPEATS = 2              # a unit said more than twice in a row is a loop


def is_low_confidence(avg_logprob: float, no_speech_prob: float, compression_ratio: float = 1.0) -> bool:
    if no_speech_prob > MAX_NO_SPEECH_PROB and avg_logprob < MIN_AVG_LOGPROB:
        return True
    return avg_logprob < FLOOR_AVG_LOGPROB or compression_ratio > MAX_COMPRESSION_RATIO


OUTRO_MAX_REST = 6           # characters besides the outro; real speech that merely contains one says more

_NOT_WORDS = re.compile(r"[\s\W_]+")


def is_outro(text: str) -> bool:
    """A subtitle-credit / like-and-subscribe outro, or a bare "thanks for watching"."""
    compact = _NOT_WORDS.sub("", text)
    if OUTRO_PATTERNS.search(compact):
        return True
    rest = WEAK_OUTRO_PATTERNS.sub("", compact)
    return len(rest) < len(compact) and len(rest) <= OUTRO_MAX_REST


def collapse_repeats(words: list[Word], max_unit: int = 4, max_repeats: int = MAX_REPEATS) -> list[Word]:
    """Cut repetition loops: a run of 1..max_unit words repeated more than `max_repeats` times in a row
    keeps its first `max_repeats` copies."""
    keys = [w.text.strip() for w in words]
    out: list[Word] = []
    i = 0
    while i < len(words):
        dropped = False
        for unit in range(1, max_unit + 1):
            seq = keys[i:i + unit]
            if len(seq) < unit or not "".join(seq):
                break
            count = 1
            while keys[i + count * unit:i + (count + 1) * unit] == seq:
                count += 1
            if count > max_repeats:
                out.extend(words[i:i + max_repeats * unit])
                i += count * unit
                dropped = True
                break
        if not dropped:
            out.append(words[i])
            i += 1
    return out


ECHO_SKIP = 2               # characters of the prompt's start Whisper may mishear in an echo (以下 → 这位)
ECHO_MIN = 4                # a shorter rest of the prompt is too common a phrase to drop a segment for


def is_prompt_echo(text: str, prompt: str | None) -> bool:
    """The initial prompt written back over silence: with the encoder fitted to a short window, Whisper sometimes
    echoes it (以下是普通话的句子 heard as 这位是普通话的句子)."""
    rest = _NOT_WORDS.sub("", prompt or "")[ECHO_SKIP:]
    return len(rest) >= ECHO_MIN and rest in _NOT_WORDS.sub("", text)


def clean_segment(segment: TranscriptSegment, prompt: str | None = None) -> TranscriptSegment | None:
    """The segment without loops, or None when it is a hallucination as a whole (`prompt`: the decoder's
    initial prompt, whose echo is one)."""
    if not segment.text.strip() or is_outro(segment.text) or is_prompt_echo(segment.text, prompt):
        return None
    if not segment.words:
        return segment
    words = collapse_repeats(segment.words)
    if len(words) == len(segment.words):
        return segment
    return TranscriptSegment(start=words[0].start, end=words[-1].end, text="".join(w.text for w in words).strip(),
                             words=words, avg_logprob=segment.avg_logprob, no_speech_prob=segment.no_speech_prob)
