"""Session secret, CSRF tokens, login throttling, security headers and what lower roles may see.

The session cookie is Starlette's signed cookie, but it carries only an opaque random token (or, before
login, the login form's CSRF token); who is logged in, their CSRF token and their claimed batch live in the
`web_sessions` table (monitor.user_sessions), so the server can end a session.
"""
from __future__ import annotations

import hmac
import os
import secrets
import threading
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from fastapi import Request
from sqlalchemy import case, or_, update
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from monitor.models import User, utcnow
# SESSION_MAX_AGE is defined beside the session lookup in deps; app.py takes it from here with the cookie name.
from review_ui.deps import SESSION_MAX_AGE, NotAuthenticated, has_role, load_web_session  # noqa: F401

SESSION_COOKIE = "livewatch_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Throttling: the fifth wrong password in a row locks the account briefly; every further miss doubles it.
FREE_ATTEMPTS = 4
BASE_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60

# No inline script or style anywhere (htmx's own indicator style is switched off in base.html); media and
# fetches only from this origin; nobody may frame the UI.
# The one inline style allowed is the <style> wavesurfer.js (static/vendor/wavesurfer) writes into its shadow
# root, by its hash: it is fixed text (static/waveform.js pins the height it contains). A new wavesurfer
# version or height changes it; the CSP browser test then names the new hash.
WAVESURFER_STYLE = "'sha256-Y/8t1dAKa3ay+RZEiEFEDr8dFiQhpaFvYXXUfT3p6ZU='"
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; "
                           f"style-src 'self' {WAVESURFER_STYLE}; img-src 'self' data:; "
                           "media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")


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
    """The login session's CSRF token; before login, one kept in the cookie (the login form needs one)."""
    info = load_web_session(request)
    if info is not None:
        return info.csrf
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def verify_csrf(request: Request) -> None:
    """App-wide dependency: every unsafe request carries the session's token in a header (htmx) or form field.

    A cookie naming a session that has ended is answered 401 (not a CSRF 403): the browser is logged out."""
    if request.method in SAFE_METHODS:
        return
    if "sid" in request.session:
        info = await run_in_threadpool(load_web_session, request)
        if info is None:
            raise NotAuthenticated()
        expected = info.csrf
    else:
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


# -- login throttling ------------------------------------------------------------------------------------

def lock_seconds(failed_in_a_row: int) -> int:
    """How long the account stays locked after this many consecutive wrong passwords (0 = not locked)."""
    if failed_in_a_row <= FREE_ATTEMPTS:
        return 0
    return min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** min(30, failed_in_a_row - FREE_ATTEMPTS - 1))


def _seconds_left(until: datetime | None, now: datetime) -> int:
    if until and until > now:
        return max(1, int((until - now).total_seconds() + 0.999))
    return 0


def _lock_until_expr(now: datetime):
    """SQL for "the lock an attempt numbered failed_logins + 1 leaves behind", as precomputed times: the
    backoff is a short table, so it needs no date arithmetic in SQL (which SQLite and PostgreSQL spell apart)."""
    n = User.failed_logins + 1
    steps = []
    attempt = FREE_ATTEMPTS + 1
    while lock_seconds(attempt) < MAX_LOCK_SECONDS:
        steps.append((n == attempt, now + timedelta(seconds=lock_seconds(attempt))))
        attempt += 1
    return case((n <= FREE_ATTEMPTS, User.locked_until), *steps,
                else_=now + timedelta(seconds=MAX_LOCK_SECONDS))


def begin_attempt(session: Session, username: str, now: datetime | None = None):
    """Count a login attempt before its password is checked, atomically with the lock check.

    Returns (row, locked_seconds): row is (id, password_hash, active, failed_logins) or None for an unknown
    name. Each attempt gets its own number from one UPDATE … RETURNING; the attempt that reaches the
    threshold locks the account in that same statement, so attempts racing it find it locked and are
    refused unchecked (20 parallel guesses get 5 password checks, and the counter says 20). A right password
    then clears the counter (`login_succeeded`)."""
    now = now or utcnow()
    cols = (User.id, User.password_hash, User.active, User.failed_logins, User.locked_until)
    for _ in range(3):
        free = session.execute(
            update(User).where(User.username == username,
                               or_(User.locked_until.is_(None), User.locked_until <= now))
            .values(failed_logins=User.failed_logins + 1, locked_until=_lock_until_expr(now))
            .returning(*cols).execution_options(synchronize_session=False)).first()
        if free is not None:
            session.commit()
            return free, 0
        locked = session.execute(
            update(User).where(User.username == username, User.locked_until > now)
            .values(failed_logins=User.failed_logins + 1)
            .returning(*cols).execution_options(synchronize_session=False)).first()
        session.commit()
        if locked is not None:
            return locked, _seconds_left(locked.locked_until, now)
        if session.query(User.id).filter(User.username == username).first() is None:
            return None, 0
        # The lock ran out between the two statements: count the attempt again as a free one.
    return None, 0


def login_succeeded(session: Session, user_id: int) -> None:
    session.execute(update(User).where(User.id == user_id).values(failed_logins=0, locked_until=None)
                    .execution_options(synchronize_session=False))


class UnknownUserThrottle:
    """The same backoff for names that have no account, so probing names costs as much as guessing passwords."""

    def __init__(self) -> None:
        self._misses: dict[str, tuple[int, datetime | None]] = {}
        self._lock = threading.RLock()     # attempt() holds it across miss() and locked_for()

    def locked_for(self, username: str, now: datetime | None = None) -> int:
        with self._lock:
            _, until = self._misses.get(username, (0, None))
        return _seconds_left(until, now or utcnow())

    def miss(self, username: str, now: datetime | None = None) -> None:
        now = now or utcnow()
        with self._lock:
            if len(self._misses) > 10_000:     # bound memory against a flood of random names
                self._misses.clear()
            count, _ = self._misses.get(username, (0, None))
            count += 1
            seconds = lock_seconds(count)
            self._misses[username] = (count, now + timedelta(seconds=seconds) if seconds else None)

    def attempt(self, username: str, now: datetime | None = None) -> int:
        """Check and count an attempt on an unknown name under one lock; the seconds it is locked for
        (a locked name's attempt counts too, as for accounts)."""
        now = now or utcnow()
        with self._lock:
            count, until = self._misses.get(username, (0, None))
            if until and until > now:
                self._misses[username] = (count + 1, until)
                return _seconds_left(until, now)
            self.miss(username, now)
            return self.locked_for(username, now)


# -- what each role sees ---------------------------------------------------------------------------------

def redact_url(url: str) -> str:
    """A stream URL without its secrets: query string (tokens, signatures) as `?…`, no user:password@."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "…"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "…@" + netloc.rsplit("@", 1)[1]
    query = "…" if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def shown_url(url: str | None, user: User | None) -> str:
    """The stream URL as this user may see it: whole for admins, redacted for everyone else."""
    if not url:
        return ""
    return url if user is not None and has_role(user, "admin") else redact_url(url)


# -- response headers ------------------------------------------------------------------------------------

class SecurityHeaders:
    """Pure-ASGI middleware: CSP, no framing, nosniff, same-origin referrers on every response, and
    `Cache-Control: no-store` on pages, exports and evidence (static CSS/JS may still be cached)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                extra = [(b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                         (b"x-content-type-options", b"nosniff"),
                         (b"x-frame-options", b"DENY"),
                         (b"referrer-policy", b"same-origin")]
                # Pages, CSV, evidence ZIPs and clips hold reviewed evidence and personal data: no browser or
                # proxy keeps them. Only the static CSS/JS may be cached.
                if not scope["path"].startswith("/static/"):
                    headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"]
                    extra.append((b"cache-control", b"no-store"))
                names = {k.lower() for k, _ in headers}
                message["headers"] = headers + [(k, v) for k, v in extra if k not in names]
            await send(message)

        await self.app(scope, receive, with_headers)
