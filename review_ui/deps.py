"""Injected dependencies: the DB session, the logged-in user and role checks."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from monitor.models import ROLES, User
from monitor.settings import Settings

ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}   # reviewer < editor < admin


class NotAuthenticated(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, needed: str) -> None:
        super().__init__(needed)
        self.needed = needed


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


def get_current_user(request: Request, session: SessionDep) -> User:
    uid = request.session.get("uid")
    if not isinstance(uid, int):
        raise NotAuthenticated()
    user = session.get(User, uid)
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
    """Hit ids this reviewer claimed from this session (see crud.hits._mine for why they are kept here)."""
    value = request.session.get("claimed") or []
    return [i for i in value if isinstance(i, int)]
