"""Rule-base versions, drafts and publishing on a real database."""
from __future__ import annotations

import copy

import pytest
from sqlalchemy import func, select

import rules
from monitor import rulestore
from monitor.db import session_scope
from monitor.models import AuditLog, RuleBaseVersion, RuleDraft
from rules.lexicon import bundled_lexicons
from tests.monitor.helpers import factory_for

RULES_DIR = __import__("pathlib").Path(__file__).parent / "data" / "rules"

# A rule of our own that draws on a lexicon, so a lexicon edit can break its examples.
LEXICON_RULE = {
    "id": "t-cure", "category": "medical_claim", "severity": "high", "basis": "《广告法》第十七条",
    "phase": ["promotion"],
    "frames": [{"slots": [{"name": "疗效动词", "terms": ["治好", "调好"]}, {"name": "疾病", "terms": ["@t_disease"]}]}],
    "examples": {"hit": ["这个药膏治好了我的湿疹"], "miss": ["我妈有高血压，所以买东西特别注意"]},
}
LEXICON = {"name": "t_disease", "title": "疾病（测试）", "sources": "test", "licence": "Apache-2.0",
           "terms": ["湿疹", "高血压"]}


def test_seed_publish_and_draft(db_url):
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        v1 = rulestore.ensure_seeded(session, RULES_DIR)
        # A snapshot: the rules and the lexicons they may use (the bundled ones: the test dir has none).
        assert set(v1.data) == {"rules", "lexicons"}
        assert [r["id"] for r in v1.data["rules"]] == ["t-superlative", "t-medical", "t-price"]
        assert {x["name"] for x in v1.data["lexicons"]} == {x.name for x in bundled_lexicons()}
        assert rules.rule_base_from_data(v1.data).checksum == v1.checksum == rules.load_rule_dir(RULES_DIR).checksum
        assert rulestore.ensure_seeded(session, RULES_DIR).version == 1        # idempotent

    with session_scope(factory) as session:
        # Looking at the draft creates nothing and makes nobody its last editor.
        draft, data = rulestore.draft_snapshot(session)
        assert draft is None and data == rulestore.snapshot_of(v1.data)
        assert rulestore.save_draft(session, data, actor="viewer") is None      # no change, nothing recorded
    with factory() as session:
        assert session.scalar(select(func.count(RuleDraft.id))) == 0
        assert session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "rule.draft_save")) == 0

    with session_scope(factory) as session:
        _, data = rulestore.draft_snapshot(session)
        data["rules"][2]["phrases"].append("亏本甩卖")
        data["rules"][2]["examples"]["hit"].append("今天亏本甩卖")
        draft = rulestore.save_draft(session, data, actor="ed")
        assert draft is not None and draft.base_version == 1 and draft.updated_by == "ed"
    with session_scope(factory) as session:
        assert rulestore.draft_snapshot(session)[1] == data                     # one shared working copy
        v2 = rulestore.publish(session, data, actor="ed", note="more price phrases")
        assert v2.version == 2 and rulestore.get_draft(session).base_version == 2
        assert "亏本甩卖" in rulestore.rules_of(v2.data)[2]["phrases"]
    with factory() as session:
        assert rulestore.latest_version(session).version == 2
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "rule.publish")).all()
        assert [(a.actor, a.target_id) for a in audit] == [("ed", "2")]
        saves = session.scalars(select(AuditLog).where(AuditLog.action == "rule.draft_save")).all()
        assert [a.actor for a in saves] == ["ed"]

    with session_scope(factory) as session:
        assert rulestore.discard_draft(session, actor="ed") is True
        assert rulestore.get_draft(session) is None and rulestore.discard_draft(session, actor="ed") is False


def test_old_list_rows_are_read_as_rules_with_the_bundled_lexicons(db_url):
    """Versions and drafts stored before lexicons existed hold a bare list of rules."""
    factory = factory_for(db_url)
    legacy = rules.rule_base_to_data(rules.load_rule_dir(RULES_DIR))
    with session_scope(factory) as session:
        session.add(RuleBaseVersion(version=1, checksum="old", data=legacy, created_by="system"))
        session.add(RuleDraft(base_version=1, data=copy.deepcopy(legacy), updated_by="ed"))
    with session_scope(factory) as session:
        draft, data = rulestore.draft_snapshot(session)
        assert draft is not None and data["rules"] == legacy
        assert {x["name"] for x in data["lexicons"]} == {x.name for x in bundled_lexicons()}
        assert rulestore.rules_of(rulestore.latest_version(session).data) == legacy
        # Publishing the old list stores a snapshot; the worker reads both with rules.rule_base_from_data.
        v2 = rulestore.publish(session, legacy, actor="ed")
        assert set(v2.data) == {"rules", "lexicons"}
        assert rules.rule_base_from_data(v2.data).checksum == rules.rule_base_from_data(legacy).checksum
        assert rulestore.get_draft(session).base_version == 2        # the draft was what got published


def test_publish_refuses_failing_examples_and_malformed_data(db_url):
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        v1 = rulestore.ensure_seeded(session, RULES_DIR)
        broken = rulestore.snapshot_of(v1.data)
        broken["rules"][0]["examples"]["miss"].append("这款精华是全世界最有效的")     # fires on its own miss example
        with pytest.raises(rulestore.PublishError) as failed:
            rulestore.publish(session, broken, actor="ed")
        assert failed.value.failures and failed.value.failures[0].rule_id == "t-superlative"
        malformed = rulestore.snapshot_of(v1.data)
        malformed["rules"][1]["category"] = "nonsense"
        with pytest.raises(rulestore.PublishError) as bad:
            rulestore.publish(session, malformed, actor="ed")
        assert "category" in bad.value.error and not bad.value.failures
        with pytest.raises(rulestore.PublishError):
            rulestore.publish(session, {"not": "a rule base"}, actor="ed")
        with pytest.raises(rulestore.PublishError):
            rulestore.publish(session, "nonsense", actor="ed")
    with factory() as session:
        assert session.scalars(select(RuleBaseVersion.version)).all() == [1]


def test_a_lexicon_edit_is_published_with_the_rules_and_gated_by_their_examples(db_url):
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        v1 = rulestore.ensure_seeded(session, RULES_DIR)
        data = rulestore.snapshot_of(v1.data)
        data["rules"].append(copy.deepcopy(LEXICON_RULE))
        data["lexicons"].append(copy.deepcopy(LEXICON))
        v2 = rulestore.publish(session, data, actor="ed", note="t-cure")
    # Dropping 湿疹 from the lexicon breaks another place: t-cure's hit example. Nothing is published.
    without = copy.deepcopy(data)
    next(x for x in without["lexicons"] if x["name"] == "t_disease")["terms"].remove("湿疹")
    with session_scope(factory) as session:
        with pytest.raises(rulestore.PublishError) as failed:
            rulestore.publish(session, without, actor="ed")
        assert [(f.rule_id, f.kind, f.sentence) for f in failed.value.failures] == [
            ("t-cure", "hit", "这个药膏治好了我的湿疹")]
    # Adding a term is published with the rules, and the published base matches with it.
    more = copy.deepcopy(data)
    next(x for x in more["lexicons"] if x["name"] == "t_disease")["terms"].append("鹅掌风")
    with session_scope(factory) as session:
        v3 = rulestore.publish(session, more, actor="ed", note="鹅掌风")
        assert v3.version == v2.version + 1
    with factory() as session:
        published = rules.rule_base_from_data(rulestore.latest_version(session).data)
        hits = [h for h in rules.build_matcher(published).match("这个药膏治好了我的鹅掌风") if h.rule_id == "t-cure"]
        assert hits and dict(hits[0].slots) == {"疗效动词": "治好", "疾病": "鹅掌风"}
        assert rules.rule_base_from_data(session.get(RuleBaseVersion, v2.id).data).lexicon("t_disease").terms == (
            "湿疹", "高血压")


def test_workers_match_transcripts_with_the_classifier_that_hears(db_url):
    from monitor.rule_watcher import RuleWatcher
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        rulestore.ensure_seeded(session, RULES_DIR)
    watcher = RuleWatcher(factory)
    assert watcher.poll() and watcher.current.version == 1
    assert watcher.current.matcher.classifier.heard         # rules.classifier.load_heard: reads sounds too
