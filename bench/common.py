"""Shared bits for the benchmarks: every bench merges its own section into bench/results.json."""
from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "machine": platform.machine()}


def record(section: str, data: dict) -> None:
    """Merge one section into results.json, stamped with when and where it was measured."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results[section] = {"measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                        "machine": machine(), **data}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
