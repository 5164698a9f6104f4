"""The review queue page and batch claiming."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from monitor.models import Stream
from rules.model import CATEGORIES, SEVERITIES
from review_ui.crud import hits as hits_crud
from review_ui.deps import ReviewerUser, SessionDep, claimed_ids, remember_claimed

router = APIRouter()
MAX_REMEMBERED = 200
MAX_ID = 10**18 - 1                  # what a BIGINT holds, with room: larger "ids" are malformed
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2999, 12, 31)   # days whose UTC bounds exist everywhere


def _int(value: str | None) -> int | None:
    try:
        number = int(value) if value and len(value) <= 18 else None
    except ValueError:
        return None
    return number if number is not None and 0 < number <= MAX_ID else None


def _day(value: str | None) -> date | None:
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        return None
    return day if day is not None and FIRST_DAY <= day <= LAST_DAY else None


def parse_filter(params) -> hits_crud.QueueFilter:
    """Query-string filters; anything malformed is ignored rather than failing the page."""
    category = params.get("category") or None
    severity = params.get("severity") or None
    order = params.get("order") or "newest"
    return hits_crud.QueueFilter(
        stream_id=_int(params.get("stream")),
        category=category if category in CATEGORIES else None,
        severity=severity if severity in SEVERITIES else None,
        day_from=_day(params.get("from")), day_to=_day(params.get("to")),
        order=order if order in hits_crud.ORDERS else "newest",
        mine=params.get("mine") == "1", page=_int(params.get("page")) or 1)


@router.get("/")
def home(_user: ReviewerUser) -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    request.app.state.planner_stats.maybe_refresh()
    flt = parse_filter(request.query_params)
    page = hits_crud.queue_page(session, flt, user.username, tz, claimed_ids(request))
    risks = request.app.state.risk_cache.get(session, sorted({row.shop or row.stream_name for row in page.rows}))
    streams = session.execute(select(Stream.id, Stream.name).order_by(Stream.name)).all()
    args = flt.query_args()
    return request.app.state.templates.TemplateResponse(request, "queue.html", {
        "page": page, "flt": flt, "risks": risks, "streams": streams, "categories": CATEGORIES,
        "severities": SEVERITIES, "orders": hits_crud.ORDERS, "query": urlencode(args),
        "query_args": args, "batch_size": hits_crud.BATCH_SIZE, "claim_minutes": hits_crud.CLAIM_MINUTES,
        "now_local": datetime.now(tz),
    })


@router.post("/queue/claim")
def claim(request: Request, session: SessionDep, user: ReviewerUser,
          query: Annotated[str, Form()] = "") -> Response:
    from urllib.parse import parse_qsl

    flt = parse_filter(dict(parse_qsl(query)))
    tz = ZoneInfo(request.app.state.settings.timezone)
    ids = hits_crud.claim_batch(session, flt, user.username, tz)
    # Remember the batch in the login session (server-side): "my batch" is then a primary-key lookup
    # (see crud.hits._mine).
    remember_claimed(request, session, (ids + claimed_ids(request))[:MAX_REMEMBERED])
    args = {**flt.query_args(), "mine": "1"}
    args.pop("page", None)
    return RedirectResponse(f"/queue?{urlencode(args)}", status_code=303)


@router.post("/queue/release")
def release(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    hits_crud.release_claims(session, user.username)
    remember_claimed(request, session, [])
    return RedirectResponse("/queue", status_code=303)
