"""Exports: confirmed hits of a period as CSV, one hit as an evidence ZIP (clip, transcript, JSON record)."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.models import Hit, Stream
from review_ui.crud.hits import resolve_clip
from review_ui.i18n import translator
from review_ui.security import redact_url
from review_ui.templating import to_local

CSV_COLUMNS = ("hit_id", "spoken_at", "stream", "shop", "platform", "rule_id", "rule_version", "category",
               "severity", "basis", "matched", "how", "score", "segment_text", "reviewer", "decided_at",
               "reason", "note", "clip_sha256")
# Columns whose values are codes: written as the words reviewers read on the pages (极限用语, 高, 拼音匹配 …).
CODED = {"category": "cat", "severity": "sev", "how": "how", "reason": "reason"}


def _iso(value: datetime | None, tz: ZoneInfo) -> str:
    local = to_local(value, tz)
    return local.isoformat(timespec="seconds") if local else ""


# Spreadsheets run a cell starting with = + - @ as a formula, and Excel and WPS read the full-width forms
# (＝ ＋ － ＠, which an IME types) the same way; tab and CR start one in other programs.
FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")


def _csv_safe(value: object) -> str:
    """Transcripts are untrusted: a cell that would start a formula is prefixed with ' (shown as text)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text


def confirmed_csv(session: Session, start: datetime, end: datetime, tz: ZoneInfo,
                  language: str = "zh") -> Iterator[str]:
    """Rows of confirmed hits decided in [start, end) (naive UTC), streamed in chunks; UTF-8 BOM for Excel.
    Headers and coded values are in the UI's language (Chinese by default): the file is read by people."""
    t = translator(language)

    def word(column: str, value: str | None) -> str | None:
        return t(f"{CODED[column]}.{value}") if value else value

    buf = io.StringIO()
    writer = csv.writer(buf)
    buf.write("\ufeff")
    writer.writerow([t(f"csv.{c}") for c in CSV_COLUMNS])
    stmt = (select(Hit, Stream).join(Stream, Stream.id == Hit.stream_id)
            .where(Hit.status == "confirmed", Hit.decided_at >= start, Hit.decided_at < end)
            .order_by(Hit.decided_at, Hit.id).execution_options(yield_per=500))
    for n, (hit, stream) in enumerate(session.execute(stmt), 1):
        writer.writerow([_csv_safe(v) for v in (
            hit.id, _iso(hit.spoken_at or hit.created_at, tz), stream.name, stream.shop, stream.platform,
            hit.rule_id, hit.rule_version, word("category", hit.category), word("severity", hit.severity),
            hit.basis, hit.matched, word("how", hit.how), f"{hit.score:.3f}", hit.segment_text, hit.reviewer,
            _iso(hit.decided_at, tz), word("reason", hit.reason),
            hit.note, hit.clip_sha256)])
        if n % 200 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def hit_record(hit: Hit, stream: Stream, tz: ZoneInfo, clip_name: str | None, clip_sha256: str | None,
               full_url: bool = False) -> dict:
    # Stream URLs often carry access tokens in the query string: only an admin's export keeps them.
    url = stream.url if full_url else redact_url(stream.url)
    return {
        "hit_id": hit.id, "status": hit.status,
        "stream": {"id": stream.id, "name": stream.name, "url": url, "platform": stream.platform,
                   "shop": stream.shop},
        "rule": {"id": hit.rule_id, "version": hit.rule_version, "category": hit.category,
                 "severity": hit.severity, "basis": hit.basis},
        "match": {"matched": hit.matched, "how": hit.how, "score": hit.score,
                  "media_start": hit.start, "media_end": hit.end},
        "spoken_at": _iso(hit.spoken_at, tz), "recorded_at": _iso(hit.created_at, tz),
        "segment_text": hit.segment_text, "context": hit.context,
        "decision": {"reviewer": hit.reviewer, "decided_at": _iso(hit.decided_at, tz), "reason": hit.reason,
                     "note": hit.note},
        "clip": {"file": clip_name, "offset_seconds": hit.clip_offset, "sha256": clip_sha256,
                 "sha256_recorded": hit.clip_sha256,
                 "sha256_matches_record": (clip_sha256 == hit.clip_sha256) if clip_sha256 and hit.clip_sha256 else None},
        "timezone": str(tz),
    }


def evidence_zip(hit: Hit, stream: Stream, clips_root: Path, tz: ZoneInfo, exported_by: str,
                 full_url: bool = False) -> bytes:
    clip = resolve_clip(clips_root, hit.clip_path)
    clip_name = sha = None
    data = b""
    if clip is not None:
        data = clip.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        clip_name = "clip" + clip.suffix
    record = hit_record(hit, stream, tz, clip_name, sha, full_url=full_url)
    record["exported_by"] = exported_by
    record["exported_at"] = datetime.now(tz).isoformat(timespec="seconds")
    transcript = (f"{stream.name} · {record['spoken_at']}\n\n[{hit.matched}]\n\n"
                  f"{hit.segment_text}\n\n---\n{hit.context}\n")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        if clip_name:
            zf.writestr(clip_name, data)
        zf.writestr("transcript.txt", transcript)
        zf.writestr("record.json", json.dumps(record, ensure_ascii=False, indent=2))
    return out.getvalue()
