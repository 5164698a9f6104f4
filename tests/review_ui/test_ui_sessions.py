"""Issue 9, security items 1 and 3: race-free lockout, server-side sessions that end at logout, reset,
role change and deactivation, password strength (UI and CLI)."""
from __future__ import annotations

import base64
import json
import subprocess
import sys
import threading
import time

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from monitor.models import AuditLog, Hit, User, WebSession, utcnow
from monitor.users import PasswordError, create_user
from review_ui.app import create_app
from tests.review_ui import helpers


def _cookie_payload(client) -> dict:
    """What the browser can read of the session cookie (Starlette: base64 JSON, then the signature)."""
    value = client.cookies.get("livewatch_session")
    data = value.split(".", 1)[0]
    return json.loads(base64.b64decode(data + "=" * (-len(data) % 4)))


def _parallel_logins(app, username: str, password: str, n: int) -> list[int]:
    """n logins at once, each from its own client (own cookie, own CSRF token), released together."""
    clients = [TestClient(app, base_url="http://127.0.0.1") for _ in range(n)]
    tokens = [helpers.csrf_from(c.get("/login").text) for c in clients]
    barrier = threading.Barrier(n)
    statuses: list[int] = [0] * n

    def one(i: int) -> None:
        barrier.wait()
        statuses[i] = clients[i].post("/login", data={"username": username, "password": password,
                                                      "csrf_token": tokens[i]}, follow_redirects=False).status_code

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    for c in clients:
        c.close()
    return statuses


def test_twenty_parallel_wrong_logins_lock_the_account(db_url, tmp_path):
    """20 wrong passwords at once, then the right one: locked, counter 20, no session (SQLite and PostgreSQL)."""
    app = create_app(helpers.make_settings(tmp_path, url=db_url))
    try:
        with app.state.session_factory() as session:
            create_user(session, "rita", helpers.PASSWORD, "reviewer", actor="test")
            session.commit()
        statuses = _parallel_logins(app, "rita", "wrong-password-x", 20)
        assert sorted(statuses) == [401] * 4 + [429] * 16, statuses
        with app.state.session_factory() as session:
            assert session.scalar(select(User.failed_logins).where(User.username == "rita")) == 20
        with TestClient(app, base_url="http://127.0.0.1") as client:
            right = helpers.login(client, "rita")
            assert right.status_code == 429 and int(right.headers["retry-after"]) > 0
            assert client.get("/queue", follow_redirects=False).status_code == 401
        with app.state.session_factory() as session:
            user = session.scalar(select(User).where(User.username == "rita"))
            assert user.failed_logins == 21 and user.locked_until > utcnow()
            actions = list(session.scalars(select(AuditLog.action).where(AuditLog.actor == "rita")))
            # Only the five attempts before the lock had their password checked; nothing logged in.
            assert actions.count("login_failed") == 5 and actions.count("login.throttled") == 16
            assert "login" not in actions
            assert session.scalar(select(func.count(WebSession.id))) == 0
    finally:
        app.state.engine.dispose()


def _logged_in(app, username: str) -> TestClient:
    c = TestClient(app, base_url="http://127.0.0.1")
    assert helpers.login(c, username).status_code == 303
    return c


def _assert_logged_out(client, old_cookie: str, old_token: str, hit_id: int) -> None:
    client.cookies.clear()
    client.cookies.set("livewatch_session", old_cookie)
    html = client.get("/queue", headers={"accept": "text/html"}, follow_redirects=False)
    assert html.status_code == 303 and html.headers["location"].startswith("/login")
    client.cookies.set("livewatch_session", old_cookie)
    assert client.get("/queue", follow_redirects=False).status_code == 401
    client.cookies.set("livewatch_session", old_cookie)
    post = client.post(f"/hits/{hit_id}/decide", data={"decision": "confirm", "csrf_token": old_token},
                       follow_redirects=False)
    assert post.status_code == 401


def test_the_cookie_holds_only_an_opaque_id(client, seeded, db):
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    assert set(_cookie_payload(client)) == {"sid"}
    # The claimed batch is kept server-side too.
    client.post("/queue/claim", data={"query": "", "csrf_token": token})
    assert set(_cookie_payload(client)) == {"sid"}
    row = db.scalar(select(WebSession).where(WebSession.revoked_at.is_(None)))
    assert sorted(row.claimed) == sorted(h.id for h in seeded["hits"])
    assert row.id != _cookie_payload(client)["sid"]         # stored as a hash, not the token itself
    assert token not in json.dumps(_cookie_payload(client))
    mine = client.get("/queue?mine=1").text
    assert all(f'data-hit-id="{h.id}"' in mine for h in seeded["hits"])
    claim = db.scalar(select(AuditLog).where(AuditLog.action == "queue.claim"))
    assert claim.actor == "rita" and sorted(claim.detail["ids"]) == sorted(h.id for h in seeded["hits"])
    client.post("/queue/release", data={"csrf_token": token})
    db.expire_all()
    assert db.get(WebSession, row.id).claimed == []
    assert "queue.release" in set(db.scalars(select(AuditLog.action)))


def test_old_cookie_after_logout_is_refused(app, client, seeded, db):
    hit_id = seeded["hits"][0].id
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    other_device = _logged_in(app, "rita")
    old = client.cookies.get("livewatch_session")
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    _assert_logged_out(client, old, token, hit_id)
    # Logout ends every session of the user, not only this browser's.
    assert other_device.get("/queue", follow_redirects=False).status_code == 401
    other_device.close()
    db.expire_all()
    assert db.get(Hit, hit_id).status == "pending"
    assert db.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "session.revoke")) == 1


def test_old_cookie_after_reset_role_change_or_deactivation_is_refused(app, client, seeded, db):
    hit_id = seeded["hits"][0].id
    rita_id = db.scalar(select(User.id).where(User.username == "rita"))
    admin = _logged_in(app, "ada")
    admin_token = helpers.page_csrf(admin, "/users")
    new_password = "Another-Strong-Pass-77"
    for change, password in (({"password": new_password}, helpers.PASSWORD), ({"end_sessions": "1"}, new_password),
                             ({"role": "editor"}, new_password), ({"active": "0"}, new_password)):
        rita = _logged_in_with(app, "rita", password)
        token = helpers.page_csrf(rita)
        old = rita.cookies.get("livewatch_session")
        response = admin.post(f"/users/{rita_id}", data={**change, "csrf_token": admin_token},
                              follow_redirects=False)
        assert response.status_code == 303, (change, response.text[:300])
        _assert_logged_out(rita, old, token, hit_id)
        rita.close()
    # The admin's own session is untouched; every revocation is in the audit log.
    assert admin.get("/users", follow_redirects=False).status_code == 200
    admin.close()
    revoked = list(db.scalars(select(AuditLog.detail).where(AuditLog.action == "session.revoke")
                              .order_by(AuditLog.id)))
    assert [d["why"] for d in revoked] == ["password", "ended", "role", "active"]
    db.expire_all()
    assert db.get(Hit, hit_id).status == "pending"


def _logged_in_with(app, username: str, password: str) -> TestClient:
    c = TestClient(app, base_url="http://127.0.0.1")
    assert helpers.login(c, username, password).status_code == 303
    return c


def test_weak_passwords_are_refused_in_chinese(app, client, db):
    for weak in ("12345678", "        ", "password", "short"):
        try:
            create_user(db, "weakling", weak, "reviewer")
        except PasswordError as exc:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in str(exc)), str(exc)
        else:
            raise AssertionError(f"{weak!r} was accepted")
    db.rollback()
    helpers.login(client, "ada")
    token = helpers.page_csrf(client, "/users")
    for weak, message in (("12345678", "太容易被猜到"), ("        ", "空格"), ("short", "至少需要 8 个字符")):
        response = client.post("/users", data={"username": "weakling", "password": weak, "role": "reviewer",
                                                "csrf_token": token})
        assert response.status_code == 400 and message in response.text, weak
    rex = db.scalar(select(User.id).where(User.username == "rex"))
    reset = client.post(f"/users/{rex}", data={"password": "12345678", "csrf_token": token})
    assert reset.status_code == 400 and "太容易被猜到" in reset.text
    assert helpers.login(TestClient(app, base_url="http://127.0.0.1"), "rex").status_code == 303
    assert db.scalar(select(func.count(User.id)).where(User.username == "weakling")) == 0


def test_cli_users_add_refuses_weak_passwords(tmp_path):
    from tests.monitor.helpers import LIVEWATCH, REPO
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(PYTHONPATH=str(REPO), LIVEWATCH_DATA_DIR=str(tmp_path / "data"),
               LIVEWATCH_RULES_DIR=str(REPO / "tests" / "monitor" / "data" / "rules"))
    for weak in ("12345678", "        "):
        done = subprocess.run([sys.executable, *LIVEWATCH, "users", "add", "bob", "--role", "editor",
                               "--password-stdin"], env=env, input=weak + "\n", capture_output=True, text=True,
                              timeout=120)
        assert done.returncode != 0 and ("太容易被猜到" in done.stderr or "空格" in done.stderr), done.stderr


def test_deactivated_account_costs_the_same_argon2_work(client, db):
    """Coarse sanity bound only: before, a deactivated account answered about 30x faster (no hash check)."""
    rex = db.scalar(select(User).where(User.username == "rex"))
    rex.active = False
    db.commit()

    def best(username: str) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            assert helpers.login(client, username, "wrong-password-x").status_code == 401
            times.append(time.perf_counter() - started)
        return min(times)

    active, inactive = best("rita"), best("rex")
    assert inactive > active * 0.3, (active, inactive)
    # And the right password of a deactivated account does not log in.
    assert helpers.login(client, "rex").status_code == 401
