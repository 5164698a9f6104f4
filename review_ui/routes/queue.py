"""The review queue page and batch claiming."""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Annotated
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy import select

from monitor.models import Stream, User
from rules.model import CATEGORIES, SEVERITIES
from review_ui.crud import hits as hits_crud
from review_ui.crud import queue as queue_crud
from review_ui.deps import ReviewerUser, SessionDep, claimed_ids, remember_claimed

router = APIRouter()
MAX_REMEMBERED = 200
MAX_SHOWN = 200                      # rows a poll checks for "gone"
POLL_SECONDS = 5                     # how often the open queue asks for new rows
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


def _text(value: str | None, limit: int) -> str | None:
    value = (value or "").strip()
    return value[:limit] if value else None


def parse_filter(params) -> hits_crud.QueueFilter:
    """Query-string filters; anything malformed is ignored rather than failing the page."""
    category = params.get("category") or None
    severity = params.get("severity") or None
    order = params.get("order") or "newest"
    how = params.get("how") or None
    decision = params.get("decision") or "pending"
    return hits_crud.QueueFilter(
        stream_id=_int(params.get("stream")),
        category=category if category in CATEGORIES else None,
        severity=severity if severity in SEVERITIES else None,
        day_from=_day(params.get("from")), day_to=_day(params.get("to")),
        order=order if order in hits_crud.ORDERS else "newest",
        mine=params.get("mine") == "1", page=_int(params.get("page")) or 1,
        shop=_text(params.get("shop"), 200), rule=_text(params.get("rule"), 100),
        how=how if how in queue_crud.HOWS else None, q=_text(params.get("q"), queue_crud.SEARCH_MAX),
        reviewer=_text(params.get("reviewer"), 100),
        decision=decision if decision in queue_crud.DECISIONS else "pending",
        after=_int(params.get("after")), before=_int(params.get("before")))


def _scope(request: Request, user, session=None, flt: hits_crud.QueueFilter | None = None) -> queue_crud.Scope:
    return queue_crud.scope_for(user.username, ZoneInfo(request.app.state.settings.timezone), claimed_ids(request),
                                session=session, flt=flt)


@router.get("/")
def home(_user: ReviewerUser) -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    request.app.state.planner_stats.maybe_refresh()
    flt = parse_filter(request.query_params)
    scope = _scope(request, user, session, flt)
    page = queue_crud.queue_page(session, flt, scope)
    risks = request.app.state.risk_cache.get(session, sorted({row.shop or row.stream_name for row in page.rows}))
    streams = session.execute(select(Stream.id, Stream.name).order_by(Stream.name)).all()
    shops = sorted({shop for (shop,) in session.execute(select(Stream.shop).distinct()) if shop})
    reviewers = list(session.scalars(select(User.username).where(User.active.is_(True)).order_by(User.username)))
    args = flt.query_args()
    query = urlencode(args)
    return request.app.state.templates.TemplateResponse(request, "queue.html", {
        "page": page, "flt": flt, "risks": risks, "streams": streams, "shops": shops, "reviewers": reviewers,
        "categories": CATEGORIES, "severities": SEVERITIES, "orders": hits_crud.ORDERS, "hows": queue_crud.HOWS,
        "decisions": queue_crud.DECISIONS, "query": query, "query_args": args,
        "hit_query": ("?" + query) if query else "",
        "batch_size": hits_crud.BATCH_SIZE, "claim_minutes": hits_crud.CLAIM_MINUTES,
        "batch_total": len(claimed_ids(request)), "expires_ms": _epoch_ms(page.mine_expires_at),
        "poll_seconds": POLL_SECONDS, "now_local": datetime.now(tz), "count_cap": queue_crud.COUNT_CAP,
        "other_pending": (queue_crud.count_available(session, hits_crud.QueueFilter(), scope)
                          if flt.mine and not page.rows else 0),
    })


def _epoch_ms(naive_utc: datetime | None) -> int | None:
    return int(naive_utc.replace(tzinfo=timezone.utc).timestamp() * 1000) if naive_utc else None


@router.get("/queue/poll")
def poll(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    """The live queue: rows newer than `since`, the count, and which shown rows are gone (decided or claimed
    by someone else). Small and index-bound: the page asks every few seconds."""
    flt = parse_filter(request.query_params)
    scope = _scope(request, user, session, flt)
    since = _int(request.query_params.get("since")) or 0
    shown = [i for i in (_int(x) for x in request.query_params.get("shown", "").split(",")[:MAX_SHOWN]) if i]
    groups, count = queue_crud.new_since(session, flt, scope, since) if flt.pending else ([], 0)
    # New rows go in place only where they belong at the top: newest first, on the first page.
    inline = flt.order == "newest" and not (flt.after or flt.before or flt.page > 1) \
        and count <= queue_crud.NEW_ROWS_MAX
    html = ""
    if groups and inline:
        risks = request.app.state.risk_cache.get(session, sorted({g.shop or g.stream_name for g in groups}))
        args = flt.query_args()
        html = request.app.state.templates.get_template("_queue_rows.html").render(
            request=request, rows=groups, risks=risks, user=user, t=request.app.state.templates.env.globals["t"],
            hit_query=("?" + urlencode(args)) if args else "")
    gone = sorted(set(shown) - queue_crud.still_open(session, scope, shown)) if flt.pending else []
    body = {"total": queue_crud.count_available(session, flt, scope), "new": count, "inline": inline,
            "html": html, "max_id": max((i for g in groups for i in g.ids), default=since), "gone": gone}
    return JSONResponse(body)


@router.post("/queue/claim")
def claim(request: Request, session: SessionDep, user: ReviewerUser,
          query: Annotated[str, Form()] = "") -> Response:
    from urllib.parse import parse_qsl

    flt = parse_filter(dict(parse_qsl(query)))
    tz = ZoneInfo(request.app.state.settings.timezone)
    ids = hits_crud.claim_batch(session, flt, user.username, tz)
    # Remember the batch in the login session (server-side): "my batch" is then a primary-key lookup
    # (see crud.hits._mine).
    # The remembered list is this batch plus what is left of earlier ones: its length is the batch size shown.
    left = queue_crud.still_mine(session, _scope(request, user))
    remember_claimed(request, session, (ids + [i for i in claimed_ids(request) if i in left and i not in ids])
                     [:MAX_REMEMBERED])
    args = {**flt.query_args(), "mine": "1"}
    args.pop("page", None)
    return RedirectResponse(f"/queue?{urlencode(args)}", status_code=303)


@router.post("/queue/release")
def release(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    hits_crud.release_claims(session, user.username)
    remember_claimed(request, session, [])
    return RedirectResponse("/queue", status_code=303)
