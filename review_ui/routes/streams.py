"""Streams list (everyone) and add/enable/disable (admin)."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from monitor import streams as stream_ops
from monitor.metrics import stream_lags
from review_ui.crud import streams as streams_crud
from review_ui.crud.hits import local_day_bounds
from review_ui.deps import AdminUser, ReviewerUser, SessionDep
from review_ui.i18n import translator

router = APIRouter()


def _page(request: Request, session, *, error: str = "", form: dict | None = None, status: int = 200) -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    today_start, _ = local_day_bounds(datetime.now(tz).date(), tz)
    return request.app.state.templates.TemplateResponse(request, "streams.html", {
        "rows": streams_crud.list_streams(session, today_start), "error": error, "form": form or {},
        "stall_timeout": request.app.state.settings.stall_timeout,
        "lags": stream_lags(session)}, status_code=status)


@router.get("/streams")
def streams(request: Request, session: SessionDep, _user: ReviewerUser) -> Response:
    return _page(request, session)


@router.post("/streams")
def add_stream(request: Request, session: SessionDep, user: AdminUser, name: Annotated[str, Form()] = "",
               url: Annotated[str, Form()] = "", shop: Annotated[str, Form()] = "",
               platform: Annotated[str, Form()] = "", realtime: Annotated[str, Form()] = "") -> Response:
    try:
        stream_ops.add_stream(session, name, url, shop=shop, platform=platform, realtime=realtime == "1",
                              actor=user.username)
        session.commit()
    except stream_ops.StreamError as exc:
        session.rollback()
        return _page(request, session, error=_message(request, exc), status=400,
                     form={"name": name, "url": url, "shop": shop, "platform": platform})
    return RedirectResponse("/streams", status_code=303)


def _message(request: Request, exc: stream_ops.StreamError) -> str:
    t = translator(request.app.state.settings.language)
    key = f"streams.error.{exc.key}"
    text = t(key, **exc.values)
    return str(exc) if text == key else text


@router.post("/streams/{stream_id:id}/enabled")
def set_enabled(request: Request, session: SessionDep, user: AdminUser, stream_id: int,
                enabled: Annotated[str, Form()]) -> Response:
    # The CLI's `streams enable`: an ended or failed stream is watched again (a file from its start).
    try:
        stream_ops.set_enabled(session, stream_id, enabled == "1", actor=user.username)
        session.commit()
    except stream_ops.StreamError as exc:
        session.rollback()
        raise HTTPException(404, _message(request, exc)) from None
    return RedirectResponse("/streams", status_code=303)
