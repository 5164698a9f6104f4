"""`make bench`: run every benchmark; each writes its section of bench/results.json."""
from __future__ import annotations

import importlib
import sys

BENCHES = ["bench.bench_matcher", "bench.bench_asr", "bench.bench_monitor", "bench.bench_ui"]


def main(argv: list[str]) -> int:
    chosen = [b for b in BENCHES if not argv or any(a in b for a in argv)]
    for name in chosen:
        print(f"== {name}", flush=True)
        importlib.import_module(name).main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
