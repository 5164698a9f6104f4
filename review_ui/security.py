"""Session secret, CSRF tokens and login throttling.

Sessions are Starlette's signed cookies (HttpOnly, SameSite=Lax); the session holds only the user id and
the CSRF token, so a role change or a deactivation takes effect on the very next request.
"""
from __future__ import annotations

import hmac
import os
import secrets
from datetime import datetime, timedelta
from pathlib import Path

from fastapi import Request

from monitor.models import User, utcnow

SESSION_COOKIE = "livewatch_session"
SESSION_MAX_AGE = 12 * 3600          # one working day
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Throttling: the fifth wrong password in a row locks the account briefly; every further miss doubles it.
FREE_ATTEMPTS = 4
BASE_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60


class CSRFError(Exception):
    pass


def resolve_secret_key(configured: str, data_dir: Path) -> str:
    """The configured key, else the one persisted in data_dir, else a new one written there (mode 0600)."""
    if configured:
        return configured
    path = data_dir / "secret_key"
    if path.exists():
        key = path.read_text().strip()
        if key:
            return key
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")
    return key


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use (the login form needs one before any login)."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def verify_csrf(request: Request) -> None:
    """App-wide dependency: every unsafe request carries the session's token in a header (htmx) or form field."""
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if not sent:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()   # cached by Starlette: the route's Form() fields reuse it
            value = form.get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(str(expected), str(sent)):
        raise CSRFError()


def lock_seconds(failed_in_a_row: int) -> int:
    """How long the account stays locked after this many consecutive wrong passwords (0 = not locked)."""
    if failed_in_a_row <= FREE_ATTEMPTS:
        return 0
    return min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failed_in_a_row - FREE_ATTEMPTS - 1))


def locked_for(user: User, now: datetime | None = None) -> int:
    """Seconds the account must still wait before a password is even checked."""
    now = now or utcnow()
    if user.locked_until and user.locked_until > now:
        return max(1, int((user.locked_until - now).total_seconds() + 0.999))
    return 0


def register_failure(user: User, now: datetime | None = None) -> int:
    now = now or utcnow()
    user.failed_logins = (user.failed_logins or 0) + 1
    seconds = lock_seconds(user.failed_logins)
    if seconds:
        user.locked_until = now + timedelta(seconds=seconds)
    return seconds


def register_success(user: User) -> None:
    user.failed_logins = 0
    user.locked_until = None


class UnknownUserThrottle:
    """The same backoff for names that have no account, so probing names costs as much as guessing passwords."""

    def __init__(self) -> None:
        self._misses: dict[str, tuple[int, datetime | None]] = {}

    def locked_for(self, username: str, now: datetime | None = None) -> int:
        now = now or utcnow()
        _, until = self._misses.get(username, (0, None))
        if until and until > now:
            return max(1, int((until - now).total_seconds() + 0.999))
        return 0

    def miss(self, username: str, now: datetime | None = None) -> None:
        now = now or utcnow()
        if len(self._misses) > 10_000:     # bound memory against a flood of random names
            self._misses.clear()
        count, _ = self._misses.get(username, (0, None))
        count += 1
        seconds = lock_seconds(count)
        self._misses[username] = (count, now + timedelta(seconds=seconds) if seconds else None)
