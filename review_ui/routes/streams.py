"""Streams list (everyone) and add/enable/disable (admin)."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from review_ui.crud import streams as streams_crud
from review_ui.crud.hits import local_day_bounds
from review_ui.deps import AdminUser, ReviewerUser, SessionDep

router = APIRouter()


def _page(request: Request, session, *, error: str = "", form: dict | None = None, status: int = 200) -> Response:
    tz = ZoneInfo(request.app.state.settings.timezone)
    today_start, _ = local_day_bounds(datetime.now(tz).date(), tz)
    return request.app.state.templates.TemplateResponse(request, "streams.html", {
        "rows": streams_crud.list_streams(session, today_start), "error": error, "form": form or {},
        "stall_timeout": request.app.state.settings.stall_timeout}, status_code=status)


@router.get("/streams")
def streams(request: Request, session: SessionDep, _user: ReviewerUser) -> Response:
    return _page(request, session)


@router.post("/streams")
def add_stream(request: Request, session: SessionDep, user: AdminUser, name: Annotated[str, Form()] = "",
               url: Annotated[str, Form()] = "", shop: Annotated[str, Form()] = "",
               platform: Annotated[str, Form()] = "", realtime: Annotated[str, Form()] = "") -> Response:
    try:
        streams_crud.add_stream(session, name=name, url=url, shop=shop, platform=platform,
                                realtime=realtime == "1", actor=user.username)
    except streams_crud.StreamError as exc:
        session.rollback()
        return _page(request, session, error=str(exc), status=400,
                     form={"name": name, "url": url, "shop": shop, "platform": platform})
    return RedirectResponse("/streams", status_code=303)


@router.post("/streams/{stream_id}/enabled")
def set_enabled(session: SessionDep, user: AdminUser, stream_id: int,
                enabled: Annotated[str, Form()]) -> Response:
    try:
        streams_crud.set_enabled(session, stream_id, enabled == "1", actor=user.username)
    except streams_crud.StreamError as exc:
        raise HTTPException(404, str(exc)) from None
    return RedirectResponse("/streams", status_code=303)
