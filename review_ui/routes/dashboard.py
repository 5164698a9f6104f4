"""Dashboard: hits per day by category, confirm rate, queue age."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review_ui.crud.stats import dashboard as dashboard_figures
from review_ui.deps import ReviewerUser, SessionDep

router = APIRouter()


@router.get("/dashboard")
def dashboard(request: Request, session: SessionDep, _user: ReviewerUser, days: int = 14) -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    figures = dashboard_figures(session, tz, days=min(max(days, 1), 90))
    return request.app.state.templates.TemplateResponse(request, "dashboard.html", {"d": figures})
