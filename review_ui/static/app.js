// Keyboard review for the queue and hit pages.
// j/k move (across pages), c confirm, d dismiss (then 1-5, Enter), space play, u undo, n next batch.
// The queue also asks the server every few seconds for new rows (live queue) and keeps the claim countdown.
(function () {
  "use strict";
  const page = document.body.dataset.page;
  if (page !== "queue" && page !== "hit") return;

  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== "radio" && el.type !== "checkbox");
  const rows = () => Array.from(document.querySelectorAll("#hit-list tr.hit-row"));
  const queueBox = () => document.getElementById("queue");
  const csrf = () => document.querySelector('meta[name="csrf-token"]').content;
  let current = -1;

  function queueQuery() {
    const box = queueBox();
    return box ? box.dataset.query || "" : "";
  }

  function withQuery(path) {
    const q = queueQuery();
    return q ? path + (path.indexOf("?") >= 0 ? "&" : "?") + q : path;
  }

  // --- messages, with an undo button for a few seconds after a decision ---------------------------------------
  let flashTimer = null;
  function flash(text, kind, undo) {
    const box = document.getElementById("flash");
    box.replaceChildren();
    const div = document.createElement("div");
    div.className = "flash " + (kind || "ok");
    div.setAttribute("role", "status");
    div.textContent = text;
    if (undo && undo.ids && undo.ids.length) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link undo";
      button.id = "undo-button";
      button.textContent = " " + (undo.label || "↶") + " (u)";
      button.addEventListener("click", () => undoDecision(undo.ids));
      div.appendChild(button);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => button.remove(), (undo.seconds || 10) * 1000 - 500);
    }
    box.appendChild(div);
  }

  function undoDecision(ids) {
    const body = new FormData();
    ids.forEach((id) => body.append("ids", String(id)));
    body.append("query", queueQuery());
    fetch("/hits/undo", { method: "POST", body: body, credentials: "same-origin",
                          headers: { "HX-Request": "true", "X-CSRF-Token": csrf() } })
      .then((r) => {
        if (r.ok) { window.location.reload(); return; }
        return r.text().then((text) => flash(plainText(text) || "HTTP " + r.status, "error"));
      })
      .catch((err) => flash(String(err), "error"));
  }

  function plainText(html) {
    // An inert parse (DOMParser runs no scripts and loads nothing), only to get the text.
    return new DOMParser().parseFromString(html, "text/html").body.textContent.trim();
  }

  // --- the queue's list and panel ---------------------------------------------------------------------------
  function select(index) {
    const list = rows();
    if (!list.length) { current = -1; return; }
    index = Math.max(0, Math.min(index, list.length - 1));
    list.forEach((r) => r.classList.remove("selected"));
    const row = list[index];
    row.classList.add("selected");
    row.scrollIntoView({ block: "nearest" });
    current = index;
    loadPanel(row.dataset.hitId);
  }

  // j past the last row opens the next page (rows after the last one shown), k before the first the previous.
  function move(step) {
    const list = rows();
    const box = queueBox();
    if (step > 0 && current >= list.length - 1 && box && box.dataset.nextUrl) { window.location = box.dataset.nextUrl; return; }
    if (step < 0 && current <= 0 && box && box.dataset.prevUrl) { window.location = box.dataset.prevUrl; return; }
    select(current + step);
  }

  // Plain fetch rather than htmx here: htmx's settle step briefly restores the old panel's attributes,
  // which races with a reviewer (or a test) typing fast. Stale answers from earlier j/k presses are dropped.
  let panelSeq = 0;
  function loadPanel(hitId) {
    const seq = ++panelSeq;
    fetch(withQuery("/hits/" + hitId + "/panel"), { credentials: "same-origin", headers: { "HX-Request": "true" } })
      .then((r) => {
        if (r.status === 401) { window.location = "/login"; return null; }
        return r.text();
      })
      .then((html) => {
        if (html === null || seq !== panelSeq) return;
        document.getElementById("panel").innerHTML = html;   // server-rendered, autoescaped template
      })
      .catch((err) => flash(String(err), "error"));
  }

  function audio() { return document.getElementById("clip"); }

  function seekToPhrase(a) {
    const offset = parseFloat(a.dataset.offset || "0");
    if (a.currentTime < offset - 0.05) a.currentTime = offset;
  }

  // Browsers that ignore the #t= fragment still start at the phrase.
  document.addEventListener("loadedmetadata", (e) => { if (e.target.id === "clip") seekToPhrase(e.target); }, true);

  function togglePlay() {
    const a = audio();
    if (!a) return;
    if (a.paused) { seekToPhrase(a); a.play().catch(() => {}); } else { a.pause(); }
  }

  function detail() { return document.getElementById("hit-detail"); }
  function dismissForm() { return document.getElementById("dismiss-form"); }

  function submit(form) {
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function openDismiss() {
    const form = dismissForm();
    if (!form) return;
    form.classList.add("open");
    const checked = form.querySelector("input[name=reason]:checked") || form.querySelector("input[name=reason]");
    if (checked) checked.focus();
  }

  // The ticked members of an utterance group go with the decision (unticking one splits the group).
  function addGroupIds(form) {
    form.querySelectorAll("input.group-id").forEach((el) => el.remove());
    document.querySelectorAll("#group-members input[name=ids]:checked").forEach((box) => {
      const hidden = document.createElement("input");
      hidden.type = "hidden"; hidden.name = "ids"; hidden.value = box.value; hidden.className = "group-id";
      form.appendChild(hidden);
    });
  }

  function setTotal(n) {
    const total = document.getElementById("queue-total");
    if (!total) return;
    n = Math.max(0, n);
    const cap = parseInt(total.dataset.cap || "0", 10);
    total.dataset.total = String(n);
    total.textContent = total.textContent.replace(/\d+\+?/, cap && n > cap ? cap + "+" : String(n));
  }

  function afterDecision(result) {
    const list = rows();
    const idx = list.findIndex((r) => r.dataset.hitId === String(result.lead));
    const total = document.getElementById("queue-total");
    if (total) setTotal(parseInt(total.dataset.total, 10) - (result.ids || [result.lead]).length);
    if (idx >= 0 && result.left && result.left.length) {
      // A split group: the rest of the utterance stays in its row, the panel shows it.
      const row = list[idx];
      row.dataset.hitId = String(result.left[0]);
      row.dataset.ids = result.left.join(",");
      select(idx);
      return;
    }
    if (idx >= 0) list[idx].remove();
    if (rows().length) { select(idx >= 0 ? idx : current); return; }
    const box = queueBox();
    window.location = box && box.dataset.nextUrl ? box.dataset.nextUrl : window.location.href;
  }

  // Decisions from the queue panel go by fetch, whatever started them (key or click), so the list can move
  // on without a page load; on the hit page the forms post normally and the server redirects.
  let busy = false;
  function decide(form) {
    if (busy) return;
    busy = true;
    const lead = form.closest("#hit-detail").dataset.hitId;
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                         headers: { "HX-Request": "true", "X-CSRF-Token": csrf() } })
      .then((r) => {
        if (r.ok) {
          const done = JSON.parse(r.headers.get("HX-Trigger") || "{}").hitDecided || { id: lead, message: "" };
          const more = JSON.parse(r.headers.get("X-Decision") || "{}");
          flash(done.message, "ok", { ids: more.ids || [done.id], label: more.undo, seconds: more.undo_seconds });
          lastDecided = more.ids || [done.id];
          afterDecision({ lead: lead, ids: more.ids, left: more.left });
          return;
        }
        return r.text().then((text) => {
          flash(plainText(text) || "HTTP " + r.status, "error");
          if (r.status === 409) afterDecision({ lead: lead, ids: [] });
          if (r.status === 401) window.location = "/login";
        });
      })
      .catch((err) => flash(String(err), "error"))
      .finally(() => { busy = false; });
  }
  let lastDecided = null;

  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (form.id !== "confirm-form" && form.id !== "dismiss-form") return;
    addGroupIds(form);
    if (page === "queue") { e.preventDefault(); decide(form); }
  }, true);

  // --- live queue -------------------------------------------------------------------------------------------
  let unseen = 0;
  function banner(count, inline) {
    const el = document.getElementById("live-banner");
    if (!el) return;
    if (!count) { el.hidden = true; return; }
    el.textContent = (inline ? el.dataset.label : el.dataset.reload).replace("{n}", String(count));
    el.dataset.inline = inline ? "1" : "0";
    el.hidden = false;
  }

  function insertRows(html) {
    const tbody = document.querySelector("#hit-list tbody");
    const scroller = document.getElementById("hit-list-box");
    if (!tbody) return 0;
    const selected = rows()[current];
    const before = selected ? selected.getBoundingClientRect().top : 0;
    const known = new Set(rows().map((r) => r.dataset.hitId));
    const holder = document.createElement("tbody");
    holder.innerHTML = html;                       // server-rendered, autoescaped template
    const fresh = Array.from(holder.querySelectorAll("tr.hit-row")).filter((r) => !known.has(r.dataset.hitId));
    fresh.slice().reverse().forEach((r) => tbody.insertBefore(r, tbody.firstChild));
    if (selected) {
      current = rows().indexOf(selected);
      // Keep the row under the reviewer's cursor where it was on screen.
      const shift = selected.getBoundingClientRect().top - before;
      if (shift && scroller) scroller.scrollTop += shift;
    }
    return fresh.length;
  }

  function removeGone(ids) {
    ids.forEach((id) => {
      const row = document.querySelector('#hit-list tr.hit-row[data-hit-id="' + id + '"]');
      if (!row) return;
      if (row.classList.contains("selected")) { row.classList.add("gone"); return; }   // never pull it away
      const idx = rows().indexOf(row);
      row.remove();
      if (idx >= 0 && idx < current) current -= 1;
    });
  }

  function poll() {
    const box = queueBox();
    if (!box || box.dataset.live !== "yes" || document.hidden) return;
    const shown = rows().map((r) => r.dataset.hitId).join(",");
    const url = withQuery("/queue/poll") + (queueQuery() ? "&" : "?") +
      "since=" + encodeURIComponent(box.dataset.maxId || "0") + "&shown=" + encodeURIComponent(shown);
    fetch(url, { credentials: "same-origin", headers: { "HX-Request": "true" } })
      .then((r) => (r.status === 401 ? (window.location = "/login", null) : r.ok ? r.json() : null))
      .then((data) => {
        if (!data) return;
        setTotal(data.total);
        if (data.gone && data.gone.length) removeGone(data.gone);
        if (data.new > 0) {
          box.dataset.maxId = String(data.max_id);
          if (data.inline && data.html && document.querySelector("#hit-list tbody")) {
            const added = insertRows(data.html);
            unseen += added;
            if (current < 0 && rows().length) select(0);
            banner(unseen, true);
          } else {
            unseen += data.new;
            banner(unseen, false);
          }
        }
      })
      .catch(() => {});       // a missed poll is retried at the next tick
  }

  function startPolling() {
    const box = queueBox();
    if (!box || box.dataset.live !== "yes") return;
    const seconds = Math.max(1, parseFloat(box.dataset.pollSeconds || "5"));
    setInterval(poll, seconds * 1000);
    document.addEventListener("visibilitychange", () => { if (!document.hidden) poll(); });
    const el = document.getElementById("live-banner");
    if (el) {
      el.addEventListener("click", () => {
        if (el.dataset.inline !== "1") { window.location.reload(); return; }
        const scroller = document.getElementById("hit-list-box");
        if (scroller) scroller.scrollTop = 0;
        unseen = 0;
        banner(0);
      });
    }
  }

  // --- the claim's countdown ---------------------------------------------------------------------------------
  function startCountdown() {
    const el = document.getElementById("claim-countdown");
    if (!el || !el.dataset.expires) return;
    const expires = parseInt(el.dataset.expires, 10);
    const tick = () => {
      const left = Math.floor((expires - Date.now()) / 1000);
      if (left <= 0) { el.textContent = el.dataset.expired; el.classList.add("expired"); return; }
      const mm = String(Math.floor(left / 60)).padStart(2, "0");
      const ss = String(left % 60).padStart(2, "0");
      el.textContent = el.dataset.label.replace("{time}", mm + ":" + ss);
      setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    tick();
  }

  // --- the hit page -----------------------------------------------------------------------------------------
  function follow(id) {
    const link = document.getElementById(id);
    if (link) window.location = link.href;
  }

  function startUndoOffer() {
    const line = document.getElementById("decided");
    if (!line) return;
    const seconds = parseFloat(line.dataset.undoSeconds || "10");
    setTimeout(() => { const form = document.getElementById("undo-form"); if (form) form.remove(); }, seconds * 1000);
  }

  // --- keys ---------------------------------------------------------------------------------------------------
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const form = dismissForm();
    const dismissing = form && form.classList.contains("open");
    if (dismissing && /^[1-9]$/.test(e.key)) {
      const radios = form.querySelectorAll("input[name=reason]");
      const r = radios[parseInt(e.key, 10) - 1];
      if (r) { r.checked = true; r.focus(); e.preventDefault(); }
      return;
    }
    if (dismissing && e.key === "Enter" && !(e.target && e.target.tagName === "INPUT" && e.target.type !== "radio")) {
      e.preventDefault(); submit(form); return;
    }
    if (dismissing && e.key === "Escape") { form.classList.remove("open"); document.activeElement.blur(); return; }
    if (typing(e.target)) return;
    switch (e.key) {
      case "j": if (page === "queue") move(1); else follow("next-hit"); e.preventDefault(); break;
      case "k": if (page === "queue") move(-1); else follow("prev-hit"); e.preventDefault(); break;
      case "Enter":
        if (page === "queue" && current >= 0 && e.target.tagName !== "BUTTON" && e.target.tagName !== "A") {
          window.location = withQuery("/hits/" + rows()[current].dataset.hitId);
        }
        break;
      case "c": if (detail()) { submit(document.getElementById("confirm-form")); e.preventDefault(); } break;
      case "d": if (detail()) { openDismiss(); e.preventDefault(); } break;
      case "u":
        if (page === "hit") { submit(document.getElementById("undo-form")); }
        else if (document.getElementById("undo-button") && lastDecided) { undoDecision(lastDecided); }
        e.preventDefault();
        break;
      case "n": {
        const next = document.getElementById("claim-next");
        if (next) { next.click(); e.preventDefault(); }
        break;
      }
      case " ": togglePlay(); e.preventDefault(); break;
    }
  });

  if (page === "queue") {
    document.addEventListener("click", (e) => {
      const row = e.target.closest && e.target.closest("#hit-list tr.hit-row");
      if (row && !e.target.closest("a")) select(rows().indexOf(row));
    });
    window.addEventListener("DOMContentLoaded", () => {
      const box = queueBox();
      if (rows().length) select(box && box.dataset.at === "last" ? rows().length - 1 : 0);
      startPolling();
      startCountdown();
    });
  } else {
    window.addEventListener("DOMContentLoaded", startUndoOffer);
  }
})();
