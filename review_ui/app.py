"""The review UI application: `create_app()` is what `livewatch serve` runs (uvicorn factory=True)."""
from __future__ import annotations

import time
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from monitor.app_state import init_database
from monitor.settings import Settings, get_settings
from review_ui import security
from review_ui.crud.planner import PlannerStats
from review_ui.crud.shops import RiskCache
from review_ui.deps import Forbidden, NotAuthenticated
from review_ui.i18n import translator
from review_ui.routes import admin, audio, auth, dashboard, exports, hits, ops, queue, rules, shops, streams
from review_ui.routes import review_flow
from review_ui.security import SESSION_COOKIE, SESSION_MAX_AGE, CSRFError
from review_ui.templating import make_templates

STATIC_DIR = Path(__file__).resolve().parent / "static"


class ServerTiming:
    """Pure-ASGI middleware adding `Server-Timing: app;dur=<ms>`, which the UI benchmark reads."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message) -> None:
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - started) * 1000
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"server-timing", f"app;dur={ms:.2f}".encode())]
            await send(message)

        await self.app(scope, receive, timed_send)


def _wants_html(request: Request) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "") \
        and "hx-request" not in request.headers


def _install_error_handlers(app: FastAPI) -> None:
    t = translator(app.state.settings.language)
    templates = app.state.templates

    def error_page(request: Request, status: int, message: str) -> Response:
        if "hx-request" in request.headers:
            return HTMLResponse(f'<div class="flash error">{escape(message)}</div>', status_code=status)
        if "text/html" in request.headers.get("accept", ""):
            return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                              status_code=status)
        return PlainTextResponse(message, status_code=status)

    @app.exception_handler(NotAuthenticated)
    async def not_authenticated(request: Request, _exc: NotAuthenticated) -> Response:
        if _wants_html(request):
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        headers = {"HX-Redirect": "/login"} if "hx-request" in request.headers else {}
        return PlainTextResponse(t("error.login_required"), status_code=401, headers=headers)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return error_page(request, 403, t("error.forbidden", role=t(f"role.{exc.needed}")))

    @app.exception_handler(CSRFError)
    async def csrf_failed(request: Request, _exc: CSRFError) -> Response:
        return error_page(request, 403, t("error.csrf"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.status_code)
        response = error_page(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # The same locked start-up as the worker and the CLI (schema upgrade, seeded rule base).
    engine, session_factory = init_database(settings)

    app = FastAPI(title="livewatch review", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(security.verify_csrf)])
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = session_factory
    app.state.templates = make_templates(settings)
    app.state.unknown_user_throttle = security.UnknownUserThrottle()
    app.state.risk_cache = RiskCache()
    app.state.planner_stats = PlannerStats(engine)
    app.state.planner_stats.maybe_refresh()

    app.add_middleware(SessionMiddleware,
                       secret_key=security.resolve_secret_key(settings.secret_key, settings.data_dir),
                       session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE, same_site="lax",
                       https_only=settings.cookie_secure)
    app.add_middleware(security.SecurityHeaders)
    app.add_middleware(ServerTiming)
    _install_error_handlers(app)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in (ops, auth, queue, hits, audio, rules, streams, shops, dashboard, exports, admin):
        app.include_router(module.router)
    review_flow.install(app)          # 二审 / QA / 终审 queues, and the review policy defaults
    return app
