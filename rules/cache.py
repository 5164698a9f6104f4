"""A built Matcher saved on disk, so a short-lived process (`livewatch match`) starts in a fraction of a second.

Building costs ~1.5 s before the first line is matched: the jieba dictionary (0.6 s), the
two-character homophone table, the pinyin tables, then the automata. The whole Matcher object is
pickled (whatever automata it holds), keyed by the rule base's checksum and a code version (the
source of the rules package, the Python and library versions), next to a support file with the
pinyin tables and jieba's dictionary, which do not depend on the rules.

A file is trusted only if its header names the expected key and its payload has the recorded
sha256: a stale, truncated or corrupt file is rebuilt and replaced, never half-used. Files are
written to a temporary name and renamed, so concurrent processes never read a partial file.
Pickle runs code on load: the cache directory must be the user's own (created 0700).
Whatever Matcher.__init__ sets up outside the Matcher object (a global table, a jieba word) is not in
the pickle: keep such state in the support file or derive it lazily, or a cached start will lack it.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from rules.matcher import Matcher, collector_paused
from rules.model import RuleBase
from rules.word_table import WordTable

log = logging.getLogger(__name__)

MAGIC = b"livewatch-matcher-cache\n"
KEEP = 8                                  # newest matcher files kept per directory
_LIBRARIES = ("pyahocorasick", "google-re2", "jieba", "pypinyin", "rapidfuzz", "opencc-python-reimplemented")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "livewatch"


@lru_cache(maxsize=1)
def code_version() -> str:
    """Changes whenever the code that builds or runs a Matcher (or a library it pickles) changes."""
    h = hashlib.sha256(sys.version.encode())
    h.update(_library_versions().encode())
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _library_versions() -> str:
    """"name=version;" of each of _LIBRARIES, read from the name of the first *.dist-info (or *.egg-info) folder
    on sys.path that is named after it, as importlib.metadata finds a distribution; "?" for one not found.

    Why not importlib.metadata.version: importing it (email, zipfile, csv) and asking it was ~0.04 s of a
    ~0.6 s `livewatch match` start, which needs nothing else from it. The folder's name holds the version."""
    wanted = {_canonical(name) for name in _LIBRARIES}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:             # a zip file, a folder gone
            continue
        for folder in names:
            stem, _, kind = folder.rpartition(".")
            if kind not in ("dist-info", "egg-info"):
                continue
            dist, _, version = stem.partition("-")
            key = _canonical(dist)
            if key in wanted and key not in found:
                found[key] = version
    return "".join(f"{name}={found.get(_canonical(name), '?')};" for name in _LIBRARIES)


def cache_key(rule_base: RuleBase) -> str:
    return hashlib.sha256(f"{rule_base.checksum}:{code_version()}".encode()).hexdigest()


def _read(path: Path, key: str):
    """The unpickled payload of `path` if it is whole and made for `key`; None otherwise."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = MAGIC + key.encode() + b"\n"
    if not blob.startswith(head) or len(blob) < len(head) + 65:
        return None
    digest, payload = blob[len(head):len(head) + 64], blob[len(head) + 65:]
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        log.warning("matcher cache %s is corrupt: rebuilding", path)
        return None
    try:
        with collector_paused():
            return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - any unpickling failure means: rebuild
        log.warning("matcher cache %s cannot be loaded: rebuilding", path, exc_info=True)
        return None


def _write(path: Path, key: str, obj) -> None:
    try:
        payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - e.g. something unpicklable added to Matcher: run uncached
        log.warning("matcher cannot be pickled: not cached", exc_info=True)
        return
    blob = MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as e:          # a read-only or full disk only costs the next start-up its speed
        log.warning("matcher cache not written to %s: %s", path, e)


def _prune(directory: Path, prefix: str) -> None:
    try:
        files = sorted(directory.glob(f"{prefix}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:             # a file removed by another process meanwhile
        return
    for old in files[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass


# -- support tables (independent of the rules) -----------------------------------------------------
_support_lock = threading.Lock()
_support_ready = False          # once per process: a worker may call load_or_build at every publish


def _support_state() -> dict:
    from rules import context
    from rules.pinyin_index import tables
    from rules.sound_view import sound_table
    import jieba
    context.ensure_jieba()
    return {"pinyin": tables(), "jieba": _packed_freq(jieba.dt.FREQ, jieba.dt.total), "sound": sound_table()}


def _packed_freq(freq, total: int):
    """jieba's word table as (sorted words joined by newlines, their counts as int64 bytes, total), which a cached
    start loads as a WordTable (rules.word_table: one split, ~0.03 s; rebuilding the 500,000-entry dict took
    ~0.15 s). The plain dict when a word or count does not fit that form."""
    packed = WordTable.packed(freq)
    return (freq, total) if packed is None else (*packed, total)


def _unpacked_freq(packed) -> tuple[dict | WordTable, int]:
    if len(packed) == 2:
        return packed
    words, counts, total = packed
    return WordTable.unpacked(words, counts), total


def _install_support(state: dict) -> None:
    import jieba
    from rules.pinyin_index import install_tables
    from rules.sound_view import install_sound_table
    install_tables(state["pinyin"])
    install_sound_table(state["sound"])
    dt = jieba.dt
    with dt.lock:
        # jieba's own cache is a marshal file that takes 0.6 s to read; the packed table loads in 0.03 s.
        if not dt.initialized:
            dt.FREQ, dt.total = _unpacked_freq(state["jieba"])
            dt.initialized = True


def _load_support(directory: Path) -> None:
    global _support_ready
    key = code_version()
    path = directory / f"support-{key[:32]}.pickle"
    with _support_lock:
        if _support_ready:
            return
        _support_ready = True
        state = _read(path, key)
        if state is None:
            state = _support_state()
            _write(path, key, state)
            for old in directory.glob("support-*.pickle"):
                if old != path:
                    try:
                        old.unlink()
                    except OSError:
                        pass
        else:
            _install_support(state)


# -- the two n-gram models ---------------------------------------------------------------------------
_model_lock = threading.Lock()


def _cached_model(directory: Path, name: str, module, loaded) -> object:
    """A bundled n-gram model (module.load_or_none(): rules.classifier, rules.register), from a pickle keyed by
    its model files' bytes.

    Why: reading a model builds its n-gram automaton (the classifier: 100,000 n-grams, 0.08 s, and the batch
    path's int-valued twin, 0.09 s; the register model 0.08 s) in every process; unpickled, they come in 0.04 s."""
    with _model_lock:
        if loaded():                                    # this process has it already
            return module.load_or_none()
        try:
            h = hashlib.sha256(code_version().encode())
            for path in (module.META_PATH, module.WEIGHTS_PATH):
                h.update(path.read_bytes())
        except OSError:
            return module.load_or_none()                # which says what is wrong
        key = h.hexdigest()
        path = directory / f"{name}-{key[:32]}.pickle"
        model = _read(path, key)
        if model is not None and type(model).__module__ == module.__name__:
            module.install(model)
            return model
        model = module.load_or_none()
        if model is not None:
            if hasattr(model, "prepare"):
                model.prepare()
            _write(path, key, model)
            _prune(directory, name)
        return model


def _classifier(directory: Path):
    from rules import classifier
    return _cached_model(directory, "classifier", classifier, lambda: classifier.load.cache_info().currsize)


def _register(directory: Path):
    from rules import register
    return _cached_model(directory, "register", register, lambda: register.load_or_none.cache_info().currsize)


# -- the matcher ------------------------------------------------------------------------------------
def load_or_build(rule_base: RuleBase, cache_dir: str | Path | None = None, *,
                  second_opinion: bool = True) -> Matcher:
    """The Matcher for `rule_base`: from the cache when a whole, current file is there, else built and saved.
    The classifier (second opinion) is not pickled with it: it has a cache file of its own (_classifier)."""
    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    model = _classifier(directory) if second_opinion else None
    _register(directory)        # read now, before any fork: --jobs processes share it
    if not rule_base.checksum:          # nothing to key on (a RuleBase made by hand): never cached
        return Matcher(rule_base, classifier=model)
    key = cache_key(rule_base)
    path = directory / f"matcher-{key[:32]}.pickle"
    _load_support(directory)
    matcher = _read(path, key)
    if not (isinstance(matcher, Matcher) and matcher.rule_base.checksum == rule_base.checksum):
        matcher = Matcher(rule_base)
        _write(path, key, matcher)
        _prune(directory, "matcher")
    matcher.classifier = model
    return matcher


# -- the rule files ---------------------------------------------------------------------------------
def load_rule_dir_cached(rules_dir: str | Path, cache_dir: str | Path | None = None) -> RuleBase:
    """load_rule_dir(rules_dir), skipping the YAML parse (the slowest part of a cached start) when the
    bytes of every rule and lexicon file it could read are unchanged."""
    from rules.lexicon import LEXICON_DIR
    from rules.loader import load_rule_dir
    rules_dir = Path(rules_dir)
    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    try:
        files = sorted([*rules_dir.glob("*.yaml"), *rules_dir.glob("*.yml")])
        # Lexicons come from rules_dir/lexicons or the bundled folder: hash both, over-inclusive is safe.
        files += sorted((rules_dir / "lexicons").glob("*.txt")) + sorted(LEXICON_DIR.glob("*.txt"))
        h = hashlib.sha256(code_version().encode())
        for f in files:
            h.update(f"\0{f}\0".encode())
            h.update(f.read_bytes())
    except OSError:
        return load_rule_dir(rules_dir)     # let the loader say what is wrong
    if not files:
        return load_rule_dir(rules_dir)
    key = h.hexdigest()
    path = directory / f"rules-{key[:32]}.pickle"
    rule_base = _read(path, key)
    if isinstance(rule_base, RuleBase):
        return rule_base
    rule_base = load_rule_dir(rules_dir)
    _write(path, key, rule_base)
    _prune(directory, "rules")
    return rule_base


def rule_base_from_data_cached(data, cache_dir: str | Path | None = None, source: str = "<data>") -> RuleBase:
    """rule_base_from_data(data), skipping the validation (every pattern parsed and compiled, every lexicon
    checked: the slowest part of a cached start from a published base) when these exact bytes were seen.

    `data` is the stored JSON text (hashed as it is, parsed only on a miss) or the parsed object."""
    import json
    from rules.loader import rule_base_from_data
    raw = data if isinstance(data, (str, bytes)) else json.dumps(data, ensure_ascii=False, sort_keys=True)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    key = hashlib.sha256(code_version().encode() + b"\0data\0" + raw).hexdigest()
    path = directory / f"rules-{key[:32]}.pickle"
    rule_base = _read(path, key)
    if isinstance(rule_base, RuleBase):
        return rule_base
    rule_base = rule_base_from_data(json.loads(raw) if isinstance(data, (str, bytes)) else data, source=source)
    _write(path, key, rule_base)
    _prune(directory, "rules")
    return rule_base
