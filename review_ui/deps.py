"""Injected dependencies: the DB session, the login session, the logged-in user and role checks."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.convertors import IntegerConvertor, register_url_convertor

from monitor import user_sessions
from monitor.models import ROLES, User
from monitor.settings import Settings

ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}   # reviewer < editor < admin
SESSION_MAX_AGE = 12 * 3600          # one working day, however active
SESSION_IDLE = 4 * 3600              # a session nobody used for this long is over


class IdConvertor(IntegerConvertor):
    """`{x:id}` in a route: at most 18 digits, so every id that matches fits a BIGINT; longer ones are 404."""
    regex = "[0-9]{1,18}"


register_url_convertor("id", IdConvertor())


class NotAuthenticated(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, needed: str) -> None:
        super().__init__(needed)
        self.needed = needed


@dataclass
class WebSessionInfo:
    """What a request needs of its login session, copied out of the row (usable after the DB session closes)."""
    id: str
    user_id: int
    csrf: str
    claimed: list[int] = field(default_factory=list)


def get_db(request: Request) -> Iterator[Session]:
    session = request.app.state.session_factory()
    try:
        yield session
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_db)]


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]

_UNSET = object()


def load_web_session(request: Request, db: Session | None = None) -> WebSessionInfo | None:
    """The live login session named by the cookie (once per request), else None; a dead one leaves the cookie."""
    cached = getattr(request.state, "web_session", _UNSET)
    if cached is not _UNSET:
        return cached
    token = request.session.get("sid")
    info = None
    if isinstance(token, str):
        own = db is None
        db = db or request.app.state.session_factory()
        try:
            row = user_sessions.find(db, token, max_age=timedelta(seconds=SESSION_MAX_AGE),
                                     idle=timedelta(seconds=SESSION_IDLE))
            if row is not None:
                info = WebSessionInfo(row.id, row.user_id, row.csrf,
                                      [i for i in (row.claimed or []) if isinstance(i, int)])
        finally:
            if own:
                db.close()
        if info is None:
            request.session.clear()     # revoked or expired: the browser gets an anonymous cookie back
            request.state.stale_session = True
    request.state.web_session = info
    return info


def get_current_user(request: Request, session: SessionDep) -> User:
    info = load_web_session(request, session)
    if info is None:
        raise NotAuthenticated()
    user = session.get(User, info.user_id)
    if user is None or not user.active:
        request.session.clear()
        raise NotAuthenticated()
    request.state.user = user
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def has_role(user: User, role: str) -> bool:
    return ROLE_RANK.get(user.role, -1) >= ROLE_RANK[role]


def require_role(role: str) -> Callable[[User], User]:
    if role not in ROLE_RANK:
        raise ValueError(f"unknown role {role!r}")

    def check(user: CurrentUser) -> User:
        if not has_role(user, role):
            raise Forbidden(role)
        return user

    return check


ReviewerUser = Annotated[User, Depends(require_role("reviewer"))]
EditorUser = Annotated[User, Depends(require_role("editor"))]
AdminUser = Annotated[User, Depends(require_role("admin"))]


def claimed_ids(request: Request) -> list[int]:
    """Hit ids this reviewer claimed in this login session, kept server-side (see crud.hits._mine for why)."""
    info = load_web_session(request)
    return list(info.claimed) if info else []


def remember_claimed(request: Request, db: Session, ids: list[int]) -> None:
    info = load_web_session(request, db)
    if info is None:
        return
    info.claimed = list(ids)
    user_sessions.set_claimed(db, info.id, info.claimed)
