"""The queue of an eight-hour shift (issue 10): utterance groups, search and filters, keyset pages, the live
poll, the hit page following the queue's order, undo, and counts that leave out others' claims."""
from __future__ import annotations

import json
import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.models import AuditLog, Hit, utcnow
from review_ui.crud import hits as hits_crud
from tests.review_ui import helpers


def _rows(client, query: str = "") -> list[tuple[int, list[int]]]:
    """(lead id, member ids) of each queue row, in order."""
    html = client.get("/queue" + query).text
    return [(int(lead), [int(x) for x in ids.split(",")])
            for lead, ids in re.findall(r'data-hit-id="(\d+)" class="hit-row[^"]*" data-ids="([\d,]+)"', html)]


def _leads(client, query: str = "") -> list[int]:
    return [lead for lead, _ in _rows(client, query)]


def _sentence(db, stream, phrases, *, at, utterance_ms, **extra):
    """Hits of one utterance: same stream and utterance start, as monitor.store writes them."""
    text = "家人们，" + "，".join(p for p, _c in phrases)
    return [helpers.add_hit(db, stream, matched=p, category=c, segment_text=text, created_at=at,
                            utterance_ms=utterance_ms, **extra) for p, c in phrases]


THREE = [("最好用", "absolute_claim"), ("行业第一", "absolute_claim"), ("销量冠军", "false_endorsement")]


def test_one_row_and_one_decision_per_utterance(client, db):
    stream = helpers.add_stream(db, "g", shop="店G")
    now = utcnow()
    group = _sentence(db, stream, THREE, at=now - timedelta(minutes=1), utterance_ms=60_000)
    alone = helpers.add_hit(db, stream, matched="根治", category="medical_claim", created_at=now)
    db.commit()
    helpers.login(client, "rita")
    rows = _rows(client)
    assert [(lead, sorted(ids)) for lead, ids in rows] == [(alone.id, [alone.id]),
                                                           (group[-1].id, [h.id for h in group])]
    page = client.get("/queue").text
    assert "同句 3 条" in page
    row = page.split(f'data-hit-id="{group[-1].id}"')[1].split("</tr>")[0]
    assert re.findall(r"<mark>(.*?)</mark>", row) == ["最好用", "行业第一", "销量冠军"]   # in the order spoken
    assert "极限用语" in row and "虚假背书" in row
    assert 'id="queue-total" data-total="4"' in page          # counts stay per hit
    panel = client.get(f"/hits/{group[-1].id}/panel").text
    assert panel.count('name="ids"') == 3 and "同一句话中的 3 条命中" in panel

    token = helpers.page_csrf(client)
    response = client.post(f"/hits/{group[0].id}/decide", data={"decision": "confirm", "csrf_token": token},
                           headers={"HX-Request": "true"})
    assert response.status_code == 200
    detail = json.loads(response.headers["X-Decision"])
    assert sorted(detail["ids"]) == [h.id for h in group] and detail["left"] == []
    db.expire_all()
    assert {db.get(Hit, h.id).status for h in group} == {"confirmed"}
    assert db.get(Hit, alone.id).status == "pending"
    audit = db.scalars(select(AuditLog.target_id).where(AuditLog.action == "hit.confirm")).all()
    assert sorted(audit) == sorted(str(h.id) for h in group)       # one audit entry per hit
    assert _rows(client) == [(alone.id, [alone.id])]


def test_a_group_can_be_split(client, db):
    stream = helpers.add_stream(db, "split")
    group = _sentence(db, stream, THREE, at=utcnow(), utterance_ms=5_000)
    db.commit()
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    first, second, third = (h.id for h in group)
    # Confirm the two absolute claims, leaving the endorsement; the decision leads back to what is left.
    response = client.post(f"/hits/{first}/decide", follow_redirects=False, data={
        "decision": "confirm", "ids": [str(first), str(second)], "csrf_token": token})
    assert response.status_code == 303 and response.headers["location"] == f"/hits/{third}"
    assert _rows(client) == [(third, [third])]
    # Ids outside the group are not decided through it; an empty choice is refused.
    other = helpers.add_hit(db, stream, matched="秒杀", utterance_ms=99_000)
    db.commit()
    assert client.post(f"/hits/{third}/decide", data={"decision": "dismiss", "reason": "negation",
                                                      "ids": [str(other.id)], "csrf_token": token}).status_code == 400
    client.post(f"/hits/{third}/decide", data={"decision": "dismiss", "reason": "negation", "csrf_token": token})
    db.expire_all()
    assert [db.get(Hit, i).status for i in (first, second, third, other.id)] == \
        ["confirmed", "confirmed", "dismissed", "pending"]


def test_search_and_filters_are_in_the_url(client, db):
    s1 = helpers.add_stream(db, "a1", shop="美妆店")
    s2 = helpers.add_stream(db, "b1", shop="厨房店")
    now = utcnow()
    cream = helpers.add_hit(db, s1, matched="根治", segment_text="这款面霜能根治湿疹", rule_id="med.cure",
                            how="pinyin", created_at=now - timedelta(minutes=3))
    pot = helpers.add_hit(db, s2, matched="第一", segment_text="锅具销量第一，100%好用", rule_id="abs.first",
                          created_at=now - timedelta(minutes=2))
    done = helpers.add_hit(db, s2, matched="最好", status="dismissed", reviewer="rex", decided_at=now,
                           reason="negation", created_at=now - timedelta(minutes=1))
    mine = helpers.add_hit(db, s1, matched="最好", status="confirmed", reviewer="rita", decided_at=now,
                           reason="violation", created_at=now)
    db.commit()
    helpers.login(client, "rita")
    assert _leads(client, "?q=湿疹") == [cream.id]                      # transcript text
    assert _leads(client, "?q=第一") == [pot.id]                       # the phrase
    assert _leads(client, "?q=%25") == [pot.id]                        # % is a character, not a wildcard
    assert _leads(client, "?q=_") == []
    assert _leads(client, "?shop=美妆店") == [cream.id]
    assert _leads(client, "?rule=abs.first") == [pot.id]
    assert _leads(client, "?how=pinyin") == [cream.id]
    assert _leads(client, "?decision=dismissed") == [done.id]
    assert _leads(client, "?decision=confirmed&reviewer=rita") == [mine.id]
    assert _leads(client, "?decision=dismissed&reviewer=rita") == []
    page = client.get("/queue?q=湿疹&shop=美妆店&how=pinyin").text
    assert 'value="湿疹"' in page and '<option value="美妆店" selected>' in page
    # The hit link carries the view along, so the hit page follows it.
    assert f'href="/hits/{cream.id}?shop=' in page
    # Malformed values are ignored, not an error.
    assert client.get("/queue?how=<x>&decision=drop&after=abc&before=-1&q=" + "长" * 500).status_code == 200


def test_count_leaves_out_others_claims(app, client, db):
    stream = helpers.add_stream(db, "c")
    for _ in range(6):
        helpers.add_hit(db, stream)
    db.commit()
    with app.state.session_factory() as s:
        assert len(hits_crud.claim_batch(s, hits_crud.QueueFilter(), "rex", helpers_tz(), size=4)) == 4
    helpers.login(client, "rita")
    page = client.get("/queue").text
    assert 'data-total="2"' in page and len(_leads(client)) == 2


def helpers_tz():
    from zoneinfo import ZoneInfo
    return ZoneInfo("Asia/Shanghai")


def test_keyset_pages_do_not_skip_rows_decided_meanwhile(client, db):
    stream = helpers.add_stream(db, "p")
    now = utcnow()
    ids = [helpers.add_hit(db, stream, created_at=now - timedelta(seconds=i)).id for i in range(60)]   # newest first
    db.commit()
    helpers.login(client, "rita")
    html = client.get("/queue").text
    first = _leads(client)
    assert first == ids[:50]
    assert f"after={ids[49]}" in html and "before=" not in html.split('id="hit-list"')[1]
    token = helpers.page_csrf(client)
    for hit_id in ids[:10]:                       # the reviewer works through ten rows of page one
        client.post(f"/hits/{hit_id}/decide", data={"decision": "confirm", "csrf_token": token})
    assert _leads(client, f"?after={ids[49]}") == ids[50:]          # j past the last row: nothing skipped
    back = client.get(f"/queue?before={ids[50]}&at=last").text
    assert 'data-at="last"' in back
    assert _leads(client, f"?before={ids[50]}") == ids[10:50]
    assert _leads(client, "?order=oldest") == list(reversed(ids[10:]))[:50]


def test_live_poll_sends_new_rows_and_gone_ones(app, client, db):
    stream = helpers.add_stream(db, "live")
    old = helpers.add_hit(db, stream, created_at=utcnow() - timedelta(minutes=5))
    taken = helpers.add_hit(db, stream, created_at=utcnow() - timedelta(minutes=4))
    db.commit()
    helpers.login(client, "rita")
    html = client.get("/queue").text
    since = int(re.search(r'data-max-id="(\d+)"', html).group(1))
    assert since == taken.id
    quiet = client.get(f"/queue/poll?since={since}&shown={old.id},{taken.id}").json()
    assert (quiet["new"], quiet["html"], quiet["gone"], quiet["total"]) == (0, "", [], 2)
    # A worker stores an utterance with two phrases; another reviewer decides one of the shown rows.
    fresh = _sentence(db, stream, THREE[:2], at=utcnow(), utterance_ms=777_000)
    db.commit()
    with TestClient(app, base_url="http://127.0.0.1") as other:
        helpers.login(other, "rex")
        other.post(f"/hits/{taken.id}/decide", data={"decision": "confirm", "csrf_token": helpers.page_csrf(other)})
    data = client.get(f"/queue/poll?since={since}&shown={old.id},{taken.id}").json()
    assert data["new"] == 1 and data["inline"] is True and data["gone"] == [taken.id]
    assert data["max_id"] == max(h.id for h in fresh) and data["total"] == 3
    assert f'data-hit-id="{fresh[-1].id}"' in data["html"] and "行业第一" in data["html"]
    assert "<script" not in data["html"]
    # In another order the rows are not slotted in; the banner offers a refresh.
    other_order = client.get(f"/queue/poll?order=severity&since={since}").json()
    assert other_order["new"] == 1 and other_order["inline"] is False and other_order["html"] == ""
    # Filters apply to the live rows too.
    assert client.get(f"/queue/poll?q=不存在&since={since}").json()["new"] == 0


def test_hit_page_follows_the_queues_order_and_filters(client, db):
    s1 = helpers.add_stream(db, "o1")
    s2 = helpers.add_stream(db, "o2")
    now = utcnow()
    a = helpers.add_hit(db, s1, created_at=now - timedelta(minutes=3))
    b = helpers.add_hit(db, s2, created_at=now - timedelta(minutes=2))
    c = helpers.add_hit(db, s1, created_at=now - timedelta(minutes=1))
    d = helpers.add_hit(db, s1, created_at=now)
    db.commit()
    helpers.login(client, "rita")
    query = f"order=oldest&stream={s1.id}"
    page = client.get(f"/hits/{c.id}?{query}").text
    assert f'href="/hits/{a.id}?stream={s1.id}&amp;order=oldest" id="prev-hit"' in page
    assert f'href="/hits/{d.id}?stream={s1.id}&amp;order=oldest" id="next-hit"' in page
    assert f'name="query" value="stream={s1.id}&amp;order=oldest"' in page
    token = helpers.page_csrf(client)
    response = client.post(f"/hits/{a.id}/decide", follow_redirects=False, data={
        "decision": "confirm", "query": query, "csrf_token": token})
    # Oldest first within stream 1: after a comes c (b is another stream), not the newest hit d.
    assert response.headers["location"] == f"/hits/{c.id}?stream={s1.id}&order=oldest"
    # The page names the decision just made, with an undo.
    landed = client.get(response.headers["location"]).text
    assert f"已确认违规 #{a.id}" in landed and 'id="undo-form"' in landed
    client.post(f"/hits/{c.id}/decide", data={"decision": "confirm", "query": query, "csrf_token": token})
    last = client.post(f"/hits/{d.id}/decide", follow_redirects=False, data={
        "decision": "confirm", "query": query, "csrf_token": token})
    assert last.headers["location"] == f"/queue?stream={s1.id}&order=oldest"    # the filtered view is done


def test_undo_within_the_window_only_and_only_ones_own(app, client, db):
    stream = helpers.add_stream(db, "u")
    group = _sentence(db, stream, THREE[:2], at=utcnow(), utterance_ms=1_000)
    late = helpers.add_hit(db, stream, matched="秒杀")
    db.commit()
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{group[0].id}/decide", data={"decision": "dismiss", "reason": "negation",
                                                     "csrf_token": token})
    with TestClient(app, base_url="http://127.0.0.1") as other:
        helpers.login(other, "rex")
        assert other.post("/hits/undo", data={"ids": [str(group[0].id)],
                                              "csrf_token": helpers.page_csrf(other)}).status_code == 409
    response = client.post("/hits/undo", follow_redirects=False, data={
        "ids": [str(h.id) for h in group], "query": "order=oldest", "csrf_token": token})
    assert response.status_code == 303 and response.headers["location"] == f"/hits/{group[0].id}?order=oldest"
    db.expire_all()
    for h in group:
        row = db.get(Hit, h.id)
        assert (row.status, row.reviewer, row.claimed_by) == ("pending", None, "rita")
    assert len(db.scalars(select(AuditLog).where(AuditLog.action == "hit.undo")).all()) == 2
    # Past the window the decision stands.
    client.post(f"/hits/{late.id}/decide", data={"decision": "confirm", "csrf_token": token})
    db.execute(Hit.__table__.update().where(Hit.id == late.id).values(
        decided_at=utcnow() - timedelta(seconds=hits_crud.UNDO_SECONDS + 1)))
    db.commit()
    assert client.post("/hits/undo", data={"ids": [str(late.id)], "csrf_token": token}).status_code == 409


def test_a_batch_claims_whole_groups_and_offers_the_next_one(client, db):
    stream = helpers.add_stream(db, "b")
    now = utcnow()
    groups = [_sentence(db, stream, THREE[:2], at=now - timedelta(seconds=i), utterance_ms=i * 10_000)
              for i in range(25)]
    db.commit()
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    client.post("/queue/claim", data={"query": "", "csrf_token": token})
    page = client.get("/queue?mine=1").text
    rows = _rows(client, "?mine=1")
    assert len(rows) == 20 and all(len(ids) == 2 for _, ids in rows)       # 20 rows, 40 hits
    assert "本批 40 条，剩 40 条" in page and 'id="claim-countdown" data-expires="' in page
    for lead, _ids in rows:
        client.post(f"/hits/{lead}/decide", data={"decision": "confirm", "csrf_token": token})
    done = client.get("/queue?mine=1").text
    assert "本批已审完" in done and "还有 10 条待审" in done and 'id="claim-next"' in done
    assert "没有待审命中" not in done and len(groups) == 25


def test_search_index_keeps_up_and_means_contains(client, db):
    """On SQLite the search starts from a bigram index the UI keeps itself; results still mean 'contains'."""
    stream = helpers.add_stream(db, "s")
    a = helpers.add_hit(db, stream, matched="根治", segment_text="坚持用能根治湿疹")
    b = helpers.add_hit(db, stream, matched="第一", segment_text="湿 疹不是问题，销量第一")   # both characters, apart
    db.commit()
    helpers.login(client, "rita")
    assert _leads(client, "?q=湿疹") == [a.id]                 # not b: the characters must be adjacent
    assert _leads(client, "?q=疹") == [b.id, a.id]             # one character: anywhere, also at the end
    assert _leads(client, "?q=销量 第一") == []                  # the space is part of what is searched
    c = helpers.add_hit(db, stream, matched="国家级", segment_text="国家级专家推荐，根治湿疹")
    db.commit()
    assert _leads(client, "?q=根治湿疹") == [c.id, a.id]        # stored after the first search: found too
    count = db.connection().exec_driver_sql("SELECT count(*) FROM hits_search").scalar()
    assert count == 3                                          # each hit indexed once


def test_undo_offers_only_the_last_decision(client, db):
    stream = helpers.add_stream(db, "last")
    first = helpers.add_hit(db, stream, matched="根治")
    group = _sentence(db, stream, THREE[:2], at=utcnow(), utterance_ms=2_000)
    db.commit()
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{first.id}/decide", data={"decision": "confirm", "csrf_token": token})
    client.post(f"/hits/{group[0].id}/decide", data={"decision": "confirm", "csrf_token": token})
    offer = client.get(f"/hits/{first.id}").text.split('id="decided"')[1].split("</div>")[0]
    assert f"#{group[0].id}" in offer and f"#{group[1].id}" in offer and f"#{first.id}" not in offer
    undone = re.findall(r'name="ids" value="(\d+)"', offer)
    assert sorted(int(i) for i in undone) == [h.id for h in group]
    client.post("/hits/undo", data={"ids": undone, "csrf_token": token})
    db.expire_all()
    assert [db.get(Hit, h.id).status for h in (first, *group)] == ["confirmed", "pending", "pending"]


def test_queue_views_on_sqlite_and_postgresql(db_url, tmp_path):
    """Row-value ranges, the search (bigram table on SQLite, LIKE elsewhere), groups and undo on both."""
    from review_ui.app import create_app
    app = create_app(helpers.make_settings(tmp_path, url=db_url))
    with app.state.session_factory() as s:
        helpers.add_users(s)
        stream = helpers.add_stream(s, "pg", shop="店")
        now = utcnow()
        singles = [helpers.add_hit(s, stream, created_at=now - timedelta(minutes=i), segment_text=f"第{i}句 100%好")
                   for i in range(1, 4)]
        group = _sentence(s, stream, THREE, at=now, utterance_ms=123_000)
        s.commit()
        single_ids, group_ids = [h.id for h in singles], [h.id for h in group]
    with TestClient(app, base_url="http://127.0.0.1") as client:
        helpers.login(client, "rita")
        assert _leads(client) == [group_ids[-1], *single_ids]
        assert _leads(client, "?order=oldest") == [*reversed(single_ids), group_ids[0]]
        assert _leads(client, "?order=severity") == [group_ids[-1], *single_ids]
        assert _leads(client, f"?after={single_ids[0]}") == single_ids[1:]
        assert _leads(client, f"?before={single_ids[1]}") == [group_ids[-1], single_ids[0]]
        assert _leads(client, "?q=第2句") == [single_ids[1]]
        assert _leads(client, "?q=100%25好") == single_ids
        assert _leads(client, "?shop=店&how=exact&rule=absolute.best") == [group_ids[-1], *single_ids]
        poll = client.get(f"/queue/poll?since={single_ids[0]}&q=句").json()
        assert poll["new"] == 2 and poll["total"] == 3
        page = client.get(f"/hits/{single_ids[1]}?order=oldest").text
        assert f'href="/hits/{single_ids[0]}?order=oldest" id="next-hit"' in page
        token = helpers.page_csrf(client)
        client.post(f"/hits/{group_ids[0]}/decide", data={"decision": "confirm", "csrf_token": token})
        assert _leads(client) == single_ids
        assert client.post("/hits/undo", data={"ids": [str(i) for i in group_ids],
                                               "csrf_token": token}).status_code == 200
        assert _leads(client) == [group_ids[-1], *single_ids]
    app.state.engine.dispose()
