"""The audit log: everything a reviewer, editor, admin or operator changes is written here, in the same transaction."""
from __future__ import annotations

from sqlalchemy.orm import Session

from monitor.models import AuditLog


def record(session: Session, actor: str, action: str, target_type: str = "", target_id: object = "", /,
           **detail: object) -> AuditLog:
    # Positional-only: a detail may itself be called "action", "actor" or "target_id".
    entry = AuditLog(actor=actor, action=action, target_type=target_type,
                     target_id=str(target_id), detail=detail)
    session.add(entry)
    return entry
