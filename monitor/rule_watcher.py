"""The published rule base as the worker matches with it: polled, rebuilt only when a newer version appears."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

import rules
from monitor.models import RuleBaseVersion

log = logging.getLogger(__name__)


@dataclass
class RuleState:
    version: int
    matcher: object
    hotwords: str


class RuleWatcher:
    def __init__(self, factory: sessionmaker[Session], *, hotwords: bool = False,
                 second_opinion: bool = True) -> None:
        self.factory = factory
        self.second_opinion = second_opinion
        self.hotwords = hotwords        # settings.asr_hotwords: rule phrases as Whisper hotwords
        self.current: RuleState | None = None

    def poll(self) -> bool:
        """Load the newest published version if it is not the one we have; True when it changed."""
        try:
            with self.factory() as session:
                latest = session.scalar(select(func.max(RuleBaseVersion.version)))
                if latest is None or (self.current and self.current.version == latest):
                    return False
                data = session.scalar(select(RuleBaseVersion.data).where(RuleBaseVersion.version == latest))
            from monitor.scan import hotwords_for
            rule_base = rules.rule_base_from_data(data)
            # workers match transcripts: the classifier that reads sounds too (rules.classifier.load_heard)
            matcher = rules.build_matcher(rule_base, second_opinion=self.second_opinion, heard=True)
            self.current = RuleState(latest, matcher,
                                     hotwords_for(rule_base) if self.hotwords else "")
            log.info("rule base loaded", extra={"rule_version": latest})
            return True
        except Exception:  # noqa: BLE001 - keep matching with the rules we have (the database may be away)
            log.warning("rule base not loaded", exc_info=True)
            return False
