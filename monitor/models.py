"""Database schema (SQLAlchemy 2.0). Alembic migrations in monitor/migrations mirror it.

Times are UTC, naive `datetime`s in the DB; media times are seconds since the stream started.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


# offline: off air longer than `offline_after_seconds`; still retried (with backoff), shown apart from stalled.
STREAM_STATES = ("idle", "connecting", "live", "stalled", "offline", "ended", "failed")
HIT_STATUSES = ("pending", "confirmed", "dismissed")
# Hit.severity_rank: severities as sortable numbers, so the queue can order "most severe first" on an index.
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}
ROLES = ("reviewer", "editor", "admin")


class Stream(Base):
    __tablename__ = "streams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    platform: Mapped[str] = mapped_column(String(50), default="")
    shop: Mapped[str] = mapped_column(String(200), default="")       # shop / streamer account
    realtime: Mapped[bool] = mapped_column(Boolean, default=False)   # read a file at its natural pace
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(20), default="idle")
    state_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_segment_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Media second up to which every utterance is stored; a takeover skips ASR before it.
    checkpoint: Mapped[float] = mapped_column(Float, default=0.0)
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Outages (stalled/reconnecting after having been live), for the streams page and /metrics.
    outages: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    outage_seconds: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    last_outage_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Wall time of the newest audio the lease holder had (written with each renewal): a takeover counts the
    # outage from here, not from its own claim.
    last_audio_at: Mapped[datetime | None] = mapped_column(DateTime)

    hits: Mapped[list["Hit"]] = relationship(back_populates="stream")


class Segment(Base):
    """One transcribed utterance (simplified text)."""
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("stream_id", "start_ms", name="uq_segment_stream_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stream_id: Mapped[int] = mapped_column(ForeignKey("streams.id", ondelete="CASCADE"), index=True)
    start_ms: Mapped[int] = mapped_column(Integer)
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    avg_logprob: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    worker_id: Mapped[str | None] = mapped_column(String(200))   # provenance: which worker stored it
    rule_version: Mapped[int | None] = mapped_column(Integer)     # rule base it was matched with
    # Word timings [[start, end, text], …]: a worker taking the stream over matches across the cut exactly
    # as the previous worker would have.
    words: Mapped[list | None] = mapped_column(JSON)


class RuleBaseVersion(Base):
    __tablename__ = "rule_base_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    checksum: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict | list] = mapped_column(JSON)   # rules.rule_base_snapshot() dict; old rows: a list of rules
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="system")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RuleDraft(Base):
    """The editors' working copy of the rule base; publishing turns it into a RuleBaseVersion."""
    __tablename__ = "rule_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict | list] = mapped_column(JSON)   # same shape as RuleBaseVersion.data
    updated_by: Mapped[str] = mapped_column(String(100), default="system")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def _own_utterance(context) -> int | None:
    return context.get_current_parameters().get("start_ms")


class Hit(Base):
    __tablename__ = "hits"
    # Idempotency key (monitor.store.hit_key: rule, normalised phrase, start rounded to 1 s): a re-scan, a
    # takeover or a retry cannot store a copy, even when Whisper's timing moves by a few hundredths.
    __table_args__ = (
        UniqueConstraint("stream_id", "idem_key", name="uq_hit_stream_key"),
        Index("ix_hits_queue", "status", "severity_rank", "created_at"),
        Index("ix_hits_status_created", "status", "created_at"),
        # Utterance groups (issue 10): the queue finds a hit's siblings by (stream, utterance start).
        Index("ix_hits_utterance", "stream_id", "utterance_ms"),
        # Live claims only (an expiry in the future): the queue count leaves out others' claims cheaply.
        Index("ix_hits_claim_expires", "claim_expires_at"),
        Index("ix_hits_reviewer_decided", "reviewer", "decided_at"),
        # The match-method filter: its count, and its newest/oldest pages in index order (no sort).
        Index("ix_hits_status_how", "status", "how", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stream_id: Mapped[int] = mapped_column(ForeignKey("streams.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[str] = mapped_column(String(100), index=True)
    rule_version: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(50), index=True)
    severity: Mapped[str] = mapped_column(String(10))
    severity_rank: Mapped[int] = mapped_column(Integer, default=1)  # high=3, medium=2, low=1: sortable
    basis: Mapped[str] = mapped_column(Text)
    matched: Mapped[str] = mapped_column(Text)
    how: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    segment_text: Mapped[str] = mapped_column(Text)          # the utterance the phrase is in
    context: Mapped[str] = mapped_column(Text, default="")    # transcript around it (previous + current + next)
    start_ms: Mapped[int] = mapped_column(Integer)
    start: Mapped[float] = mapped_column(Float)               # media seconds of the phrase
    end: Mapped[float] = mapped_column(Float)
    spoken_at: Mapped[datetime | None] = mapped_column(DateTime)     # wall-clock time of the phrase
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)  # when the row was committed
    clip_path: Mapped[str | None] = mapped_column(Text)       # relative to settings.clips_path
    clip_sha256: Mapped[str | None] = mapped_column(String(64))
    clip_offset: Mapped[float] = mapped_column(Float, default=0.0)  # seconds into the clip where the phrase starts
    status: Mapped[str] = mapped_column(String(20), default="pending")
    reviewer: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claim_expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    idem_key: Mapped[str | None] = mapped_column(String(300))
    categories: Mapped[list] = mapped_column(JSON, default=list)    # every category broken, primary first
    bases: Mapped[list] = mapped_column(JSON, default=list)         # the basis of each category
    slots: Mapped[list] = mapped_column(JSON, default=list)         # frame hits: [{"slot", "text"}, …]
    clip_missing: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Media ms where the hit's utterance (segment) starts: hits sharing (stream_id, utterance_ms) are one
    # queue row and one decision. Rows written without it form a group of their own (their start_ms).
    utterance_ms: Mapped[int | None] = mapped_column(Integer, default=_own_utterance)

    stream: Mapped[Stream] = relationship(back_populates="hits")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))           # username, or "system"/"cli"
    action: Mapped[str] = mapped_column(String(50), index=True)   # login, login_failed, hit.confirm, rule.publish …
    target_type: Mapped[str] = mapped_column(String(50), default="")
    target_id: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class OutboxMessage(Base):
    """Durable webhook outbox: written in the hit's transaction, delivered with retries by a sender thread."""
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    hit_id: Mapped[int | None] = mapped_column(ForeignKey("hits.id", ondelete="SET NULL"))
    url: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class WorkerHeartbeat(Base):
    """Live workers and their counters, for /metrics and the streams page."""
    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)   # host:pid:random
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    stats: Mapped[dict] = mapped_column(JSON, default=dict)   # segments, audio seconds, asr seconds, takeovers …


class WebSession(Base):
    """A review UI login. The cookie carries only a random token; this row (keyed by the token's SHA-256, so
    a database reader cannot replay it) holds who it is, the CSRF token and the claimed batch, and is revoked
    at logout, password reset, role change or deactivation."""
    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)      # sha256 hex of the cookie's token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    claimed: Mapped[list] = mapped_column(JSON, default=list)          # hit ids of this session's batch
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    ip: Mapped[str] = mapped_column(String(64), default="")


# Review workflow (review_ui/crud/review_flow.py). A decision that waits for a second pair of eyes keeps the hit
# out of "confirmed"/"dismissed", so exports, confirm rates and shop tiers count only final decisions.
REVIEW_STATUSES = ("confirmed_pending", "dismissed_pending", "disputed")   # 二审, QA, 终审
REVIEW_KINDS = ("second", "qa")
REVIEW_TASK_STATES = ("open", "agreed", "disputed", "resolved", "superseded")


class ReviewTask(Base):
    """One decision under review: a confirmation waiting for 二审 or a sampled dismissal waiting for QA, and,
    when the second reviewer disagrees, the admin's 终审. Each step's who, what and why stays on the row."""
    __tablename__ = "review_tasks"
    __table_args__ = (Index("ix_review_tasks_queue", "state", "kind", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hit_id: Mapped[int] = mapped_column(ForeignKey("hits.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))             # second | qa
    state: Mapped[str] = mapped_column(String(12), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    first_reviewer: Mapped[str] = mapped_column(String(100))
    first_status: Mapped[str] = mapped_column(String(20))     # confirmed | dismissed
    first_reason: Mapped[str | None] = mapped_column(String(100))
    first_note: Mapped[str | None] = mapped_column(Text)
    first_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    second_reviewer: Mapped[str | None] = mapped_column(String(100))
    second_status: Mapped[str | None] = mapped_column(String(20))
    second_reason: Mapped[str | None] = mapped_column(String(100))
    second_note: Mapped[str | None] = mapped_column(Text)
    second_at: Mapped[datetime | None] = mapped_column(DateTime)
    final_by: Mapped[str | None] = mapped_column(String(100))
    final_status: Mapped[str | None] = mapped_column(String(20))
    final_reason: Mapped[str | None] = mapped_column(String(100))
    final_note: Mapped[str | None] = mapped_column(Text)
    final_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReviewPolicy(Base):
    """The admin's edit of the review rules (one row, id 1); without it the settings' defaults apply."""
    __tablename__ = "review_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    second_review: Mapped[dict] = mapped_column(JSON, default=dict)   # category -> lowest severity needing 二审
    qa_sample_rate: Mapped[float] = mapped_column(Float, default=0.0)
    updated_by: Mapped[str] = mapped_column(String(100), default="system")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# A hit's decision history (the hit page's 审核记录) reads the audit log by target: without this index that is
# a scan of the whole log on every hit page.
Index("ix_audit_log_target", AuditLog.target_type, AuditLog.target_id)
