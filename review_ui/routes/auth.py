"""Login and logout. Wrong passwords are counted per account; the fifth in a row locks it with backoff."""
from __future__ import annotations

import secrets
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from monitor import audit
from monitor.users import get_user, hash_password, verify_password
from review_ui import security
from review_ui.deps import CurrentUser, SessionDep

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
    user = get_user(session, username) if username else None
    throttle = request.app.state.unknown_user_throttle

    wait = security.locked_for(user) if user else throttle.locked_for(username)
    if wait:
        audit.record(session, username or "?", "login.throttled", "user", user.id if user else "", ip=client,
                     wait_seconds=wait)
        session.commit()
        return _login_page(request, error=t("login.locked", seconds=wait), username=username,
                           next_url=next_url, status=429, retry_after=wait)

    if user is None:
        verify_password(_dummy_hash(), password)   # same cost as a real check: no timing hint about names
    if user is None or not user.active or not verify_password(user.password_hash, password):
        locked = 0
        if user is not None:
            locked = security.register_failure(user)
        else:
            throttle.miss(username)
            locked = throttle.locked_for(username)
        audit.record(session, username or "?", "login_failed", "user", user.id if user else "", ip=client,
                     failed_in_a_row=user.failed_logins if user else None, locked_seconds=locked)
        session.commit()
        if locked:
            return _login_page(request, error=t("login.locked", seconds=locked), username=username,
                               next_url=next_url, status=429, retry_after=locked)
        return _login_page(request, error=t("login.bad"), username=username, next_url=next_url, status=401)

    security.register_success(user)
    audit.record(session, user.username, "login", "user", user.id, ip=client)
    session.commit()
    # A fresh session and CSRF token at the privilege change.
    request.session.clear()
    request.session["uid"] = user.id
    request.session["csrf"] = secrets.token_urlsafe(32)
    return RedirectResponse(next_url, status_code=303)


@router.post("/logout")
def logout(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    audit.record(session, user.username, "logout", "user", user.id)
    session.commit()
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
