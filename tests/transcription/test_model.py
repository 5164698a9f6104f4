"""The bundled model is joined once, verified, reused; overrides are checked; nothing is downloaded."""
from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from transcription import model as model_mod
from transcription.model import MODEL_BIN_SIZE, ModelError, resolve_model_dir


def test_join_verifies_and_is_reused(model_dir):
    model_bin = model_dir / "model.bin"
    assert model_bin.stat().st_size == MODEL_BIN_SIZE
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (model_dir / name).is_file()
    before = model_bin.stat().st_mtime_ns
    again = resolve_model_dir(None, model_dir.parent)
    assert again == model_dir and model_bin.stat().st_mtime_ns == before, "a verified model must not be re-joined"
    assert not [p for p in model_dir.parent.iterdir() if p.name.startswith(".")], "temporary dirs left behind"


def _resolve(cache: str) -> str:
    return str(resolve_model_dir(None, Path(cache)))


def test_two_processes_joining_at_once_agree(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        results = pool.map(_resolve, [str(tmp_path)] * 2)
    assert results[0] == results[1]
    assert Path(results[0], "model.bin").stat().st_size == MODEL_BIN_SIZE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["whisper-base"]


def test_damaged_parts_are_refused(tmp_path, monkeypatch):
    real = model_mod.find_bundled_parts()
    fake = tmp_path / "pkg"
    fake.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (fake / name).write_bytes((real.part1.parent / name).read_bytes())
    (fake / "model.bin.part1").write_bytes(b"\0" * 1000)
    (fake / "model.bin.part2").write_bytes(b"\0" * 1000)
    monkeypatch.setattr(model_mod, "find_bundled_parts",
                        lambda: model_mod.BundledParts(fake / "model.bin.part1", fake / "model.bin.part2"))
    with pytest.raises(ModelError, match="damaged"):
        resolve_model_dir(None, tmp_path / "cache")
    assert not (tmp_path / "cache" / "whisper-base").exists()
    assert not [p for p in (tmp_path / "cache").iterdir()], "half-joined files left behind"


def test_override_must_be_a_ctranslate2_dir(tmp_path, model_dir):
    with pytest.raises(ModelError, match="not a directory"):
        resolve_model_dir(str(tmp_path / "large-v3"), tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelError, match="not a CTranslate2 model"):
        resolve_model_dir(str(empty), tmp_path)
    assert resolve_model_dir(str(model_dir), tmp_path / "unused") == model_dir
    assert not (tmp_path / "unused").exists()
