"""Rule-base versions, drafts and publishing on a real database."""
from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from monitor import rulestore
from monitor.db import session_scope
from monitor.models import AuditLog, RuleBaseVersion
from tests.monitor.helpers import factory_for

RULES_DIR = __import__("pathlib").Path(__file__).parent / "data" / "rules"


def test_seed_publish_and_draft(db_url):
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        v1 = rulestore.ensure_seeded(session, RULES_DIR)
        assert v1.version == 1 and [r["id"] for r in v1.data] == ["t-superlative", "t-medical", "t-price"]
        assert rulestore.ensure_seeded(session, RULES_DIR).version == 1        # idempotent

    with session_scope(factory) as session:
        draft = rulestore.get_draft(session, "ed")
        assert draft.base_version == 1
        data = copy.deepcopy(draft.data)
        data[2]["phrases"].append("亏本甩卖")
        data[2]["examples"]["hit"].append("今天亏本甩卖")
        rulestore.save_draft(session, data, actor="ed")
    with session_scope(factory) as session:
        assert rulestore.get_draft(session, "other").data == data               # one shared working copy
        v2 = rulestore.publish(session, data, actor="ed", note="more price phrases")
        assert v2.version == 2 and rulestore.get_draft(session, "ed").base_version == 2
    with factory() as session:
        assert rulestore.latest_version(session).version == 2
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "rule.publish")).all()
        assert [(a.actor, a.target_id) for a in audit] == [("ed", "2")]


def test_publish_refuses_failing_examples_and_malformed_data(db_url):
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        v1 = rulestore.ensure_seeded(session, RULES_DIR)
        broken = copy.deepcopy(v1.data)
        broken[0]["examples"]["miss"].append("这款精华是全世界最有效的")     # the rule fires on its own miss example
        with pytest.raises(rulestore.PublishError) as failed:
            rulestore.publish(session, broken, actor="ed")
        assert failed.value.failures and failed.value.failures[0].rule_id == "t-superlative"
        malformed = copy.deepcopy(v1.data)
        malformed[1]["category"] = "nonsense"
        with pytest.raises(rulestore.PublishError) as bad:
            rulestore.publish(session, malformed, actor="ed")
        assert "category" in bad.value.error and not bad.value.failures
        with pytest.raises(rulestore.PublishError):
            rulestore.publish(session, {"not": "a list"}, actor="ed")
    with factory() as session:
        assert session.scalars(select(RuleBaseVersion.version)).all() == [1]
