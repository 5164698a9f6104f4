"""Security: anonymous access, roles, CSRF, escaping, login throttling, sessions, clip paths."""
from __future__ import annotations

import os
import re
import stat

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from starlette.routing import Mount

from monitor.models import AuditLog, Hit, RuleBaseVersion, RuleDraft, Stream, User
from monitor.models import utcnow
from review_ui.app import create_app
from review_ui.crud.hits import resolve_clip
from tests.review_ui import helpers

PUBLIC = {"/login", "/healthz"}


def app_routes(app) -> list[tuple[str, set[str], bool]]:
    """(path, methods, is_mount) for every route of app.routes, including those of included routers.

    Newer FastAPI keeps included routers as one entry of app.routes; iter_route_contexts flattens them.
    """
    try:
        from fastapi.routing import iter_route_contexts
        contexts = list(iter_route_contexts(app.routes))
    except ImportError:
        contexts = list(app.routes)
    out = []
    for ctx in contexts:
        original = getattr(ctx, "original_route", ctx)
        out.append((ctx.path, set(ctx.methods or ()), isinstance(original, Mount)))
    return out


def _path_values(seeded, db) -> dict[str, str]:
    return {"hit_id": str(seeded["hits"][0].id), "rule_id": "abs-superlative", "version": "1",
            "shop": "美妆旗舰店", "stream_id": str(seeded["streams"][0].id), "name": "brands", "kind": "second", "task_id": "1",
            "user_id": str(db.scalar(select(User.id).where(User.username == "ada")))}


def test_every_route_refuses_anonymous_access(app, client, seeded, db):
    values = _path_values(seeded, db)
    checked = 0
    token = helpers.csrf_from(client.get("/login").text)     # an anonymous session with a valid CSRF token
    routes = app_routes(app)
    for route_path, methods, is_mount in routes:
        if is_mount:
            # The only mount is the public CSS/JS/htmx directory: no data, needed by the login page.
            assert route_path == "/static"
            continue
        assert methods, route_path
        path = re.sub(r"{(\w+)(?::\w+)?}", lambda m: values[m.group(1)], route_path)
        for method in methods:
            if route_path in PUBLIC or method == "HEAD":
                continue
            if method == "GET":
                html = client.get(path, headers={"accept": "text/html"}, follow_redirects=False)
                assert html.status_code == 303 and html.headers["location"].startswith("/login"), (method, path)
                plain = client.get(path, follow_redirects=False)
                assert plain.status_code == 401, (method, path, plain.status_code)
            else:
                response = client.request(method, path, data={"csrf_token": token, "decision": "confirm",
                                                              "field": "phrases", "op": "add", "value": "x",
                                                              "enabled": "0", "username": "mallory",
                                                              "password": "12345678", "role": "admin",
                                                              "name": "evil", "url": "rtmp://x"},
                                          follow_redirects=False)
                assert response.status_code == 401, (method, path, response.status_code)
            checked += 1
    assert checked >= 25
    # Nothing was changed by all those anonymous writes.
    assert db.scalar(select(func.count(Hit.id)).where(Hit.status != "pending")) == 0
    assert db.scalar(select(func.count(User.id)).where(User.username == "mallory")) == 0
    assert db.scalar(select(func.count(Stream.id)).where(Stream.name == "evil")) == 0
    assert db.scalar(select(func.count(RuleBaseVersion.id))) == 1
    assert client.get("/healthz").status_code == 200
    assert client.get("/login").status_code == 200


def test_reviewer_cannot_edit_rules_users_or_streams(client, seeded, db):
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    hit_id = seeded["hits"][0].id
    rita_id = db.scalar(select(User.id).where(User.username == "rita"))
    writes = [
        ("/rules/abs-superlative/items", {"field": "phrases", "op": "add", "value": "天下第一好"}),
        ("/rules/abs-superlative/enabled", {"enabled": "0"}),
        ("/rules/publish", {"note": "sneaky"}),
        ("/rules/discard", {}),
        ("/users", {"username": "mallory", "password": "12345678", "role": "admin"}),
        (f"/users/{rita_id}", {"role": "admin"}),
        ("/streams", {"name": "evil", "url": "rtmp://x"}),
        (f"/streams/{seeded['streams'][0].id}/enabled", {"enabled": "0"}),
        (f"/hits/{hit_id}/reopen", {"note": "x"}),
    ]
    for path, data in writes:
        response = client.post(path, data={**data, "csrf_token": token}, follow_redirects=False)
        assert response.status_code == 403, (path, response.status_code)
    assert client.get("/users", follow_redirects=False).status_code == 403
    db.expire_all()
    assert db.scalar(select(User.role).where(User.id == rita_id)) == "reviewer"
    assert db.scalar(select(func.count(User.id)).where(User.username == "mallory")) == 0
    assert db.scalar(select(func.count(RuleBaseVersion.id))) == 1
    draft = db.scalar(select(RuleDraft))
    assert draft is None or all("天下第一好" not in r.get("phrases", []) for r in draft.data["rules"])
    assert db.get(Stream, seeded["streams"][0].id).enabled is True

    # The editor may edit rules but still not users.
    client.post("/logout", data={"csrf_token": token})
    helpers.login(client, "eddie")
    token = helpers.page_csrf(client, "/rules")
    assert client.post("/rules/abs-superlative/items", data={"field": "phrases", "op": "add", "value": "天下第一好",
                                                             "csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.post("/users", data={"username": "mallory", "password": "12345678", "role": "admin",
                                       "csrf_token": token}, follow_redirects=False).status_code == 403


def test_forms_without_csrf_token_are_refused(client, seeded, db):
    hit_id = seeded["hits"][0].id
    # Login itself needs the token.
    bare = client.post("/login", data={"username": "rita", "password": helpers.PASSWORD}, follow_redirects=False)
    assert bare.status_code == 403
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    for data, headers in [({"decision": "confirm"}, {}),
                          ({"decision": "confirm", "csrf_token": "forged"}, {}),
                          ({"decision": "confirm"}, {"X-CSRF-Token": "forged"})]:
        response = client.post(f"/hits/{hit_id}/decide", data=data, headers=headers, follow_redirects=False)
        assert response.status_code == 403
    db.expire_all()
    assert db.get(Hit, hit_id).status == "pending"
    # The same request with the session's token (form field or htmx header) goes through.
    ok = client.post(f"/hits/{hit_id}/decide", data={"decision": "confirm"}, headers={"X-CSRF-Token": token,
                                                                                      "HX-Request": "true"})
    assert ok.status_code == 200
    db.expire_all()
    assert db.get(Hit, hit_id).status == "confirmed"


def test_hostile_transcript_renders_as_text(client, seeded, db):
    hostile = seeded["hits"][2]
    helpers.login(client, "rita")
    for path in (f"/hits/{hostile.id}", f"/hits/{hostile.id}/panel", "/queue"):
        body = client.get(path).text
        assert "<script>alert(1)</script>" not in body, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body, path
        assert "<img src=x" not in body, path
    # The matched word is still highlighted, as markup the template made.
    assert "<mark>第一</mark>" in client.get(f"/hits/{hostile.id}").text

    # Rule text and try-it input are escaped too.
    client.post("/logout", data={"csrf_token": helpers.page_csrf(client)})
    helpers.login(client, "eddie")
    token = helpers.page_csrf(client, "/rules")
    client.post("/rules/abs-superlative/items", data={"field": "exceptions", "op": "add",
                                                      "value": "<script>alert(3)</script>", "csrf_token": token})
    page = client.get("/rules/abs-superlative").text
    assert "<script>alert(3)</script>" not in page and "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    tried = client.post("/rules/try", data={"text": "<b>最好</b><script>x()</script>", "csrf_token": token},
                        headers={"HX-Request": "true"}).text
    assert "<script>x()" not in tried and "&lt;script&gt;x()" in tried


def test_five_wrong_passwords_in_a_row_slow_the_account_down(client, db):
    statuses = [helpers.login(client, "rita", "wrong-password").status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 401, 429]
    # Locked now: even the right password is refused, without a session.
    locked = helpers.login(client, "rita")
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    assert client.get("/queue", follow_redirects=False).status_code == 401
    db.expire_all()
    user = db.scalar(select(User).where(User.username == "rita"))
    # The refused attempt counts too (every attempt is counted before its password is looked at).
    assert user.failed_logins == 6 and user.locked_until > utcnow()
    first_lock = (user.locked_until - utcnow()).total_seconds()

    # When the lock has run out, another miss locks for longer (backoff doubles).
    user.locked_until = utcnow()
    db.commit()
    assert helpers.login(client, "rita", "still-wrong").status_code == 429
    db.expire_all()
    user = db.scalar(select(User).where(User.username == "rita"))
    assert (user.locked_until - utcnow()).total_seconds() > first_lock * 1.5

    # After the lock, the right password works and resets the counter.
    user.locked_until = utcnow()
    db.commit()
    assert helpers.login(client, "rita").status_code == 303
    db.expire_all()
    assert db.scalar(select(User.failed_logins).where(User.username == "rita")) == 0
    actions = list(db.scalars(select(AuditLog.action).where(AuditLog.actor == "rita")))
    assert actions.count("login_failed") == 6 and "login.throttled" in actions and "login" in actions

    # Names without an account are slowed down the same way.
    assert [helpers.login(client, "nobody", "x").status_code for _ in range(5)] == [401, 401, 401, 401, 429]


def test_session_cookie_flags_and_persisted_secret(settings, client, db):
    response = helpers.login(client, "rita")
    cookie = response.headers["set-cookie"]
    assert "livewatch_session=" in cookie and "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    key_file = settings.data_dir / "secret_key"
    assert key_file.exists() and stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    # A restarted app reads the same key: the session survives.
    second = create_app(settings)
    with TestClient(second, base_url="http://127.0.0.1") as other:
        other.cookies.update(client.cookies)
        assert other.get("/queue", follow_redirects=False).status_code == 200
    second.state.engine.dispose()


def test_login_redirect_stays_on_site(client):
    token = helpers.csrf_from(client.get("/login").text)
    response = client.post("/login", data={"username": "rita", "password": helpers.PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/x"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_deactivated_user_loses_the_session(client, db):
    helpers.login(client, "rita")
    assert client.get("/queue").status_code == 200
    user = db.scalar(select(User).where(User.username == "rita"))
    user.active = False
    db.commit()
    assert client.get("/queue", follow_redirects=False).status_code == 401


def test_clips_cannot_escape_the_clips_directory(settings, client, seeded, db, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("top secret")
    settings.clips_path.mkdir(parents=True, exist_ok=True)
    (settings.clips_path / "link.ogg").symlink_to(outside)
    stream = seeded["streams"][0]
    bad = [helpers.add_hit(db, stream, clip_path=p) for p in
           ("../secret.txt", str(outside), "beauty-1/../../secret.txt", "link.ogg", "", "beauty-1")]
    db.commit()
    helpers.login(client, "rita")
    for hit in bad:
        response = client.get(f"/hits/{hit.id}/clip")
        assert response.status_code == 404 and "top secret" not in response.text, hit.clip_path
    good = client.get(f"/hits/{seeded['hits'][0].id}/clip", headers={"Range": "bytes=0-99"})
    assert good.status_code == 206 and len(good.content) == 100
    assert resolve_clip(settings.clips_path, "beauty-1/h1.ogg") is not None
    assert resolve_clip(settings.clips_path, "../data/livewatch.db") is None
