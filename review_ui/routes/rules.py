"""Rules: browse the draft, edit phrases/exceptions/examples, try a sentence, publish, history and diff."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from monitor import rulestore
from review_ui.crud import rules as rules_crud
from review_ui.crud.stats import matched_phrase_rates, rule_rates
from review_ui.deps import EditorUser, ReviewerUser, SessionDep

router = APIRouter()


def _t(request: Request):
    return request.app.state.templates.env.globals["t"]


def _overview(request: Request, session, user, *, publish_error: rulestore.PublishError | None = None,
              try_result=None, status: int = 200) -> Response:
    draft, data = rules_crud.draft_data(session, user.username)
    session.commit()       # get_draft may have created the shared draft
    latest = rulestore.latest_version(session)
    pending_changes = rules_crud.diff_rules(latest.data if latest else [], data)
    return request.app.state.templates.TemplateResponse(request, "rules/index.html", {
        "draft": draft, "grouped": rules_crud.categories(data), "latest": latest,
        "pending_changes": pending_changes, "rates": rule_rates(session),
        "publish_error": publish_error, "try_result": try_result,
    }, status_code=status)


@router.get("/rules")
def rules_index(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    return _overview(request, session, user)


@router.post("/rules/try")
def try_it(request: Request, session: SessionDep, user: ReviewerUser,
           text: Annotated[str, Form()] = "") -> Response:
    _, data = rules_crud.draft_data(session, user.username)
    session.commit()
    result = rules_crud.try_text(data, text)
    if "hx-request" in request.headers:
        return request.app.state.templates.TemplateResponse(request, "rules/_tryit.html", {"try_result": result})
    return _overview(request, session, user, try_result=result)


@router.post("/rules/publish")
def publish(request: Request, session: SessionDep, user: EditorUser,
            note: Annotated[str, Form()] = "") -> Response:
    try:
        row = rules_crud.publish_draft(session, actor=user.username, note=note)
    except rulestore.PublishError as exc:
        return _overview(request, session, user, publish_error=exc, status=422)
    return RedirectResponse(f"/rules/history?published={row.version}", status_code=303)


@router.post("/rules/discard")
def discard(request: Request, session: SessionDep, user: EditorUser) -> Response:
    try:
        rules_crud.discard_draft(session, actor=user.username)
    except rules_crud.RuleEditError as exc:
        raise HTTPException(400, str(exc)) from None
    return RedirectResponse("/rules", status_code=303)


@router.get("/rules/history")
def history(request: Request, session: SessionDep, _user: ReviewerUser, published: int | None = None) -> Response:
    return request.app.state.templates.TemplateResponse(request, "rules/history.html", {
        "versions": rules_crud.versions(session), "published": published})


@router.get("/rules/history/{version}")
def version_diff(request: Request, session: SessionDep, _user: ReviewerUser, version: int) -> Response:
    row = rulestore.get_version(session, version)
    if row is None:
        raise HTTPException(404, _t(request)("error.no_version", version=version))
    previous = rulestore.get_version(session, version - 1)
    return request.app.state.templates.TemplateResponse(request, "rules/diff.html", {
        "row": row, "previous": previous,
        "diff": rules_crud.diff_rules(previous.data if previous else [], row.data)})


@router.get("/rules/{rule_id}")
def rule_page(request: Request, session: SessionDep, user: ReviewerUser, rule_id: str,
              error: str = "") -> Response:
    _, data = rules_crud.draft_data(session, user.username)
    session.commit()
    try:
        rule = rules_crud.find_rule(data, rule_id)
    except rules_crud.RuleEditError:
        raise HTTPException(404, _t(request)("error.no_rule", id=rule_id)) from None
    latest = rulestore.latest_version(session)
    published = next((r for r in (latest.data if latest else []) if r.get("id") == rule_id), None)
    changes = rules_crud.diff_rules([published] if published else [], [rule])
    return request.app.state.templates.TemplateResponse(request, "rules/rule.html", {
        "rule": rule, "rate": rule_rates(session, [rule_id]).get(rule_id),
        "phrase_rates": matched_phrase_rates(session, rule_id), "changes": changes,
        "fields": rules_crud.LIST_FIELDS, "error": error})


@router.post("/rules/{rule_id}/items")
def edit_item(request: Request, session: SessionDep, user: EditorUser, rule_id: str,
              field: Annotated[str, Form()], op: Annotated[str, Form()],
              value: Annotated[str, Form()] = "", old: Annotated[str, Form()] = "") -> Response:
    _, data = rules_crud.draft_data(session, user.username)
    try:
        new_data = rules_crud.edit_list(data, rule_id, field, op, value, old)
    except rules_crud.RuleEditError as exc:
        session.rollback()
        return rule_page(request, session, user, rule_id, error=str(exc))
    rules_crud.save_change(session, new_data, actor=user.username, action=f"rule.{op}_item", rule_id=rule_id,
                           field=field, value=value.strip(), old=old.strip())
    return RedirectResponse(f"/rules/{rule_id}", status_code=303)


@router.post("/rules/{rule_id}/enabled")
def set_enabled(request: Request, session: SessionDep, user: EditorUser, rule_id: str,
                enabled: Annotated[str, Form()]) -> Response:
    _, data = rules_crud.draft_data(session, user.username)
    on = enabled == "1"
    try:
        new_data = rules_crud.set_enabled(data, rule_id, on)
    except rules_crud.RuleEditError:
        raise HTTPException(404, _t(request)("error.no_rule", id=rule_id)) from None
    rules_crud.save_change(session, new_data, actor=user.username,
                           action="rule.enable" if on else "rule.disable", rule_id=rule_id)
    return RedirectResponse(f"/rules/{rule_id}", status_code=303)
