"""One hit: evidence page / queue panel, its clip, decisions and admin reopen."""
from __future__ import annotations

import json
from typing import Annotated
from urllib.parse import parse_qsl, urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from review_ui.crud import hits as hits_crud
from review_ui.crud import queue as queue_crud
from review_ui.crud import review_flow
from review_ui.crud.shops import shop_of
from review_ui.security import shown_url
from review_ui.deps import AdminUser, ReviewerUser, SessionDep, claimed_ids, has_role
from review_ui.highlight import split_highlight
from review_ui.routes.queue import parse_filter

router = APIRouter()
MAX_GROUP = 50                  # ids one decision may name (an utterance holds a handful)

CLIP_TYPES = {".wav": "audio/wav", ".ogg": "audio/ogg", ".opus": "audio/ogg", ".mp3": "audio/mpeg",
              ".m4a": "audio/mp4", ".aac": "audio/aac", ".flac": "audio/flac", ".webm": "audio/webm"}


def _load(session, hit_id: int, t) -> tuple:
    found = hits_crud.get_hit(session, hit_id)
    if found is None:
        raise HTTPException(404, t("error.no_hit", id=hit_id))
    return found


def _queue_args(request: Request, query: str | None = None):
    """The queue filter and order the hit was opened from (carried in the URL, or a form's `query`)."""
    params = request.query_params if query is None else dict(parse_qsl(query))
    flt = parse_filter(params)
    flt.after = flt.before = None
    flt.page = 1
    args = flt.query_args()
    return flt, ("?" + urlencode(args)) if args else ""


def _hit_context(request: Request, session, hit_id: int, user, mode: str) -> dict:
    t = request.app.state.templates.env.globals["t"]
    hit, stream = _load(session, hit_id, t)
    shop = shop_of(stream)
    clip = hits_crud.resolve_clip(request.app.state.settings.clips_path, hit.clip_path)
    flt, hit_query = _queue_args(request)
    scope = queue_crud.scope_for(user.username, ZoneInfo(request.app.state.settings.timezone), claimed_ids(request),
                                 session=session, flt=flt if mode == "page" else None)
    group = queue_crud.group_of(session, hit, scope, pending=hit.status == "pending")
    prev_id = next_id = None
    if mode == "page":          # the queue's panel has the list itself for j/k
        prev_id, next_id = queue_crud.neighbours(session, flt, scope, hit)
    return {
        "hit": hit, "stream": stream, "shop": shop, "risk": request.app.state.risk_cache.get(session, [shop]).get(shop),
        "has_clip": clip is not None, "mode": mode,
        "context_parts": _context_parts(hit, group),
        "held_by": hits_crud.held_by_other(hit, user.username),
        "reasons": hits_crud.DISMISS_REASONS, "can_reopen": has_role(user, "admin"),
        "stream_url": shown_url(stream.url, user),
        "group": group, "hit_query": hit_query, "query": hit_query[1:], "prev_id": prev_id, "next_id": next_id,
        "recent": hits_crud.recent_decisions(session, user.username) if mode == "page" else [],
        "undo_seconds": hits_crud.UNDO_SECONDS,
    }


def _context_parts(hit, group=()) -> list[tuple[str, bool]]:
    text = hit.context or hit.segment_text or ""
    if hit.matched and hit.matched not in text and hit.segment_text and hit.matched in hit.segment_text:
        text = hit.segment_text
    return split_highlight(text, list(dict.fromkeys([hit.matched, *(m.matched for m in group)])))


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


def _ids(values: list[str]) -> list[int]:
    out = []
    for value in values[:MAX_GROUP]:
        try:
            out.append(int(value))
        except ValueError:
            continue
    return out


@router.post("/hits/{hit_id:id}/decide")
def decide(request: Request, session: SessionDep, user: ReviewerUser, hit_id: int,
           decision: Annotated[str, Form()], reason: Annotated[str, Form()] = "",
           note: Annotated[str, Form()] = "", ids: Annotated[list[str], Form()] = [],  # noqa: B006
           query: Annotated[str, Form()] = "") -> Response:
    """Decide a hit and, by default, every member of its utterance group the reviewer may decide; `ids`
    (the ticked members) splits a group."""
    t = request.app.state.templates.env.globals["t"]
    hit, _stream = _load(session, hit_id, t)
    status = {"confirm": "confirmed", "dismiss": "dismissed"}.get(decision)
    if status is None:
        raise HTTPException(400, t("error.bad_decision"))
    if status == "dismissed" and reason not in hits_crud.DISMISS_REASONS:
        raise HTTPException(400, t("error.need_reason"))
    if review_flow.note_missing(status, reason, note):
        raise HTTPException(400, t("error.other_needs_note"))
    tz = ZoneInfo(request.app.state.settings.timezone)
    scope = queue_crud.scope_for(user.username, tz, claimed_ids(request))
    group = [m.id for m in queue_crud.group_of(session, hit, scope)]
    chosen = [i for i in _ids(ids) if i in group] if ids else group
    if not chosen:
        raise HTTPException(400, t("error.none_selected"))
    done, _conflicts = hits_crud.decide_group(session, chosen, user.username, status, reason, note)
    if not done:
        raise HTTPException(409, t("error.conflict", id=hit_id))
    left = [i for i in group if i not in done and i in queue_crud.still_open(session, scope, group)]
    key = "flash.confirmed" if status == "confirmed" else "flash.dismissed"
    message = t(key, id="、#".join(str(i) for i in done))
    if waiting := review_flow.hit_ids_waiting(session, done):      # 二审 / QA: not final yet
        message += t("flow.flash_waiting", n=len(waiting))
    flt, hit_query = _queue_args(request, query)
    if "hx-request" in request.headers:
        # The queue's script shows the message and moves on; the body is for anything else listening.
        trigger = json.dumps({"hitDecided": {"id": done[0], "message": message}}, ensure_ascii=True)
        detail = json.dumps({"ids": done, "left": left, "undo": t("hit.undo"),
                             "undo_seconds": hits_crud.UNDO_SECONDS}, ensure_ascii=True)
        return request.app.state.templates.TemplateResponse(
            request, "_flash.html", {"message": message, "kind": "ok"},
            headers={"HX-Trigger": trigger, "X-Decision": detail})
    if left:                      # a split group: the rest of the utterance is still to decide
        return RedirectResponse(f"/hits/{left[0]}{hit_query}", status_code=303)
    following = hits_crud.next_in_queue(session, flt, user.username, tz, hit, claimed_ids(request))
    return RedirectResponse(f"/hits/{following}{hit_query}" if following else f"/queue{hit_query}",
                            status_code=303)


@router.post("/hits/undo")
def undo(request: Request, session: SessionDep, user: ReviewerUser,
         ids: Annotated[list[str], Form()] = [],  # noqa: B006
         query: Annotated[str, Form()] = "") -> Response:
    """Take back one's own decision of the last few seconds (the "撤销" of the confirmation line)."""
    t = request.app.state.templates.env.globals["t"]
    undone = hits_crud.undo(session, _ids(ids), user.username)
    if not undone:
        raise HTTPException(409, t("error.undo_expired"))
    if "hx-request" in request.headers:
        return Response(status_code=204)
    _flt, hit_query = _queue_args(request, query)
    return RedirectResponse(f"/hits/{undone[0]}{hit_query}", status_code=303)


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
