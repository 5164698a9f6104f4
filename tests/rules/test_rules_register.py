"""The report-register model (rules/register.py): a report about sales talk is no claim; a seller's talk is."""
from __future__ import annotations

import json

import numpy as np
import pytest

from rules import register, train_register
from rules.context import report_line
from rules.normalize import normalize


def test_the_bundled_model_was_trained_on_the_training_files_as_they_are():
    meta = json.loads(register.META_PATH.read_text(encoding="utf-8"))
    assert meta["training_checksum"] == train_register.training_checksum(), \
        "training data or settings changed: run `python -m rules.train_register` (needs scikit-learn)"
    assert 0.5 <= meta["threshold"] < 1.0
    # what the threshold was chosen for, out of fold: few sellers' violations taken for reports
    assert meta["out_of_fold"]["seller_violations_vetoed"] <= train_register.MAX_VETO


def test_training_never_sees_a_test_line():
    corpus = [json.loads(x) for x in (train_register.DATA / "corpus" / "corpus.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    unseen = {normalize(r["text"]).text for r in corpus if r["split"] == "test"}
    rows = train_register.training_rows()
    assert sum(r for _, r, _, _ in rows) > 500 and len(rows) > 10000
    assert not unseen & {text for text, _, _, _ in rows}


# Written for this test in the register of each kind of source; none is in the training files.
@pytest.mark.parametrize("text", [
    "经查，当事人在其网店销售的普通枕头页面中宣传该产品可改善颈椎病症状，构成虚假广告",
    "近日，多地消费者反映在直播间购买的玉石手镯与主播描述严重不符，涉事商家已被立案调查",
    "法院审理认为，被告在直播中夸大产品功效，误导消费者购买，应承担退一赔三的责任",
    "区市场监管局提醒广大消费者，对直播间里宣称包治百病的产品要多加小心",
])
def test_a_report_is_no_claim(text):
    start = max(text.find(w) for w in ("改善颈椎病", "严重不符", "夸大产品功效", "包治百病"))
    assert report_line(text, start, start + 4)


@pytest.mark.parametrize("text, claim", [
    ("家人们这款枕头睡一个月颈椎病就好了", "颈椎病"),
    ("我们这个手镯全网最低价，错过今天就没了", "全网最低价"),
    ("本产品采用纳米技术，可有效降低血压，三天见效", "降低血压"),
    # direct speech inside a report is still the seller's claim (the corpus's convention)
    ("执法人员查明，当事人在直播中称其护膝“可治疗风湿性关节炎”", "治疗风湿"),
])
def test_a_seller_talking_is_a_claim(text, claim):
    start = text.find(claim)
    assert not report_line(text, start, start + len(claim))


def test_unreadable_model_files_are_a_clear_error(tmp_path):
    meta = tmp_path / "r.json"
    weights = tmp_path / "r.npz"
    meta.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="r.json"):
        register.read(meta, weights)
    meta.write_text(register.META_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    np.savez(weights, vocabulary=np.array(["经", "经查"]), idf=np.ones(2), weights=np.ones(3), bias=np.float32(0))
    with pytest.raises(ValueError, match="does not fit"):
        register.read(meta, weights)


def test_without_its_files_every_sentence_is_judged_by_the_hand_written_checks(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(register, "META_PATH", tmp_path / "missing.json")
    register.load_or_none.cache_clear()
    register.is_report.cache_clear()
    try:
        assert not register.is_report(normalize("近日，多地消费者反映涉事商家虚假宣传，已被立案调查").text)
        assert "register model not loaded" in caplog.text
    finally:
        monkeypatch.undo()
        register.load_or_none.cache_clear()
        register.is_report.cache_clear()
