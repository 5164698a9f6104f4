"""Rule-base versions in the database: seeded from the YAML directory, edited as a draft, published as versions.

A version and the draft hold a snapshot `{"rules": [...], "lexicons": [...]}` (rules.rule_base_snapshot), so an
editor's lexicon change is published with the rules that use it. Rows written before lexicons existed hold only
the list of rules; `snapshot_of` reads those as rules + the bundled lexicons, as `rules.rule_base_from_data` does.

Workers poll `latest_version` and rebuild their matcher when the version number changes.
"""
from __future__ import annotations

import copy
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import rules
from monitor import audit
from monitor.models import RuleBaseVersion, RuleDraft, utcnow
from rules.lexicon import bundled_lexicons, lexicon_to_data


class PublishError(ValueError):
    """A rule base that may not be published: `.failures` (examples that fail) or `.error` (malformed data)."""

    def __init__(self, *, failures: list | None = None, error: str = "") -> None:
        self.failures = list(failures or [])
        self.error = error
        if error:
            message = error
        else:
            message = f"{len(self.failures)} rule example(s) fail"
        super().__init__(message)


def snapshot_of(data) -> dict:
    """A stored row's data as a fresh {"rules", "lexicons"} dict; an old list row means the bundled lexicons."""
    if isinstance(data, dict) and "rules" in data:
        lexicons = data.get("lexicons")
        if lexicons is None:
            lexicons = [lexicon_to_data(x) for x in bundled_lexicons()]
        return {"rules": copy.deepcopy(list(data["rules"] or [])), "lexicons": copy.deepcopy(list(lexicons))}
    if isinstance(data, list):
        return {"rules": copy.deepcopy(data), "lexicons": [lexicon_to_data(x) for x in bundled_lexicons()]}
    raise PublishError(error="rule base must be a list of rules or a {rules, lexicons} snapshot")


def rules_of(data) -> list[dict]:
    """Just the rule dicts of a stored row, old (list) or new (snapshot)."""
    if isinstance(data, dict):
        return list(data.get("rules") or [])
    return list(data or [])


def latest_version(session: Session) -> RuleBaseVersion | None:
    return session.scalar(select(RuleBaseVersion).order_by(RuleBaseVersion.version.desc()).limit(1))


def get_version(session: Session, version: int) -> RuleBaseVersion | None:
    return session.scalar(select(RuleBaseVersion).where(RuleBaseVersion.version == version))


def ensure_seeded(session: Session, rules_dir: Path) -> RuleBaseVersion:
    """Version 1 from the YAML directory when the table is empty; the newest version otherwise."""
    current = latest_version(session)
    if current is not None:
        return current
    rule_base = rules.load_rule_dir(Path(rules_dir))
    row = RuleBaseVersion(version=1, checksum=rule_base.checksum, data=rules.rule_base_snapshot(rule_base),
                          note=f"seeded from {rules_dir}", created_by="system")
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Another process seeded it at the same moment.
        return latest_version(session)
    audit.record(session, "system", "rule.seed", "rule_base", 1, rules_dir=str(rules_dir))
    return row


def validate(data) -> "rules.RuleBase":
    """The rule base `data` (snapshot or old list) describes, or PublishError.

    Every rule's examples are run, not only those of the rules that changed: a lexicon edit changes every
    rule that uses the lexicon."""
    if not isinstance(data, (list, dict)):
        raise PublishError(error="rule base must be a list of rules or a {rules, lexicons} snapshot")
    try:
        rule_base = rules.rule_base_from_data(snapshot_of(data))
    except Exception as exc:  # noqa: BLE001 - any malformed input becomes one clear line
        raise PublishError(error=str(exc) or type(exc).__name__) from exc
    failures = rules.check_examples(rule_base)
    if failures:
        raise PublishError(failures=failures)
    return rule_base


def publish(session: Session, data, *, actor: str, note: str = "") -> RuleBaseVersion:
    rule_base = validate(data)
    snapshot = rules.rule_base_snapshot(rule_base)
    current = latest_version(session)
    number = (current.version if current else 0) + 1
    row = RuleBaseVersion(version=number, checksum=rule_base.checksum, data=snapshot, note=note,
                          created_by=actor)
    session.add(row)
    session.flush()
    for draft in session.scalars(select(RuleDraft)):
        if _same(draft.data, snapshot):
            draft.base_version = number
    audit.record(session, actor, "rule.publish", "rule_base", number, note=note,
                 checksum=rule_base.checksum, rules=len(rule_base.rules), lexicons=len(rule_base.lexicons))
    return row


def _same(a, b) -> bool:
    try:
        return snapshot_of(a) == snapshot_of(b)
    except PublishError:
        return False


def get_draft(session: Session) -> RuleDraft | None:
    """The shared working copy, or None while nobody has edited since the last discard (it is then the newest
    version). Editors see each other's edits; `updated_by` says who changed it last."""
    return session.scalar(select(RuleDraft).order_by(RuleDraft.id).limit(1))


def draft_snapshot(session: Session) -> tuple[RuleDraft | None, dict]:
    """(draft row or None, the snapshot editors work on). Reading never writes: merely looking at the rules
    must not make anyone the draft's last editor."""
    draft = get_draft(session)
    if draft is not None:
        return draft, snapshot_of(draft.data)
    current = latest_version(session)
    if current is None:
        raise PublishError(error="no rule base version exists yet (database not seeded)")
    return None, snapshot_of(current.data)


def save_draft(session: Session, data, *, actor: str, **detail) -> RuleDraft | None:
    """Store `data` as the draft and record who did it; None (and nothing recorded) when it changes nothing."""
    snapshot = snapshot_of(data)
    draft, current = draft_snapshot(session)
    if snapshot == current:
        return None
    if draft is None:
        latest = latest_version(session)
        draft = RuleDraft(base_version=latest.version if latest else 0, data=snapshot, updated_by=actor)
        session.add(draft)
        session.flush()
    draft.data = snapshot
    draft.updated_by = actor
    draft.updated_at = utcnow()
    audit.record(session, actor, "rule.draft_save", "rule_draft", draft.id, rules=len(snapshot["rules"]),
                 lexicons=len(snapshot["lexicons"]), **detail)
    return draft


def discard_draft(session: Session, *, actor: str) -> bool:
    """Drop the draft (editors then see the newest version again); False when there was none."""
    if get_draft(session) is None:
        return False
    latest = latest_version(session)
    session.execute(delete(RuleDraft))
    audit.record(session, actor, "rule.draft_discard", "rule_base", latest.version if latest else "")
    return True
