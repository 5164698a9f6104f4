"""One hit: evidence page / queue panel, its clip, decisions and admin reopen."""
from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from review_ui.crud import hits as hits_crud
from review_ui.crud.shops import shop_of
from review_ui.security import shown_url
from review_ui.deps import AdminUser, ReviewerUser, SessionDep, claimed_ids, has_role, remember_claimed
from review_ui.highlight import split_highlight

router = APIRouter()

CLIP_TYPES = {".wav": "audio/wav", ".ogg": "audio/ogg", ".opus": "audio/ogg", ".mp3": "audio/mpeg",
              ".m4a": "audio/mp4", ".aac": "audio/aac", ".flac": "audio/flac", ".webm": "audio/webm"}


def _load(session, hit_id: int, t) -> tuple:
    found = hits_crud.get_hit(session, hit_id)
    if found is None:
        raise HTTPException(404, t("error.no_hit", id=hit_id))
    return found


def _hit_context(request: Request, session, hit_id: int, user, mode: str) -> dict:
    t = request.app.state.templates.env.globals["t"]
    hit, stream = _load(session, hit_id, t)
    shop = shop_of(stream)
    clip = hits_crud.resolve_clip(request.app.state.settings.clips_path, hit.clip_path)
    return {
        "hit": hit, "stream": stream, "shop": shop, "risk": request.app.state.risk_cache.get(session, [shop]).get(shop),
        "has_clip": clip is not None, "mode": mode,
        "context_parts": _context_parts(hit),
        "held_by": hits_crud.held_by_other(hit, user.username),
        "reasons": hits_crud.DISMISS_REASONS, "can_reopen": has_role(user, "admin"),
        "stream_url": shown_url(stream.url, user),
    }


def _context_parts(hit) -> list[tuple[str, bool]]:
    text = hit.context or hit.segment_text or ""
    if hit.matched and hit.matched not in text and hit.segment_text and hit.matched in hit.segment_text:
        text = hit.segment_text
    return split_highlight(text, [hit.matched])


@router.get("/hits/{hit_id:id}")
def hit_page(request: Request, session: SessionDep, user: ReviewerUser, hit_id: int) -> Response:
    ctx = _hit_context(request, session, hit_id, user, "page")
    return request.app.state.templates.TemplateResponse(request, "hit.html", ctx)


@router.get("/hits/{hit_id:id}/panel")
def hit_panel(request: Request, session: SessionDep, user: ReviewerUser, hit_id: int) -> Response:
    ctx = _hit_context(request, session, hit_id, user, "panel")
    return request.app.state.templates.TemplateResponse(request, "_hit_panel.html", ctx)


@router.get("/hits/{hit_id:id}/clip")
def hit_clip(request: Request, session: SessionDep, _user: ReviewerUser, hit_id: int) -> Response:
    t = request.app.state.templates.env.globals["t"]
    hit, _stream = _load(session, hit_id, t)
    path = hits_crud.resolve_clip(request.app.state.settings.clips_path, hit.clip_path)
    if path is None:
        raise HTTPException(404, t("error.no_clip"))
    return FileResponse(path, media_type=CLIP_TYPES.get(path.suffix.lower(), "application/octet-stream"),
                        headers={"Cache-Control": "no-store"})


@router.post("/hits/{hit_id:id}/decide")
def decide(request: Request, session: SessionDep, user: ReviewerUser, hit_id: int,
           decision: Annotated[str, Form()], reason: Annotated[str, Form()] = "",
           note: Annotated[str, Form()] = "") -> Response:
    t = request.app.state.templates.env.globals["t"]
    hit, _stream = _load(session, hit_id, t)
    status = {"confirm": "confirmed", "dismiss": "dismissed"}.get(decision)
    if status is None:
        raise HTTPException(400, t("error.bad_decision"))
    if status == "dismissed" and reason not in hits_crud.DISMISS_REASONS:
        raise HTTPException(400, t("error.need_reason"))
    try:
        hits_crud.decide(session, hit_id, user.username, status, reason, note)
    except hits_crud.DecisionError:
        raise HTTPException(409, t("error.conflict", id=hit_id)) from None
    remaining = [i for i in claimed_ids(request) if i != hit_id]
    if remaining != claimed_ids(request):
        remember_claimed(request, session, remaining)
    message = t("flash.confirmed" if status == "confirmed" else "flash.dismissed", id=hit_id)
    if "hx-request" in request.headers:
        # The queue's script shows the message and moves on; the body is for anything else listening.
        trigger = json.dumps({"hitDecided": {"id": hit_id, "message": message}}, ensure_ascii=True)
        return request.app.state.templates.TemplateResponse(
            request, "_flash.html", {"message": message, "kind": "ok"}, headers={"HX-Trigger": trigger})
    following = hits_crud.next_available(session, user.username, hit, remaining)
    return RedirectResponse(f"/hits/{following}" if following else "/queue", status_code=303)


@router.post("/hits/{hit_id:id}/reopen")
def reopen(request: Request, session: SessionDep, user: AdminUser, hit_id: int,
           note: Annotated[str, Form()] = "") -> Response:
    t = request.app.state.templates.env.globals["t"]
    _load(session, hit_id, t)
    if not note.strip():
        # The earlier decision was a person's judgement: undoing it needs a stated reason in the audit log.
        raise HTTPException(400, t("error.reopen_reason"))
    try:
        hits_crud.reopen(session, hit_id, user.username, note)
    except hits_crud.DecisionError:
        raise HTTPException(409, t("error.not_decided", id=hit_id)) from None
    return RedirectResponse(f"/hits/{hit_id}", status_code=303)
