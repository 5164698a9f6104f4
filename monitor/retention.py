"""Retention: dismissed hits lose their clips, old transcripts go; confirmed evidence stays (≥ 3 years by law)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, delete, exists, select, update
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import REVIEW_STATUSES, Hit, Segment, utcnow

log = logging.getLogger(__name__)

# Transcript kept around a confirmed hit, so a reviewer can still read what was said before and after.
EVIDENCE_WINDOW = 60.0


@dataclass
class PurgeReport:
    clips_deleted: int = 0
    segments_deleted: int = 0


def purge(session: Session, clips_dir: Path, retention_days: int, *, now: datetime | None = None,
          actor: str = "system") -> PurgeReport:
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    report = PurgeReport()
    dismissed = session.execute(select(Hit.id, Hit.clip_path).where(
        Hit.status == "dismissed", Hit.clip_path.is_not(None), Hit.created_at < cutoff)).all()
    for hit_id, clip_path in dismissed:
        path = Path(clips_dir) / clip_path
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("clip not deleted", extra={"path": str(path), "error": str(exc)})
            continue
        session.execute(update(Hit).where(Hit.id == hit_id).values(clip_path=None))
        report.clips_deleted += 1

    near_confirmed = exists().where(and_(
        # Hits waiting in 二审/QA/终审 may still become confirmed: their evidence is kept too.
        Hit.stream_id == Segment.stream_id, Hit.status.in_(("confirmed",) + REVIEW_STATUSES),
        Segment.end >= Hit.start - EVIDENCE_WINDOW, Segment.start <= Hit.end + EVIDENCE_WINDOW))
    result = session.execute(delete(Segment).where(Segment.created_at < cutoff, ~near_confirmed)
                             .execution_options(synchronize_session=False))
    report.segments_deleted = result.rowcount or 0
    if report.clips_deleted or report.segments_deleted:
        audit.record(session, actor, "retention.purge", "", "", retention_days=retention_days,
                     clips_deleted=report.clips_deleted, segments_deleted=report.segments_deleted)
    return report
