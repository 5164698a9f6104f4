"""Audit log (admins read all of it, everyone else only their own actions) and user management (admin)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from monitor.models import ROLES
from monitor.users import UserError
from review_ui.crud import admin as admin_crud
from monitor.users import PasswordError
from review_ui.deps import AdminUser, ReviewerUser, SessionDep, has_role

router = APIRouter()


@router.get("/audit")
def audit_log(request: Request, session: SessionDep, user: ReviewerUser, actor: str = "", action: str = "",
              target: str = "", page: str = "1") -> Response:
    # The log holds failed-login names, IP addresses, resets and stream URLs: only admins read all of it.
    is_admin = has_role(user, "admin")
    if not is_admin:
        actor = user.username
    page_no = int(page) if page.isdigit() and len(page) < 10 else 1
    result = admin_crud.audit_page(session, actor=actor[:100], action=action[:50], target=target[:160],
                                   page=page_no)
    return request.app.state.templates.TemplateResponse(request, "audit.html", {
        "result": result, "actor": actor, "action": action, "target": target, "all_actors": is_admin})


def _message(request: Request, exc: UserError) -> str:
    if isinstance(exc, PasswordError):
        return request.app.state.templates.env.globals["t"](exc.key)
    return str(exc)


def _users_page(request: Request, session, *, error: str = "", status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(request, "users.html", {
        "users": admin_crud.list_users(session), "roles": ROLES, "error": error}, status_code=status)


@router.get("/users")
def users(request: Request, session: SessionDep, _user: AdminUser) -> Response:
    return _users_page(request, session)


@router.post("/users")
def add_user(request: Request, session: SessionDep, user: AdminUser, username: Annotated[str, Form()] = "",
             password: Annotated[str, Form()] = "", role: Annotated[str, Form()] = "reviewer") -> Response:
    try:
        admin_crud.add_user(session, username, password, role, actor=user.username)
    except UserError as exc:
        session.rollback()
        return _users_page(request, session, error=_message(request, exc), status=400)
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_id:id}")
def update_user(request: Request, session: SessionDep, user: AdminUser, user_id: int,
                role: Annotated[str, Form()] = "", active: Annotated[str, Form()] = "",
                password: Annotated[str, Form()] = "", unlock: Annotated[str, Form()] = "",
                end_sessions: Annotated[str, Form()] = "") -> Response:
    try:
        admin_crud.update_user(session, user_id, actor=user.username, role=role or None,
                               active=None if active == "" else active == "1", password=password or None,
                               unlock=unlock == "1", end_sessions=end_sessions == "1")
    except UserError as exc:
        session.rollback()
        return _users_page(request, session, error=_message(request, exc), status=400)
    return RedirectResponse("/users", status_code=303)
