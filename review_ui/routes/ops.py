"""Operations endpoints: /healthz (no session, for load balancers) and /metrics (Prometheus)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy import text

from review_ui.deps import CurrentUser, SessionDep

router = APIRouter()


@router.get("/healthz", response_class=PlainTextResponse)
def healthz(session: SessionDep) -> PlainTextResponse:
    try:
        session.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - health is a yes/no with one line of why
        return PlainTextResponse(f"database unavailable: {type(exc).__name__}", status_code=503)
    return PlainTextResponse("ok")


@router.get("/metrics")
def metrics(request: Request, _user: CurrentUser) -> Response:
    from monitor.metrics import render_metrics   # owned by the monitor; imported late so a UI-only test needs less

    body, content_type = render_metrics(request.app.state.session_factory)
    return Response(body, media_type=content_type)
