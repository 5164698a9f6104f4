"""Audit log listing and user management (admin)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor import audit, user_sessions
from monitor.models import ROLES, AuditLog, User
from monitor.users import UserError, check_password, create_user, hash_password

AUDIT_PAGE = 100


@dataclass
class AuditPage:
    entries: list[AuditLog]
    page: int
    pages: int
    actions: list[str]


def audit_page(session: Session, *, actor: str = "", action: str = "", target: str = "",
               page: int = 1) -> AuditPage:
    stmt = select(AuditLog)
    count = select(func.count(AuditLog.id))
    for column, value in ((AuditLog.actor, actor), (AuditLog.action, action)):
        if value:
            stmt, count = stmt.where(column == value), count.where(column == value)
    if target:
        target_type, _, target_id = target.partition(":")
        stmt, count = stmt.where(AuditLog.target_type == target_type), count.where(AuditLog.target_type == target_type)
        if target_id:
            stmt, count = stmt.where(AuditLog.target_id == target_id), count.where(AuditLog.target_id == target_id)
    total = session.scalar(count) or 0
    pages = max(1, -(-total // AUDIT_PAGE))
    page = min(max(1, page), pages)
    entries = list(session.scalars(stmt.order_by(AuditLog.at.desc(), AuditLog.id.desc())
                                   .limit(AUDIT_PAGE).offset((page - 1) * AUDIT_PAGE)))
    actions = list(session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))
    return AuditPage(entries, page, pages, actions)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def add_user(session: Session, username: str, password: str, role: str, *, actor: str) -> User:
    user = create_user(session, username.strip(), password, role, actor=actor)
    session.commit()
    return user


def update_user(session: Session, user_id: int, *, actor: str, role: str | None = None,
                active: bool | None = None, password: str | None = None, unlock: bool = False,
                end_sessions: bool = False) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise UserError(f"no user with id {user_id}")
    if user.username == actor and (active is False or (role and role != "admin")):
        raise UserError("admins cannot demote or deactivate themselves")
    changes: dict[str, object] = {}
    if role is not None and role != user.role:
        if role not in ROLES:
            raise UserError(f"role must be one of {', '.join(ROLES)}")
        changes["role"] = [user.role, role]
        user.role = role
    if active is not None and active != user.active:
        changes["active"] = active
        user.active = active
    if password:
        check_password(password, user.username)
        user.password_hash = hash_password(password)
        changes["password"] = "reset"
    if unlock:
        user.failed_logins, user.locked_until = 0, None
        changes["unlocked"] = True
    if changes:
        audit.record(session, actor, "user.update", "user", user.id, username=user.username, **changes)
    # What a session may do was decided at its login: after any of these the user logs in again.
    if {"role", "active", "password"} & changes.keys():
        user_sessions.revoke_all(session, user.id, actor, "+".join(sorted({"role", "active", "password"} & changes.keys())))
    elif end_sessions:      # a lost laptop, a shared PC left logged in: out everywhere, password unchanged
        user_sessions.revoke_all(session, user.id, actor, "ended")
    session.commit()
    return user
