"""How far behind real time each stream is, and which streams the ASR decodes cheaply to catch up.

Lag is measured in media seconds: "now" on the stream's own clock (wall time since its `wall_origin`) minus
the oldest point of its audio whose processing is unfinished — the end of the oldest utterance still waiting
for (or inside) the ASR or the database, else the end of the newest decoded block (the ingestion thread's own
backlog). It is the latency a hit in that utterance will have at least; files read faster than real time
have no lag (no wall clock to be behind).

Shedding is per stream and has hysteresis, so it is predictable: a stream whose ASR lag reaches `shed_after`
is decoded with the cheap beam until its lag is back under `recover_below`. If a stream is still behind by
`all_after` while shed, shedding the laggards alone did not suffice (the host is over capacity) and every
stream is shed until all of them have recovered.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


def stream_lag(now_media: float, received_end: float | None, unfinished_ends: Iterable[float]) -> float:
    """Seconds the stream's processing is behind its real-time clock (never negative)."""
    behind = [end for end in unfinished_ends]
    if received_end is not None:
        behind.append(received_end)
    if not behind:
        return 0.0       # nothing received yet: connecting, not lagging
    return max(0.0, now_media - min(behind))


@dataclass
class ShedPolicy:
    beam_size: int = 5              # the configured beam
    shed_beam_size: int = 1         # what a lagging stream is decoded with
    shed_after: float = 6.0         # ASR lag (s) at which a stream is shed
    recover_below: float = 3.0      # ... and at which it gets the full beam back
    all_after: float = 10.0         # a shed stream this far behind: shed every stream

    @property
    def active(self) -> bool:
        return self.shed_beam_size < self.beam_size and self.shed_after > 0


@dataclass
class Shedder:
    policy: ShedPolicy
    shed: set = field(default_factory=set)     # stream keys decoded with the cheap beam
    everyone: bool = False                     # over capacity: all streams shed

    def update(self, lags: Mapping[object, float | None]) -> tuple[set, set]:
        """Feed the current ASR lag of every held stream (None = not realtime); returns (newly shed, recovered)."""
        if not self.policy.active:
            return set(), set()
        before = set(self.shed)
        known = {key: lag for key, lag in lags.items() if lag is not None}
        lagging = {key for key, lag in known.items() if lag >= self.policy.shed_after}
        recovered = {key for key, lag in known.items() if lag <= self.policy.recover_below}
        if any(known.get(key, 0.0) >= self.policy.all_after for key in before):
            self.everyone = True
        elif self.everyone and all(lag <= self.policy.recover_below for lag in known.values()):
            self.everyone = False
        if self.everyone:
            self.shed = set(lags)
        else:
            self.shed = ((before | lagging) - recovered) & set(lags)
        return self.shed - before, before - self.shed

    def beam_for(self, key: object) -> int:
        return self.policy.shed_beam_size if key in self.shed else self.policy.beam_size
