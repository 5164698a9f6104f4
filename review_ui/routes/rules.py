"""Rules: browse the draft, edit phrases/patterns/frames/examples and lexicons, try a sentence, publish, history.

Edit forms post to the page they are on (/rules/<id>, /rules/lexicons/<name>): a refused edit is shown on that
same page with the reason in the editor's language and what they typed still in the form; a saved one
redirects back to it (post/redirect/get).
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from monitor import rulestore
from review_ui.crud import lexicons as lexicons_crud
from review_ui.crud import rules as rules_crud
from review_ui.crud.rule_validate import RuleEditError
from review_ui.crud.stats import matched_phrase_rates, rule_rates
from review_ui.deps import EditorUser, ReviewerUser, SessionDep
from rules.model import CATEGORIES

router = APIRouter()


def _t(request: Request):
    return request.app.state.templates.env.globals["t"]


def _render(request: Request, template: str, context: dict, status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def _latest_data(session):
    latest = rulestore.latest_version(session)
    return latest, (latest.data if latest else [])


def _overview(request: Request, session, *, publish_error: rulestore.PublishError | None = None,
              try_result=None, status: int = 200) -> Response:
    draft, data = rules_crud.draft_data(session)
    latest, published = _latest_data(session)
    lexicon_changes = lexicons_crud.diff_lexicons(published if latest else None, data)
    failures = []
    if publish_error is not None:
        changed = {d.name for d in lexicon_changes}
        failures = lexicons_crud.failures_by_lexicon(publish_error.failures, data, changed)
    return _render(request, "rules/index.html", {
        "draft": draft, "grouped": rules_crud.categories(data), "latest": latest,
        "pending_changes": rules_crud.diff_rules(published, data), "lexicon_changes": lexicon_changes,
        "lexicons": lexicons_crud.overview(data, published if latest else None), "rates": rule_rates(session),
        "publish_error": publish_error, "failures": failures, "try_result": try_result,
    }, status)


@router.get("/rules")
def rules_index(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    return _overview(request, session)


@router.post("/rules/try")
def try_it(request: Request, session: SessionDep, user: ReviewerUser,
           text: Annotated[str, Form()] = "") -> Response:
    _, data = rules_crud.draft_data(session)
    result = rules_crud.try_text(data, text)
    if "hx-request" in request.headers:
        return _render(request, "rules/_tryit.html", {"try_result": result})
    return _overview(request, session, try_result=result)


@router.post("/rules/publish")
def publish(request: Request, session: SessionDep, user: EditorUser,
            note: Annotated[str, Form()] = "") -> Response:
    try:
        row = rules_crud.publish_draft(session, actor=user.username, note=note)
    except rulestore.PublishError as exc:
        return _overview(request, session, publish_error=exc, status=422)
    return RedirectResponse(f"/rules/history?published={row.version}", status_code=303)


@router.post("/rules/discard")
def discard(request: Request, session: SessionDep, user: EditorUser) -> Response:
    rules_crud.discard_draft(session, actor=user.username)
    return RedirectResponse("/rules", status_code=303)


@router.get("/rules/history")
def history(request: Request, session: SessionDep, _user: ReviewerUser, published: int | None = None) -> Response:
    rows = [(v, len(rulestore.rules_of(v.data))) for v in rules_crud.versions(session)]
    return _render(request, "rules/history.html", {"versions": rows, "published": published})


@router.get("/rules/history/{version:id}")
def version_diff(request: Request, session: SessionDep, _user: ReviewerUser, version: int) -> Response:
    row = rulestore.get_version(session, version) if 0 < version < 2**31 else None
    if row is None:
        raise HTTPException(404, _t(request)("error.no_version", version=version))
    previous = rulestore.get_version(session, version - 1)
    return _render(request, "rules/diff.html", {
        "row": row, "previous": previous,
        "diff": rules_crud.diff_rules(previous.data if previous else [], row.data),
        "lexicon_changes": lexicons_crud.diff_lexicons(previous.data if previous else None, row.data)})


# --- lexicons (before /rules/{rule_id}, which would take "lexicons" for a rule id) ---------------------

@router.get("/rules/lexicons")
def lexicon_index(request: Request, session: SessionDep, user: ReviewerUser) -> Response:
    _, data = rules_crud.draft_data(session)
    latest, published = _latest_data(session)
    return _render(request, "rules/lexicons.html", {
        "lexicons": lexicons_crud.overview(data, published if latest else None)})


def _lexicon_page(request: Request, session, user, name: str, *, q: str = "", page: int = 1, error: str = "",
                  typed: str = "", try_result=None, status: int = 200) -> Response:
    _, data = rules_crud.draft_data(session)
    try:
        lex = lexicons_crud.find_lexicon(data, name)
    except RuleEditError:
        raise HTTPException(404, _t(request)("rules.err.no_lexicon", name=name)) from None
    latest, published = _latest_data(session)
    change = next((d for d in lexicons_crud.diff_lexicons(published if latest else None, data) if d.name == name),
                  None)
    users = lexicons_crud.users_of(data, name)
    failures = []
    if change is not None:
        # Only a changed lexicon can break examples (the published base passed the gate): say which now,
        # before anyone presses publish.
        failures = [f for f in rules_crud.example_failures(data) if f.rule_id in users]
    return _render(request, "rules/lexicon.html", {
        "lex": lex, "terms": lexicons_crud.term_page(lex, q, page), "q": q, "users": users, "change": change,
        "failures": failures, "error": error, "typed": typed, "try_result": try_result,
        "try_action": f"/rules/lexicons/{name}/try"}, status)


@router.get("/rules/lexicons/{name}")
def lexicon_page(request: Request, session: SessionDep, user: ReviewerUser, name: str, q: str = "",
                 page: int = 1) -> Response:
    return _lexicon_page(request, session, user, name, q=q, page=max(1, min(page, 10**6)))


@router.post("/rules/lexicons/{name}/try")
def lexicon_try(request: Request, session: SessionDep, user: ReviewerUser, name: str,
                text: Annotated[str, Form()] = "") -> Response:
    _, data = rules_crud.draft_data(session)
    result = rules_crud.try_text(data, text)
    if "hx-request" in request.headers:
        return _render(request, "rules/_tryit.html", {"try_result": result})
    return _lexicon_page(request, session, user, name, try_result=result)


@router.post("/rules/lexicons/{name}")
def lexicon_edit(request: Request, session: SessionDep, user: EditorUser, name: str,
                 op: Annotated[str, Form()], terms: Annotated[str, Form()] = "") -> Response:
    _, data = rules_crud.draft_data(session)
    try:
        new_data, changed = lexicons_crud.edit_terms(data, name, op, terms)
    except RuleEditError as exc:
        if exc.key == "rules.err.no_lexicon":
            raise HTTPException(404, exc.message(_t(request))) from None
        return _lexicon_page(request, session, user, name, error=exc.message(_t(request)),
                             typed=terms if op == "add" else "", status=422)
    rules_crud.save_change(session, new_data, actor=user.username, action=f"lexicon.{op}_terms",
                           target_type="lexicon", target_id=name, terms=changed)
    return RedirectResponse(f"/rules/lexicons/{name}", status_code=303)


# --- one rule -----------------------------------------------------------------------------------------

def _rule_page(request: Request, session, user, rule_id: str, *, error: str = "", retry: dict | None = None,
               status: int = 200) -> Response:
    _, data = rules_crud.draft_data(session)
    try:
        rule = rules_crud.find_rule(data, rule_id)
    except RuleEditError:
        raise HTTPException(404, _t(request)("error.no_rule", id=rule_id)) from None
    latest, published_data = _latest_data(session)
    published = next((r for r in rulestore.rules_of(published_data) if r.get("id") == rule_id), None)
    changes = rules_crud.diff_rules([published] if published else [], [rule])
    lexicons = {x.get("name"): x for x in data.get("lexicons") or []}
    return _render(request, "rules/rule.html", {
        "rule": rule, "rate": rule_rates(session, [rule_id]).get(rule_id),
        "phrase_rates": matched_phrase_rates(session, rule_id), "changes": changes,
        "fields": rules_crud.LIST_FIELDS, "error": error, "retry": retry or {},
        "frames": [(i, f, rules_crud.frame_key(f), rules_crud.frame_form_values(f))
                   for i, f in enumerate(rule.get("frames") or [])],
        "also": [(i, a, rules_crud.frame_key(a)) for i, a in enumerate(rule.get("also") or [])],
        "lexicons": lexicons, "categories": CATEGORIES,
        "lexicon_users": {n: lexicons_crud.users_of(data, n) for n in rules_crud.lexicons_used(rule)},
    }, status)


@router.get("/rules/{rule_id}")
def rule_page(request: Request, session: SessionDep, user: ReviewerUser, rule_id: str) -> Response:
    return _rule_page(request, session, user, rule_id)


def _refused(request, session, user, rule_id: str, exc: RuleEditError, retry: dict) -> Response:
    if exc.key == "error.no_rule":
        raise HTTPException(404, exc.message(_t(request))) from None
    session.rollback()
    return _rule_page(request, session, user, rule_id, error=exc.message(_t(request)), retry=retry, status=422)


def _saved(rule_id: str, anchor: str) -> Response:
    return RedirectResponse(f"/rules/{rule_id}#{anchor}", status_code=303)


def _edit_items(request, session, user, rule_id, field, op, value, old) -> Response:
    _, data = rules_crud.draft_data(session)
    try:
        new_data = rules_crud.edit_list(data, rule_id, field, op, value, old)
    except RuleEditError as exc:
        return _refused(request, session, user, rule_id, exc, {"do": "items", "field": field, "op": op,
                                                               "value": value, "old": old})
    rules_crud.save_change(session, new_data, actor=user.username, action=f"rule.{op}_item", target_id=rule_id,
                           field=field, value=value.strip(), old=old.strip())
    return _saved(rule_id, "field-" + field.replace(".", "-"))


def _edit_frames(request, session, user, rule_id, op, index, old, form: dict) -> Response:
    _, data = rules_crud.draft_data(session)
    before = _frame_at(data, rule_id, index)
    try:
        new_data = rules_crud.edit_frame(data, rule_id, op, index, form, old)
    except RuleEditError as exc:
        return _refused(request, session, user, rule_id, exc, {"do": "frames", "op": op, "index": index, **form})
    after = None if op == "remove" else _frame_at(new_data, rule_id, len(
        rules_crud.find_rule(new_data, rule_id)["frames"]) - 1 if op == "add" else index)
    rules_crud.save_change(session, new_data, actor=user.username, action=f"rule.{op}_frame", target_id=rule_id,
                           frame=rules_crud.describe_frame(after) if after else "",
                           old=rules_crud.describe_frame(before) if before and op != "add" else "")
    return _saved(rule_id, "frames")


def _edit_also(request, session, user, rule_id, op, index, old, category, basis) -> Response:
    _, data = rules_crud.draft_data(session)
    try:
        new_data = rules_crud.edit_also(data, rule_id, op, index, category, basis, old)
    except RuleEditError as exc:
        return _refused(request, session, user, rule_id, exc, {"do": "also", "op": op, "index": index,
                                                               "category": category, "basis": basis})
    rules_crud.save_change(session, new_data, actor=user.username, action=f"rule.{op}_also", target_id=rule_id,
                           category=category if op != "remove" else "", basis=basis.strip(), old=old)
    return _saved(rule_id, "also")


def _frame_at(data, rule_id: str, index: int) -> dict | None:
    try:
        frames = rules_crud.find_rule(data, rule_id).get("frames") or []
    except RuleEditError:
        return None
    return frames[index] if 0 <= index < len(frames) else None


def _set_enabled(request, session, user, rule_id: str, enabled: str) -> Response:
    _, data = rules_crud.draft_data(session)
    on = enabled == "1"
    try:
        new_data = rules_crud.set_enabled(data, rule_id, on)
    except RuleEditError:
        raise HTTPException(404, _t(request)("error.no_rule", id=rule_id)) from None
    rules_crud.save_change(session, new_data, actor=user.username, action="rule.enable" if on else "rule.disable",
                           target_id=rule_id)
    return _saved(rule_id, "top")


FRAME_FIELDS = tuple(f"slot{n}_{part}" for n in (1, 2, 3) for part in ("name", "terms", "pattern", "fuzzy")) \
    + ("within", "ordered")


@router.post("/rules/{rule_id}")
async def rule_edit(request: Request, session: SessionDep, user: EditorUser, rule_id: str) -> Response:
    """Every edit form of the rule page posts here; `do` says which (items, frames, also, enabled)."""
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    # The edit itself (database, pattern compiles, rule validation) runs off the event loop, like sync routes.
    return await run_in_threadpool(_rule_edit, request, session, user, rule_id, form)


def _rule_edit(request: Request, session, user, rule_id: str, form: dict) -> Response:
    get = lambda key: str(form.get(key) or "")    # noqa: E731 - form fields are text or absent
    do, op = get("do"), get("op")
    try:
        index = int(get("index") or -1)
    except ValueError:
        index = -1
    if do == "items":
        return _edit_items(request, session, user, rule_id, get("field"), op, get("value"), get("old"))
    if do == "frames":
        return _edit_frames(request, session, user, rule_id, op, index, get("old"),
                            {k: get(k) for k in FRAME_FIELDS if k in form})
    if do == "also":
        return _edit_also(request, session, user, rule_id, op, index, get("old"), get("category"), get("basis"))
    if do == "enabled":
        return _set_enabled(request, session, user, rule_id, get("enabled"))
    raise HTTPException(400, _t(request)("rules.err.op"))


@router.post("/rules/{rule_id}/items")
def edit_item(request: Request, session: SessionDep, user: EditorUser, rule_id: str,
              field: Annotated[str, Form()], op: Annotated[str, Form()],
              value: Annotated[str, Form()] = "", old: Annotated[str, Form()] = "") -> Response:
    return _edit_items(request, session, user, rule_id, field, op, value, old)


@router.post("/rules/{rule_id}/enabled")
def set_enabled(request: Request, session: SessionDep, user: EditorUser, rule_id: str,
                enabled: Annotated[str, Form()]) -> Response:
    return _set_enabled(request, session, user, rule_id, enabled)
