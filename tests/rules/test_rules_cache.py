"""The built-matcher cache: same hits as a fresh build, rebuilt (never trusted) when stale or corrupt."""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import rules
from rules import rule_base_from_data, rule_base_to_data
from rules.cache import _read, cache_key, load_or_build, load_rule_dir_cached
from rules.matcher import Matcher

LINES = ["全网嘴低价，加我威信", "原價699,現在只要69", "本品不能治疗疾病", "这口锅是史上最好用的锅，用了一辈子都不坏", "今天天气很好"]
EXTRA = {
    "id": "t-cache", "category": "false_urgency", "severity": "low", "basis": "《广告法》第二十八条第二款第（二）项",
    "phase": ["promotion"], "phrases": ["闪电清仓"], "examples": {"hit": ["闪电清仓啦"], "miss": ["清仓"]},
}


def _hits(m: Matcher) -> list:
    return [[h.to_json() for h in m.match(x)] for x in LINES]


def _only_file(d: Path, prefix: str) -> Path:
    [f] = list(d.glob(f"{prefix}-*.pickle"))
    return f


def test_cached_matcher_matches_like_a_fresh_one(tmp_path, rule_base, matcher):
    first = load_or_build(rule_base, tmp_path)
    path = _only_file(tmp_path, "matcher")
    stamp = path.stat().st_mtime_ns
    second = load_or_build(rule_base, tmp_path)
    assert second is not first and path.stat().st_mtime_ns == stamp        # loaded, not rebuilt
    assert _hits(second) == _hits(first) == _hits(matcher)


def test_a_changed_rule_base_is_a_different_entry(tmp_path, rule_base):
    load_or_build(rule_base, tmp_path)
    edited = rule_base_from_data(rule_base_to_data(rule_base) + [copy.deepcopy(EXTRA)])
    assert cache_key(edited) != cache_key(rule_base)
    m = load_or_build(edited, tmp_path)
    assert [h.rule_id for h in m.match("闪电清仓啦")] == ["t-cache"]
    assert len(list(tmp_path.glob("matcher-*.pickle"))) == 2
    assert not load_or_build(rule_base, tmp_path).match("闪电清仓啦")


def test_corrupt_or_truncated_file_is_rebuilt(tmp_path, rule_base, matcher):
    load_or_build(rule_base, tmp_path)
    path = _only_file(tmp_path, "matcher")
    good = path.read_bytes()
    flipped = bytearray(good)
    flipped[-100] ^= 0xFF                   # a bit rot inside the pickle: the digest catches it
    for bad in (bytes(flipped), good[: len(good) // 2], b"", b"not a cache file"):
        path.write_bytes(bad)
        m = load_or_build(rule_base, tmp_path)
        assert _hits(m) == _hits(matcher)
        assert isinstance(_read(path, cache_key(rule_base)), Matcher)      # replaced by a whole file


def test_a_whole_file_that_will_not_unpickle_is_rebuilt_and_the_collector_runs_again(tmp_path, rule_base, matcher):
    import gc
    import hashlib

    from rules.cache import MAGIC
    load_or_build(rule_base, tmp_path)
    path = _only_file(tmp_path, "matcher")
    payload = b"\x80\x05not a pickle"          # the digest is right: only unpickling can find it out
    path.write_bytes(MAGIC + cache_key(rule_base).encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode()
                     + b"\n" + payload)
    assert gc.isenabled()
    assert _read(path, cache_key(rule_base)) is None
    assert gc.isenabled()                        # unpickling pauses the collector; a failure must not leave it off
    assert _hits(load_or_build(rule_base, tmp_path)) == _hits(matcher)
    assert gc.isenabled()


def test_a_file_made_for_another_key_is_not_trusted(tmp_path, rule_base):
    edited = rule_base_from_data(rule_base_to_data(rule_base) + [copy.deepcopy(EXTRA)])
    load_or_build(edited, tmp_path)
    other = _only_file(tmp_path, "matcher")
    # Put the edited base's matcher where the unedited one's belongs: the header names the wrong key.
    target = tmp_path / f"matcher-{cache_key(rule_base)[:32]}.pickle"
    shutil.copy(other, target)
    m = load_or_build(rule_base, tmp_path)
    assert not m.match("闪电清仓啦")


def test_unwritable_cache_dir_still_gives_a_matcher(tmp_path, rule_base):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    m = load_or_build(rule_base, blocker / "sub")          # cannot mkdir under a file
    assert "false_price" in {h.category for h in m.match("全网最低价")}


def test_rule_dir_cache_follows_file_contents(tmp_path):
    src = Path(rules.__file__).parent / "data"
    d = tmp_path / "rules"
    shutil.copytree(src, d)
    cache = tmp_path / "cache"
    rb1 = load_rule_dir_cached(d, cache)
    assert rb1.checksum == rules.load_rule_dir(d).checksum
    assert load_rule_dir_cached(d, cache).checksum == rb1.checksum
    with open(d / "zz_extra.yaml", "w", encoding="utf-8") as f:
        json.dump([EXTRA], f, ensure_ascii=False)          # JSON is YAML
    rb2 = load_rule_dir_cached(d, cache)
    assert rb2.checksum != rb1.checksum and rb2.by_id("t-cache") is not None


_FRESH_PROCESS = r"""
import json, sys
import rules
from rules.cache import load_or_build, load_rule_dir_cached
rb = load_rule_dir_cached(rules.loader.DATA_DIR, sys.argv[1])
m = load_or_build(rb, sys.argv[1])
hits = [h.rule_id for h in m.match("全网嘴低价，加我威信")]
print(json.dumps({"hits": hits, "pypinyin": "pypinyin" in sys.modules}))
"""


def test_cached_start_skips_the_build(tmp_path):
    # The first process builds and saves; the second loads everything, including the pinyin tables,
    # so it never imports pypinyin (0.2 s) nor builds a matcher.
    runs = [subprocess.run([sys.executable, "-c", _FRESH_PROCESS, str(tmp_path)], capture_output=True, text=True,
                           timeout=120) for _ in range(2)]
    for r in runs:
        assert r.returncode == 0, r.stderr
    first, second = (json.loads(r.stdout.splitlines()[-1]) for r in runs)
    assert first["hits"] == second["hits"] and "price-lowest-claim" in second["hits"]
    assert first["pypinyin"] and not second["pypinyin"]


def test_the_library_versions_in_the_cache_key_are_importlib_metadatas():
    """code_version reads them from the dist-info folders' names (importlib.metadata cost a start ~0.04 s)."""
    from importlib.metadata import PackageNotFoundError, version

    from rules import cache

    def known(name):
        try:
            return version(name)
        except PackageNotFoundError:
            return "?"

    assert cache._library_versions() == "".join(f"{n}={known(n)};" for n in cache._LIBRARIES)
    assert "?" not in cache._library_versions()         # every library was found (they are all installed)
