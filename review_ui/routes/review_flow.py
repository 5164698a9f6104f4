"""Queues of the review workflow: 二审 (second review), QA of sampled dismissals, 终审 (admin), the policy
page, and a hit's decision history (loaded into the hit page)."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from monitor.models import Hit
from rules.model import CATEGORIES, SEVERITIES
from review_ui.crud import review_flow as flow
from review_ui.deps import AdminUser, Forbidden, ReviewerUser, SessionDep, has_role

router = APIRouter()
MESSAGES = ("agreed", "disputed", "final", "policy")   # ?done=… after a redirect: which flash to show
MAX_ID = 10**18 - 1


def install(app: FastAPI) -> None:
    """Register the routes, and this app's settings as the policy defaults crud.hits.decide() falls back on."""
    flow.register_defaults(app.state.engine, app.state.settings)
    app.include_router(router)


def _t(request: Request):
    return request.app.state.templates.env.globals["t"]


def _fail(request: Request, exc: flow.FlowError, status: int = 409) -> HTTPException:
    return HTTPException(status, _t(request)(exc.key, **exc.values))


def _hit_id(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) <= 18 and 0 < int(value) <= MAX_ID else None


@router.get("/review")
def review_home(_user: ReviewerUser) -> Response:
    return RedirectResponse("/review/second", status_code=303)


@router.get("/review/policy")
def policy(request: Request, session: SessionDep, user: AdminUser) -> Response:
    return policy_page(request, session, user)


@router.get("/review/{kind}")
def review_queue(request: Request, session: SessionDep, user: ReviewerUser, kind: str,
                 done: str = "", hit: str = "") -> Response:
    if kind not in flow.KINDS:
        raise HTTPException(404, _t(request)("error.no_review_queue"))
    if kind == "final" and not has_role(user, "admin"):
        raise Forbidden("admin")
    rows = flow.queue(session, kind, user.username)
    message = _t(request)(f"flow.done.{done}", id=_hit_id(hit) or "") if done in MESSAGES else ""
    return request.app.state.templates.TemplateResponse(request, "review_flow.html", {
        "kind": kind, "rows": rows, "counts": flow.counts(session), "reasons": flow.DISMISS_REASONS,
        "policy": flow.effective_policy(session), "message": message,
        "is_admin": has_role(user, "admin")})


def _back(task_hit_id: int, back: str, kind: str, done: str) -> RedirectResponse:
    if back == "hit":
        return RedirectResponse(f"/hits/{task_hit_id}", status_code=303)
    return RedirectResponse(f"/review/{kind}?{urlencode({'done': done, 'hit': task_hit_id})}", status_code=303)


@router.post("/review/tasks/{task_id:id}/second")
def second(request: Request, session: SessionDep, user: ReviewerUser, task_id: int,
           verdict: Annotated[str, Form()], reason: Annotated[str, Form()] = "",
           note: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    if verdict not in ("agree", "disagree"):
        raise HTTPException(400, _t(request)("error.bad_decision"))
    try:
        task = flow.load_task(session, task_id)
        kind, hit_id = task.kind, task.hit_id
        status = flow.second_decision(session, task_id, user.username, verdict == "agree", reason, note)
    except flow.FlowError as exc:
        session.rollback()
        raise _fail(request, exc, 404 if exc.key == "error.no_task" else
                    409 if exc.key in ("error.task_done", "error.same_reviewer") else 400) from None
    return _back(hit_id, back, kind, "disputed" if status == "disputed" else "agreed")


@router.post("/review/tasks/{task_id:id}/final")
def final(request: Request, session: SessionDep, user: AdminUser, task_id: int,
          decision: Annotated[str, Form()], reason: Annotated[str, Form()] = "",
          note: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    status = {"confirm": "confirmed", "dismiss": "dismissed"}.get(decision, "")
    try:
        hit_id = flow.load_task(session, task_id).hit_id
        flow.final_decision(session, task_id, user.username, status, reason, note)
    except flow.FlowError as exc:
        session.rollback()
        raise _fail(request, exc, 404 if exc.key == "error.no_task" else
                    409 if exc.key in ("error.task_done", "error.final_party") else 400) from None
    return _back(hit_id, back, "final", "final")


@router.get("/review/hits/{hit_id:id}/history")
def hit_history(request: Request, session: SessionDep, user: ReviewerUser, hit_id: int) -> Response:
    """The hit page's "earlier decisions" card (loaded by htmx), with the pending step's form when this user
    may take it."""
    hit = session.scalar(select(Hit).where(Hit.id == hit_id))
    if hit is None:
        raise HTTPException(404, _t(request)("error.no_hit", id=hit_id))
    task = flow.current_task(session, hit_id)
    may_act = False
    if task is not None:
        party = user.username in (task.first_reviewer, task.second_reviewer)
        may_act = not party and (task.state == "open" or has_role(user, "admin"))
    return request.app.state.templates.TemplateResponse(request, "review_flow_history.html", {
        "hit": hit, "entries": flow.history(session, hit_id), "task": task, "may_act": may_act,
        "reasons": flow.DISMISS_REASONS})


def policy_page(request: Request, session, user, *, status_code: int = 200) -> Response:
    if not has_role(user, "admin"):
        raise Forbidden("admin")
    message = _t(request)("flow.done.policy") if request.query_params.get("done") == "policy" else ""
    return request.app.state.templates.TemplateResponse(request, "review_flow_policy.html", {
        "policy": flow.effective_policy(session), "categories": CATEGORIES, "severities": SEVERITIES,
        "counts": flow.counts(session), "kind": "policy", "message": message, "is_admin": True},
        status_code=status_code)


@router.post("/review/policy")
async def save_policy(request: Request, session: SessionDep, user: AdminUser) -> Response:
    form = await request.form()
    second_review = {}
    for category in (*CATEGORIES, flow.ANY_CATEGORY):
        severity = form.get(f"sr_{category}") or ""
        if severity in SEVERITIES:
            second_review[category] = severity
    try:
        percent = float(str(form.get("qa_percent") or "0").strip())
    except ValueError:
        raise HTTPException(400, _t(request)("error.qa_rate")) from None
    if not 0 <= percent <= 100:
        raise HTTPException(400, _t(request)("error.qa_rate"))
    flow.save_policy(session, user.username, second_review, percent / 100)
    return RedirectResponse("/review/policy?done=policy", status_code=303)
