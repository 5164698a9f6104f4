"""Dashboard: the figures drawn as charts (ECharts, static/dashboard.js), and per-reviewer figures."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review_ui.crud import reviewer_stats
from review_ui.crud.stats import charts as chart_series
from review_ui.crud.stats import dashboard as dashboard_figures
from review_ui.deps import ReviewerUser, SessionDep, has_role

router = APIRouter()


@router.get("/dashboard")
def dashboard(request: Request, session: SessionDep, user: ReviewerUser, days: str = "14") -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    # A text parameter, so a bad value is ignored (as the queue's filters are) instead of FastAPI's English 422.
    days = min(max(int(days), 1), 90) if days.isdigit() and len(days) < 4 else 14
    t = request.app.state.templates.env.globals["t"]
    figures = dashboard_figures(session, tz, days=days)
    charts = chart_series(session, tz, figures)
    # Figures that name people are the admin's; everyone else sees their own.
    everyone = has_role(user, "admin")
    per_day = reviewer_stats.reviewer_days(session, tz, days=days, reviewer=None if everyone else user.username)
    totals = reviewer_stats.reviewer_totals(session, tz, per_day, days=days)
    data = {
        "hours": charts.hours,
        "hourly": [{"name": t(f"cat.{c}"), "data": v} for c, v in sorted(charts.hourly.items())],
        "days": charts.days,
        "daily": [{"name": t(f"cat.{c}"), "data": v} for c, v in charts.daily.items()],
        "by_stream": charts.by_stream, "by_shop": [(s or t("dash.no_shop"), n) for s, n in charts.by_shop],
        "rule_days": charts.rule_days,
        "rule_rates": [{"name": r, "data": v} for r, v in charts.rule_rates.items()],
        "backlog": [(t("dash.age_" + k), n) for k, n in charts.backlog.items()],
        "reviewer_days": sorted({r.day.strftime("%m-%d") for r in per_day}),
        "reviewers": _reviewer_series(per_day),
        "labels": {"hits": t("dash.axis_hits"), "rate": t("dash.axis_rate"), "decisions": t("dash.axis_decisions")},
    }
    return request.app.state.templates.TemplateResponse(request, "dashboard.html", {
        "d": figures, "data": data, "per_day": per_day, "totals": totals, "everyone": everyone, "days": days})


def _reviewer_series(rows: list[reviewer_stats.ReviewerDay]) -> list[dict]:
    days = sorted({r.day for r in rows})
    by_name: dict[str, dict] = {}
    for r in rows:
        by_name.setdefault(r.reviewer, {})[r.day] = r.decisions
    return [{"name": name, "data": [counts.get(d, 0) for d in days]} for name, counts in sorted(by_name.items())]
