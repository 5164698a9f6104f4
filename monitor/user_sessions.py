"""Review UI login sessions kept in the database, so that they can be ended from the server.

The browser holds only a random token; the row is found by the token's SHA-256. Logout, a password reset, a
role change and a deactivation revoke every session of the user at once (`revoke_all`).
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import WebSession, utcnow

# A write per request would make every page view a database write; the last-seen time only needs minutes.
TOUCH_EVERY = timedelta(seconds=60)


def token_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def start(session: Session, user_id: int, ip: str = "", keep: timedelta = timedelta(days=30)) -> tuple[str, WebSession]:
    """A new session for the user: (the cookie's token, the row). The caller commits.

    Rows older than `keep` are dropped here: logins are rare enough to carry that cleaning."""
    session.execute(delete(WebSession).where(WebSession.created_at < utcnow() - keep)
                    .execution_options(synchronize_session=False))
    token = secrets.token_urlsafe(32)
    row = WebSession(id=token_id(token), user_id=user_id, csrf=secrets.token_urlsafe(32), claimed=[],
                     ip=ip[:64])
    session.add(row)
    session.flush()
    return token, row


def find(session: Session, token: str, *, max_age: timedelta, idle: timedelta,
         now: datetime | None = None) -> WebSession | None:
    """The live session of this token, or None when it is unknown, revoked, too old or idle too long."""
    if not token or len(token) > 200:
        return None
    now = now or utcnow()
    row = session.get(WebSession, token_id(token))
    if row is None or row.revoked_at is not None or row.created_at < now - max_age \
            or row.last_seen_at < now - idle:
        return None
    if row.last_seen_at < now - TOUCH_EVERY:
        row.last_seen_at = now
        session.commit()
    return row


def revoke_all(session: Session, user_id: int, actor: str, why: str) -> int:
    """End every live session of the user (audited); returns how many. The caller commits."""
    result = session.execute(
        update(WebSession).where(WebSession.user_id == user_id, WebSession.revoked_at.is_(None))
        .values(revoked_at=utcnow()).execution_options(synchronize_session="fetch"))
    count = result.rowcount or 0
    audit.record(session, actor, "session.revoke", "user", user_id, why=why, sessions=count)
    return count


def set_claimed(session: Session, session_id: str, ids: list[int]) -> None:
    session.execute(update(WebSession).where(WebSession.id == session_id).values(claimed=list(ids))
                    .execution_options(synchronize_session=False))
    session.commit()


def revoke_one(session: Session, session_id: str) -> None:
    session.execute(update(WebSession).where(WebSession.id == session_id, WebSession.revoked_at.is_(None))
                    .values(revoked_at=utcnow()).execution_options(synchronize_session=False))

