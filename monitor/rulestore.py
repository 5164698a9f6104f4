"""Rule-base versions in the database: seeded from the YAML directory, edited as a draft, published as versions.

Workers poll `latest_version` and rebuild their matcher when the version number changes.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import rules
from monitor import audit
from monitor.models import RuleBaseVersion, RuleDraft, utcnow


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
    row = RuleBaseVersion(version=1, checksum=rule_base.checksum, data=rules.rule_base_to_data(rule_base),
                          note=f"seeded from {rules_dir}", created_by="system")
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Another process seeded it at the same moment.
        return latest_version(session)
    audit.record(session, "system", "rule.seed", "rule_base", 1, rules_dir=str(rules_dir))
    return row


def validate(data: list[dict]) -> "rules.RuleBase":
    """The rule base `data` describes, or PublishError."""
    if not isinstance(data, list):
        raise PublishError(error="rule base must be a list of rules")
    try:
        rule_base = rules.rule_base_from_data(data)
    except Exception as exc:  # noqa: BLE001 - any malformed input becomes one clear line
        raise PublishError(error=str(exc) or type(exc).__name__) from exc
    failures = rules.check_examples(rule_base)
    if failures:
        raise PublishError(failures=failures)
    return rule_base


def publish(session: Session, data: list[dict], *, actor: str, note: str = "") -> RuleBaseVersion:
    rule_base = validate(data)
    current = latest_version(session)
    number = (current.version if current else 0) + 1
    row = RuleBaseVersion(version=number, checksum=rule_base.checksum,
                          data=rules.rule_base_to_data(rule_base), note=note, created_by=actor)
    session.add(row)
    session.flush()
    for draft in session.scalars(select(RuleDraft)):
        if draft.data == data:
            draft.base_version = number
    audit.record(session, actor, "rule.publish", "rule_base", number, note=note,
                 checksum=rule_base.checksum, rules=len(rule_base.rules))
    return row


def _draft(session: Session) -> RuleDraft | None:
    # One shared working copy: editors see each other's edits (updated_by says who saved last).
    return session.scalar(select(RuleDraft).order_by(RuleDraft.id).limit(1))


def get_draft(session: Session, actor: str) -> RuleDraft:
    draft = _draft(session)
    if draft is None:
        current = latest_version(session)
        if current is None:
            raise PublishError(error="no rule base version exists yet (database not seeded)")
        draft = RuleDraft(base_version=current.version, data=current.data, updated_by=actor)
        session.add(draft)
        session.flush()
    return draft


def save_draft(session: Session, data: list[dict], *, actor: str) -> RuleDraft:
    if not isinstance(data, list):
        raise PublishError(error="rule base must be a list of rules")
    draft = get_draft(session, actor)
    draft.data = data
    draft.updated_by = actor
    draft.updated_at = utcnow()
    audit.record(session, actor, "rule.draft_save", "rule_draft", draft.id, rules=len(data))
    return draft
