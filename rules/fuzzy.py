"""Near-miss matching for long phrases (a word inserted or dropped, one syllable misheard).

Runs on the folded-pinyin encoding, so homophones and small edits are tolerated together. Only
phrases of at least MIN_SYLLABLES syllables take part (short phrases would match everything), and
rapidfuzz only sees phrases that share enough syllable trigrams with the text: never a full
phrases x text cross product. (Trigrams, not bigrams: with ~300 folded syllables a few thousand
phrases already cover most syllable bigrams, and the prefilter would stop filtering.)
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

MIN_SYLLABLES = 6
SCORE_CUTOFF = 85.0
CHUNK = 200


@dataclass(frozen=True)
class FuzzyHit:
    phrase_id: int
    start: int      # index into the encoded text
    end: int
    score: float    # 0..100


class FuzzyIndex:
    def __init__(self, encoded_phrases: dict[int, str]):
        self.phrases = {pid: enc for pid, enc in encoded_phrases.items() if len(enc) >= MIN_SYLLABLES}
        self.by_gram: dict[str, list[int]] = {}
        self.need: dict[int, int] = {}
        for pid, enc in self.phrases.items():
            grams = {enc[i:i + 3] for i in range(len(enc) - 2)}
            # One misheard or inserted syllable breaks at most three trigrams; demand the rest.
            self.need[pid] = max(1, len(grams) - 3)
            for g in grams:
                self.by_gram.setdefault(g, []).append(pid)
        self.keys = frozenset(self.by_gram)
        self.longest = max((len(e) for e in self.phrases.values()), default=0)

    def search(self, enc: str) -> list[FuzzyHit]:
        if not self.phrases or len(enc) < MIN_SYLLABLES - 1:
            return []
        hits: list[FuzzyHit] = []
        step = CHUNK
        overlap = self.longest + 4
        for lo in range(0, max(1, len(enc) - overlap), step):
            chunk = enc[lo:lo + step + overlap]
            grams = {chunk[i:i + 3] for i in range(len(chunk) - 2)} & self.keys
            if not grams:
                continue
            counts: dict[int, int] = {}
            for g in grams:
                for pid in self.by_gram[g]:
                    counts[pid] = counts.get(pid, 0) + 1
            for pid, c in counts.items():
                if c < self.need[pid]:
                    continue
                al = fuzz.partial_ratio_alignment(self.phrases[pid], chunk, score_cutoff=SCORE_CUTOFF)
                if al is not None and al.dest_end > al.dest_start:
                    hits.append(FuzzyHit(pid, lo + al.dest_start, lo + al.dest_end, al.score))
        return hits
