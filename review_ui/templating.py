"""The Jinja2 environment: autoescaping on, UI strings, local-time and category filters."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.templating import Jinja2Templates

from monitor.settings import Settings
from review_ui import security
from review_ui.deps import has_role
from review_ui.highlight import split_highlight
from review_ui.i18n import translator

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def to_local(value: datetime | None, tz: ZoneInfo) -> datetime | None:
    """DB times are naive UTC; people read them in the configured zone (Asia/Shanghai)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(tz)


def make_templates(settings: Settings) -> Jinja2Templates:
    tz = ZoneInfo(settings.timezone)
    t = translator(settings.language)

    def page_context(request: Request) -> dict:
        user = getattr(request.state, "user", None)
        return {
            "user": user,
            "csrf_token": security.csrf_token(request),
            "lang": settings.language,
        }

    templates = Jinja2Templates(directory=str(TEMPLATES_DIR), context_processors=[page_context])
    env = templates.env
    env.autoescape = True
    env.globals.update(t=t, has_role=has_role, tz_name=settings.timezone, shown_url=security.shown_url)

    def localtime(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
        local = to_local(value, tz)
        return local.strftime(fmt) if local else "—"

    def category(value: str) -> str:
        return t(f"cat.{value}") if value else ""

    def mmss(seconds: float | None) -> str:
        if seconds is None:
            return "—"
        seconds = int(seconds)
        return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value * 100:.0f}%"

    def age(seconds: float | None) -> str:
        if seconds is None:
            return "—"
        if seconds < 3600:
            return t("age.minutes", n=int(seconds // 60))
        if seconds < 86400:
            return t("age.hours", n=round(seconds / 3600, 1))
        return t("age.days", n=round(seconds / 86400, 1))

    env.filters.update(localtime=localtime, category=category, mmss=mmss, pct=pct, age=age,
                       highlight=split_highlight)
    return templates
