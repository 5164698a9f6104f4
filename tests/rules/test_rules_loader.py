"""Rule files: the bundled base is complete, and every kind of bad input is refused in one clear line."""
from __future__ import annotations

import copy
import re

import pytest
import yaml

from rules import CATEGORIES, PHASES, RuleFileError, load_rule_dir, rule_base_from_data, rule_base_to_data
from rules.loader import DATA_DIR

GOOD = {
    "id": "t-001", "category": "absolute_claim", "severity": "medium", "basis": "《广告法》第九条第（三）项",
    "phase": ["promotion"], "phrases": ["宇宙第一"], "patterns": [], "exceptions": [],
    "examples": {"hit": ["我们是宇宙第一"], "miss": ["今天天气好"]}, "description": "", "enabled": True,
}


def _write(tmp_path, text: str, name: str = "x.yaml"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _rule_yaml(**overrides) -> str:
    rule = {**copy.deepcopy(GOOD), **overrides}
    return yaml.safe_dump([rule], allow_unicode=True, sort_keys=False)


# -- the bundled rule base ---------------------------------------------------------------------

def test_bundled_base_is_complete(rule_base):
    files = sorted(p.stem for p in DATA_DIR.glob("*.yaml"))
    assert files == sorted(CATEGORIES)                     # one file per category, ids spelled exactly
    assert {r.category for r in rule_base.rules} == set(CATEGORIES)
    assert sum(len(r.phrases) for r in rule_base.rules) >= 300
    for r in rule_base.rules:
        assert r.examples_hit and r.examples_miss, r.id
        assert r.phase and set(r.phase) <= set(PHASES), r.id
        assert "《" in r.basis or "市场监管总局" in r.basis, r.id
    ids = [r.id for r in rule_base.rules]
    assert len(ids) == len(set(ids))


def test_public_whitelist_traps_are_violations(rule_base):
    # some public lists exempt these; they are absolute claims
    phrases = {p for r in rule_base.rules if r.category == "absolute_claim" for p in r.phrases}
    assert {"世界第一", "最有效", "最安全"} <= phrases


def test_data_round_trip_and_checksum(rule_base):
    data = rule_base_to_data(rule_base)
    assert set(data[0]) == {"id", "category", "severity", "basis", "phase", "phrases", "patterns",
                            "exceptions", "examples", "description", "enabled"}
    again = rule_base_from_data(data)
    assert again.rules == rule_base.rules
    assert again.checksum == rule_base.checksum and len(again.checksum) == 64
    data[0]["phrases"] = data[0]["phrases"] + ["宇宙最强"]
    assert rule_base_from_data(data).checksum != rule_base.checksum


# -- refusals ----------------------------------------------------------------------------------

def _refused(tmp_path, text: str) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        load_rule_dir(_write(tmp_path, text))
    msg = str(info.value)
    assert "\n" not in msg
    return info.value


def test_bad_severity_names_file_line_field(tmp_path):
    err = _refused(tmp_path, _rule_yaml(severity="huge"))
    assert re.match(r".*x\.yaml:\d+: rule 't-001' field 'severity': must be one of high/medium/low$", str(err))
    assert err.line == 3          # id on line 1, category 2, severity 3


def test_yaml_syntax_error_has_line(tmp_path):
    err = _refused(tmp_path, "- id: a\n  phrases: [unclosed\n  severity: high\n")
    assert "x.yaml:" in str(err) and "YAML syntax error" in str(err) and err.line is not None


@pytest.mark.parametrize("phrases", [[""], ["   "], ["！！"], ["最"]])
def test_empty_or_too_short_phrase_refused(tmp_path, phrases):
    err = _refused(tmp_path, _rule_yaml(phrases=phrases))
    assert err.field == "phrases" and "x.yaml:" in str(err) and err.line is not None


@pytest.mark.parametrize("pattern, why", [
    ("(a+)+$", "nested quantifier"),
    ("(x*)*y", "nested quantifier"),
    ("(a|aa)+b", "alternation inside a repeated group"),
    ("(最)\\1", "backreferences"),
    ("a*", "empty string"),
    ("(unclosed", "invalid regular expression"),
    (".*a.*b.*c", "unbounded repeats"),
    ("a.*b.*c", "wide class"),
    ("最(?:好的|好)+", "alternation inside a repeated group"),
])
def test_dangerous_patterns_refused(tmp_path, pattern, why):
    err = _refused(tmp_path, _rule_yaml(patterns=[pattern]))
    assert err.field == "patterns" and why in str(err)


def test_catastrophic_pattern_cannot_reach_a_matcher():
    data = [dict(copy.deepcopy(GOOD), patterns=["(a+)+$"])]
    with pytest.raises(RuleFileError, match="nested quantifier"):
        rule_base_from_data(data)


@pytest.mark.parametrize("override, field", [
    ({"category": "spam"}, "category"), ({"phase": ["launch"]}, "phase"), ({"basis": ""}, "basis"),
    ({"examples": {"hit": ["x"], "miss": []}}, "examples"), ({"examples": {"hit": [], "miss": ["x"]}}, "examples"),
    ({"id": "Bad Id"}, "id"), ({"id": "lexicons"}, "id"), ({"enabled": "yes"}, "enabled"), ({"phrases": [], "patterns": []}, "phrases"),
    ({"phrase": ["typo"]}, "phrase"),
])
def test_field_errors(tmp_path, override, field):
    err = _refused(tmp_path, _rule_yaml(**override))
    assert err.field == field


def test_duplicate_id_across_files(tmp_path):
    _write(tmp_path, _rule_yaml(), "a.yaml")
    err = _refused(tmp_path, _rule_yaml(), )
    assert "duplicate id" in str(err) and "a.yaml" in str(err)


def test_not_a_list_and_not_utf8(tmp_path):
    assert "list of rules" in str(_refused(tmp_path, "id: x\n"))
    (tmp_path / "x.yaml").write_bytes(b"- id: \xff\xfe\n")
    with pytest.raises(RuleFileError, match="not UTF-8"):
        load_rule_dir(tmp_path)


def test_missing_dir_refused(tmp_path):
    with pytest.raises(RuleFileError, match="does not exist"):
        load_rule_dir(tmp_path / "nope")
    with pytest.raises(RuleFileError, match="no \\*.yaml"):
        load_rule_dir(tmp_path)


def test_dict_errors_name_the_rule():
    with pytest.raises(RuleFileError) as info:
        rule_base_from_data([dict(copy.deepcopy(GOOD), severity="urgent")], source="ui")
    assert str(info.value).startswith("ui: rule 't-001' field 'severity'")
    assert isinstance(info.value, ValueError)
