"""Review UI server time with 100,000 hits in a SQLite database (target: p95 ≤ 150 ms for queue and hit pages).

Seeds a throw-away database (bulk insert, realistic mix of streams, shops, statuses and 30 days of history),
runs the real app in-process and reads each response's `Server-Timing: app;dur=` header, which the app's
outermost middleware sets: the time from request in to response headers out, database and templates included.
"""
from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

from bench.common import record
from review_ui.crud.planner import refresh_if_stale
from monitor.models import Hit, Stream, utcnow
from monitor.settings import Settings
from monitor.users import create_user

HITS = 100_000
STREAMS = 40
SHOPS = 20
REQUESTS = 200
TARGET_P95_MS = 150.0
CATEGORIES = ("absolute_claim", "medical_claim", "guarantee_claim", "false_price", "false_urgency",
              "off_platform", "disparagement", "false_endorsement", "vulgar")
SEVERITIES = (("high", 3), ("medium", 2), ("low", 1))
PHRASES = ("最好", "第一", "根治", "加微信", "秒杀", "保证有效", "全网最低价", "央视推荐", "国家级")


def seed(app, rng: random.Random) -> list[int]:
    now = utcnow()
    with app.state.session_factory() as session:
        create_user(session, "bench", "bench-password", "reviewer", actor="bench")
        streams = [Stream(name=f"直播间-{i:02d}", url=f"rtmp://127.0.0.1/live/{i}", platform="douyin",
                          shop=f"店铺-{i % SHOPS:02d}", state=rng.choice(("live", "live", "stalled", "ended")),
                          last_segment_at=now) for i in range(STREAMS)]
        session.add_all(streams)
        session.flush()
        stream_ids = [s.id for s in streams]
        rows = []
        for n in range(HITS):
            severity, rank = rng.choice(SEVERITIES)
            status = rng.choices(("pending", "confirmed", "dismissed"), (60, 25, 15))[0]
            created = now - timedelta(seconds=rng.uniform(0, 30 * 86400))
            phrase = rng.choice(PHRASES)
            text = f"家人们这款产品{phrase}，今天直播间专属价格，错过就没有了，第{n}句"
            rows.append(dict(
                stream_id=rng.choice(stream_ids), rule_id=f"rule-{rng.randrange(25)}", rule_version=1,
                category=rng.choice(CATEGORIES), severity=severity, severity_rank=rank,
                basis="《广告法》第九条第（三）项", matched=phrase, how="exact", score=1.0, segment_text=text,
                context=f"上一句话。{text}。下一句话。", start_ms=n * 1000, start=float(n), end=n + 1.5,
                spoken_at=created, created_at=created, clip_path=f"x/{n}.ogg", clip_sha256="0" * 64,
                clip_offset=2.0, status=status,
                reviewer="rita" if status != "pending" else None,
                decided_at=created + timedelta(minutes=10) if status != "pending" else None,
                reason={"confirmed": "violation", "dismissed": "asr_error"}.get(status)))
            if len(rows) == 5000:
                session.execute(insert(Hit), rows)
                rows.clear()
        if rows:
            session.execute(insert(Hit), rows)
        session.commit()
        return [h for (h,) in session.execute(Hit.__table__.select().with_only_columns(Hit.id))]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(client: TestClient, paths: list[str]) -> dict:
    server, wall = [], []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        wall.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path} answered {response.status_code}")
        server.append(float(response.headers["server-timing"].split("dur=")[1]))
    return {"requests": len(paths), "p50_ms": round(statistics.median(server), 1),
            "p95_ms": round(percentile(server, 0.95), 1), "max_ms": round(max(server), 1),
            "client_p95_ms": round(percentile(wall, 0.95), 1)}


def main() -> None:
    from review_ui.app import create_app

    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="livewatch-bench-ui-") as tmp:
        settings = Settings(data_dir=Path(tmp), database_url=f"sqlite:///{Path(tmp) / 'bench.db'}")
        app = create_app(settings)
        started = time.perf_counter()
        ids = seed(app, rng)
        seed_s = time.perf_counter() - started
        print(f"seeded {len(ids)} hits in {seed_s:.1f} s", flush=True)
        with TestClient(app, base_url="http://127.0.0.1") as client:
            page = client.get("/login").text
            token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
            client.post("/login", data={"username": "bench", "password": "bench-password", "csrf_token": token})
            for warm in ("/queue", f"/hits/{ids[0]}"):
                client.get(warm)
            started = time.perf_counter()
            analyzed = refresh_if_stale(app.state.engine)       # what the running UI does on its own
            analyze_s = time.perf_counter() - started
            variants = {
                "queue_newest": lambda: "/queue",
                "queue_severity": lambda: "/queue?order=severity",
                "queue_category": lambda: f"/queue?category={rng.choice(CATEGORIES)}",
                "queue_stream": lambda: f"/queue?stream={rng.randrange(1, STREAMS + 1)}",
                "queue_high_by_severity": lambda: "/queue?severity=high&order=severity",
                "queue_page5": lambda: "/queue?page=5",
            }
            results = {name: measure(client, [make() for _ in range(REQUESTS // 4)]) for name, make in variants.items()}
            mixed = [rng.choice(list(variants.values()))() for _ in range(REQUESTS)]
            results["queue"] = measure(client, mixed)
            results["hit"] = measure(client, [f"/hits/{rng.choice(ids)}" for _ in range(REQUESTS)])
            results["hit_panel"] = measure(client, [f"/hits/{rng.choice(ids)}/panel" for _ in range(REQUESTS)])
        app.state.engine.dispose()
    ok = all(results[k]["p95_ms"] <= TARGET_P95_MS for k in ("queue", "hit"))
    data = {"hits": HITS, "streams": STREAMS, "database": "sqlite", "target_p95_ms": TARGET_P95_MS,
            "meets_target": ok, "seed_seconds": round(seed_s, 1), "analyze_ran": analyzed,
            "analyze_seconds": round(analyze_s, 2), **results}
    record("ui", data)
    for key, value in results.items():
        print(f"{key:24s} p50 {value['p50_ms']:6.1f} ms  p95 {value['p95_ms']:6.1f} ms  max {value['max_ms']:6.1f} ms")
    print("target p95 ≤ 150 ms:", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
