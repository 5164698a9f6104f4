"""Issue 9, security item 4 and the roles bullet: response headers and CSP (no inline script left in the
templates), Secure cookies, audit log by role, redacted stream URLs, reopen reasons, ids and dates out of
range, shop names with "/", full-width formula characters in CSV."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.models import AuditLog, Hit, Stream, User, utcnow
from review_ui.app import create_app
from review_ui.templating import TEMPLATES_DIR
from tests.review_ui import helpers
from tests.review_ui.test_ui_security import _path_values, app_routes

HUGE = "99999999999999999999"
SECRET_URL = "https://pull.example.com/live/abc.flv?auth_key=SECRET-TOKEN-42&expires=1"


def _check_headers(response, path: str) -> None:
    h = response.headers
    csp = h.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, path
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
    assert h.get("x-content-type-options") == "nosniff", path
    assert h.get("referrer-policy") in ("same-origin", "no-referrer"), path
    if not path.startswith("/static/"):
        assert h.get("cache-control") == "no-store", (path, h.get("cache-control"))


def test_every_response_carries_the_security_headers(app, client, seeded, db):
    values = _path_values(seeded, db)
    _check_headers(client.get("/login"), "/login")
    _check_headers(client.get("/queue", follow_redirects=False), "/queue (anonymous)")
    for asset in ("/static/app.js", "/static/page.js", "/static/app.css", "/static/htmx.min.js"):
        _check_headers(client.get(asset), asset)
    helpers.login(client, "ada")
    checked = 0
    for route_path, methods, is_mount in app_routes(app):
        if is_mount or "GET" not in methods or route_path == "/metrics":
            continue
        path = re.sub(r"{(\w+)(?::\w+)?}", lambda m: values[m.group(1)], route_path)
        response = client.get(path, follow_redirects=False)
        assert response.status_code < 500, path
        _check_headers(response, path)
        checked += 1
    assert checked >= 15
    hit_id = seeded["hits"][0].id
    for path in (f"/hits/{hit_id}/clip", f"/hits/{hit_id}/evidence.zip", "/export/confirmed.csv", "/nowhere"):
        _check_headers(client.get(path), path)
    # A 404 and a refused POST carry them too.
    _check_headers(client.post("/queue/claim", data={}), "POST without CSRF")


def test_templates_have_no_inline_script_or_style():
    """The CSP allows neither: every behaviour lives in /static/*.js."""
    offenders = []
    for path in Path(TEMPLATES_DIR).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"<script(?![^>]*\bsrc=)[^>]*>", r"\son[a-z]+\s*=", r"\sstyle\s*=", r"javascript:",
                        r"hx-on", r"<style"):
            if re.search(pattern, text, re.IGNORECASE):
                offenders.append((path.name, pattern))
    assert offenders == []
    base = (Path(TEMPLATES_DIR) / "base.html").read_text(encoding="utf-8")
    config = re.search(r'<meta name="htmx-config" content=\'([^\']+)\'', base)
    assert config and json.loads(config.group(1))["includeIndicatorStyles"] is False


def test_secure_cookie_flag_follows_the_setting(tmp_path):
    for secure in (False, True):
        settings = helpers.make_settings(tmp_path / str(secure), cookie_secure=secure)
        app = create_app(settings)
        try:
            with app.state.session_factory() as session:
                helpers.add_users(session)
            with TestClient(app, base_url="https://127.0.0.1") as client:
                cookie = helpers.login(client, "rita").headers["set-cookie"].lower()
                assert ("; secure" in cookie) is secure, cookie
        finally:
            app.state.engine.dispose()


def test_audit_log_is_admin_only_reviewers_see_their_own(client, seeded, db):
    helpers.login(client, "rex", "wrong-password-x")          # a failed login with an IP: admins only
    helpers.login(client, "ada")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{seeded['hits'][1].id}/decide", data={"decision": "confirm", "csrf_token": token})
    full = client.get("/audit").text
    assert "login_failed" in full and ">rex<" in full and ">ada<" in full
    client.post("/logout", data={"csrf_token": token})

    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{seeded['hits'][0].id}/decide", data={"decision": "confirm", "csrf_token": token})
    for path in ("/audit", "/audit?actor=rex", "/audit?actor=ada&action=login_failed", "/audit?target=user:",
                 f"/audit?target=hit:{seeded['hits'][1].id}"):
        page = client.get(path)
        assert page.status_code == 200
        actors = re.findall(r'<tr data-action="[^"]*"><td class="nowrap">[^<]*</td><td>([^<]*)</td>', page.text)
        assert set(actors) <= {"rita"}, (path, actors)
        assert "login_failed" not in page.text.split("<tbody>", 1)[1], path
    assert {"rita"} == set(re.findall(r'<td>([^<]*)</td><td>确认违规', client.get("/audit").text))


def test_stream_urls_are_redacted_below_admin(client, seeded, db):
    stream = seeded["streams"][0]
    stream.url = SECRET_URL
    db.commit()
    hit_id = seeded["hits"][0].id
    helpers.login(client, "rita")
    for path in (f"/hits/{hit_id}", f"/hits/{hit_id}/panel", "/streams"):
        page = client.get(path).text
        assert "SECRET-TOKEN-42" not in page, path
        assert "pull.example.com/live/abc.flv?…" in page, path
    record = json.loads(zipfile.ZipFile(io.BytesIO(client.get(f"/hits/{hit_id}/evidence.zip").content))
                        .read("record.json"))
    assert record["stream"]["url"] == "https://pull.example.com/live/abc.flv?…"
    client.post("/logout", data={"csrf_token": helpers.page_csrf(client)})

    helpers.login(client, "ada")
    assert SECRET_URL.replace("&", "&amp;") in client.get(f"/hits/{hit_id}").text
    record = json.loads(zipfile.ZipFile(io.BytesIO(client.get(f"/hits/{hit_id}/evidence.zip").content))
                        .read("record.json"))
    assert record["stream"]["url"] == SECRET_URL


def test_admin_reopen_needs_a_reason(client, seeded, db):
    hit_id = seeded["hits"][0].id
    helpers.login(client, "ada")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{hit_id}/decide", data={"decision": "confirm", "csrf_token": token})
    for note in ("", "   "):
        response = client.post(f"/hits/{hit_id}/reopen", data={"note": note, "csrf_token": token},
                               follow_redirects=False)
        assert response.status_code == 400 and "原因" in response.text
    db.expire_all()
    assert db.get(Hit, hit_id).status == "confirmed"
    ok = client.post(f"/hits/{hit_id}/reopen", data={"note": "复核：语境合规", "csrf_token": token},
                     follow_redirects=False)
    assert ok.status_code == 303
    db.expire_all()
    assert db.get(Hit, hit_id).status == "pending"
    assert db.scalar(select(AuditLog.detail).where(AuditLog.action == "hit.reopen"))["note"] == "复核：语境合规"


def test_ids_and_dates_out_of_range_are_404_or_400(client, seeded, db):
    helpers.login(client, "ada")
    token = helpers.page_csrf(client)
    for path in (f"/hits/{HUGE}", f"/hits/{HUGE}/panel", f"/hits/{HUGE}/clip", f"/hits/{HUGE}/evidence.zip",
                 "/hits/9223372036854775808", "/hits/999999999999999999"):
        assert client.get(path).status_code == 404, path
    for path in (f"/hits/{HUGE}/decide", f"/hits/{HUGE}/reopen", f"/users/{HUGE}"):
        response = client.post(path, data={"decision": "confirm", "note": "x", "csrf_token": token})
        assert response.status_code == 404, path
    for path in (f"/queue?stream={HUGE}", f"/queue?page={HUGE}", f"/queue?stream=-{HUGE}",
                 "/queue?from=0001-01-01&to=9999-12-31", f"/audit?page={HUGE}", f"/dashboard?days={HUGE}"):
        assert client.get(path).status_code == 200, path
    for start, end in (("0001-01-01", "2026-01-01"), ("2026-01-01", "9999-12-31"), ("0001-01-01", "9999-12-31")):
        response = client.get(f"/export/confirmed.csv?start={start}&end={end}")
        assert response.status_code == 400, (start, end, response.status_code)


def test_shop_names_with_a_slash_work_in_the_uis_own_links(client, seeded, db):
    stream = helpers.add_stream(db, "slashed-1", shop="A/B 旗舰店?#%")
    helpers.add_hit(db, stream, matched="第一", status="confirmed", reviewer="ada", decided_at=utcnow())
    db.commit()
    helpers.login(client, "rita")
    links = re.findall(r'href="(/shops/[^"]+)"', client.get("/shops").text)
    slashed = [link for link in links if link.startswith("/shops/A/B")]
    assert slashed, links
    page = client.get(slashed[0].replace("&amp;", "&"))
    assert page.status_code == 200 and "A/B 旗舰店?#%" in page.text
    # The hit page's shop link is the same.
    hit_id = db.scalar(select(Hit.id).where(Hit.stream_id == stream.id))
    panel_link = re.search(r'href="(/shops/[^"]+)"', client.get(f"/hits/{hit_id}").text).group(1)
    assert client.get(panel_link.replace("&amp;", "&")).status_code == 200


def test_csv_neutralises_full_width_and_ascii_formula_starts(client, seeded, db):
    stream = seeded["streams"][0]
    starts = ["＝HYPERLINK(\"http://evil\")", "＋1+1", "－2", "＠SUM(A1)", "=1+1", "+1", "-1", "@A1",
              "\tx", "\rx"]
    for text in starts:
        helpers.add_hit(db, stream, matched=text, segment_text=text, note=text, status="confirmed",
                        reviewer="ada", decided_at=utcnow())
    db.commit()
    helpers.login(client, "rita")
    body = client.get("/export/confirmed.csv").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    matched = {row["命中词"] for row in rows}         # the UI's language: Chinese headers
    for text in starts:
        assert "'" + text in matched, text
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r＝＋－＠", value


def test_user_ids_of_other_routes_stay_valid(client, seeded, db):
    """The bounded id converter still reaches ordinary ids (a user page update by an admin)."""
    helpers.login(client, "ada")
    token = helpers.page_csrf(client, "/users")
    rex = db.scalar(select(User.id).where(User.username == "rex"))
    assert client.post(f"/users/{rex}", data={"role": "editor", "csrf_token": token},
                       follow_redirects=False).status_code == 303
    db.expire_all()
    assert db.get(User, rex).role == "editor"
    assert db.scalar(select(Stream.id).where(Stream.name == "beauty-1"))
