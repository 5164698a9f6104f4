"""CSV of confirmed hits for a period; evidence ZIP for one hit. Both are audited."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from monitor import audit
from review_ui.crud import hits as hits_crud
from review_ui.crud.export import confirmed_csv, evidence_zip
from review_ui.crud.hits import local_day_bounds
from review_ui.deps import ReviewerUser, SessionDep, has_role

router = APIRouter()


FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2999, 12, 31)   # days whose UTC bounds exist in every zone


def _day(value: str | None, default: date, t) -> date:
    if not value:
        return default
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, t("error.bad_date", value=value)) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise HTTPException(400, t("error.date_range", value=value))
    return day


def _stream_csv(session_factory, lo, hi, tz, language="zh"):
    # Its own session: the request's session may be closed before the body is fully streamed.
    with session_factory() as session:
        yield from confirmed_csv(session, lo, hi, tz, language)


@router.get("/export")
def export_page(request: Request, _user: ReviewerUser) -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    today = datetime.now(tz).date()
    return request.app.state.templates.TemplateResponse(request, "export.html", {
        "default_from": today - timedelta(days=30), "default_to": today})


@router.get("/export/confirmed.csv")
def export_csv(request: Request, session: SessionDep, user: ReviewerUser,
               start: str | None = None, end: str | None = None) -> Response:
    t = request.app.state.templates.env.globals["t"]
    tz = ZoneInfo(request.app.state.settings.timezone)
    today = datetime.now(tz).date()
    day_from = _day(start, today - timedelta(days=30), t)
    day_to = _day(end, today, t)
    if day_to < day_from:
        raise HTTPException(400, t("error.bad_period"))
    lo, hi = local_day_bounds(day_from, tz)[0], local_day_bounds(day_to, tz)[1]
    audit.record(session, user.username, "export.csv", "hits", "", start=str(day_from), end=str(day_to))
    session.commit()
    filename = f"livewatch-confirmed-{day_from}-{day_to}.csv"
    return StreamingResponse(_stream_csv(request.app.state.session_factory, lo, hi, tz,
                                         request.app.state.settings.language), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/hits/{hit_id:id}/evidence.zip")
def export_evidence(request: Request, session: SessionDep, user: ReviewerUser, hit_id: int) -> Response:
    t = request.app.state.templates.env.globals["t"]
    found = hits_crud.get_hit(session, hit_id)
    if found is None:
        raise HTTPException(404, t("error.no_hit", id=hit_id))
    hit, stream = found
    settings = request.app.state.settings
    data = evidence_zip(hit, stream, settings.clips_path, ZoneInfo(settings.timezone), user.username,
                        full_url=has_role(user, "admin"))
    audit.record(session, user.username, "export.evidence", "hit", hit_id, clip_sha256=hit.clip_sha256)
    session.commit()
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="livewatch-hit-{hit_id}.zip"'})
