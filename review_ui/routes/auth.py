"""Login and logout. Every attempt is counted before its password is checked (see security.begin_attempt);
the fifth wrong one in a row locks the account with backoff."""
from __future__ import annotations

import secrets
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from monitor import audit, user_sessions
from monitor.users import hash_password, verify_password
from review_ui import security
from review_ui.deps import CurrentUser, SessionDep, load_web_session

router = APIRouter()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def _safe_next(target: str | None) -> str:
    # Only same-site paths: "//evil.example" and "/\evil" would leave the site.
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _login_page(request: Request, *, error: str = "", username: str = "", next_url: str = "/",
                status: int = 200, retry_after: int = 0) -> Response:
    templates = request.app.state.templates
    response = templates.TemplateResponse(
        request, "login.html", {"error": error, "username": username, "next": next_url}, status_code=status)
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_url=_safe_next(next))


@router.post("/login")
def login(request: Request, session: SessionDep, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    t = request.app.state.templates.env.globals["t"]
    username = username.strip()[:100]
    next_url = _safe_next(next)
    client = request.client.host if request.client else ""

    row, wait = security.begin_attempt(session, username) if username else (None, 0)
    if row is None:
        wait = request.app.state.unknown_user_throttle.attempt(username)
    if wait and row is not None:
        # Locked before this attempt: refused without checking the password, but after the same argon2 work
        # as any other answer, so a locked account and a throttled unknown name look alike.
        verify_password(_dummy_hash(), password)
        audit.record(session, username, "login.throttled", "user", row.id, ip=client, wait_seconds=wait,
                     failed_in_a_row=row.failed_logins)
        session.commit()
        return _login_page(request, error=t("login.locked", seconds=wait), username=username,
                           next_url=next_url, status=429, retry_after=wait)

    # The same argon2 work for unknown names, deactivated and active accounts: no timing hint about either.
    right = verify_password(row.password_hash if row is not None else _dummy_hash(), password)
    if row is None or not row.active or not right:
        if row is not None:
            locked = security.lock_seconds(row.failed_logins)
        else:
            locked = wait
        audit.record(session, username or "?", "login_failed", "user", row.id if row is not None else "",
                     ip=client, failed_in_a_row=row.failed_logins if row is not None else None,
                     locked_seconds=locked, inactive=True if row is not None and not row.active else None)
        session.commit()
        if locked:
            return _login_page(request, error=t("login.locked", seconds=locked), username=username,
                               next_url=next_url, status=429, retry_after=locked)
        return _login_page(request, error=t("login.bad"), username=username, next_url=next_url, status=401)

    security.login_succeeded(session, row.id)
    previous = load_web_session(request, session)
    if previous is not None:
        user_sessions.revoke_one(session, previous.id)
    token, _ = user_sessions.start(session, row.id, ip=client)
    audit.record(session, username, "login", "user", row.id, ip=client)
    session.commit()
    # A fresh session (new token, new CSRF token) at the privilege change; the cookie holds only the token.
    request.session.clear()
    request.session["sid"] = token
    request.state.web_session = None
    return RedirectResponse(next_url, status_code=303)


@router.post("/logout")
def logout(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    audit.record(session, user.username, "logout", "user", user.id)
    user_sessions.revoke_all(session, user.id, user.username, "logout")
    session.commit()
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
