// Keyboard review for the queue and hit pages. j/k move, c confirm, d dismiss (then 1-5, Enter), space play.
(function () {
  "use strict";
  const page = document.body.dataset.page;
  if (page !== "queue" && page !== "hit") return;

  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== "radio");
  const rows = () => Array.from(document.querySelectorAll("#hit-list tr.hit-row"));
  let current = -1;

  function flash(text, kind) {
    const box = document.getElementById("flash");
    box.replaceChildren();
    const div = document.createElement("div");
    div.className = "flash " + (kind || "ok");
    div.textContent = text;
    box.appendChild(div);
  }

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

  // Plain fetch rather than htmx here: htmx's settle step briefly restores the old panel's attributes,
  // which races with a reviewer (or a test) typing fast. Stale answers from earlier j/k presses are dropped.
  let panelSeq = 0;
  function loadPanel(hitId) {
    const seq = ++panelSeq;
    fetch("/hits/" + hitId + "/panel", { credentials: "same-origin", headers: { "HX-Request": "true" } })
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

  function afterDecision(hitId) {
    const list = rows();
    const idx = list.findIndex((r) => r.dataset.hitId === String(hitId));
    if (idx >= 0) list[idx].remove();
    const total = document.getElementById("queue-total");
    if (total) {
      const n = Math.max(0, parseInt(total.dataset.total, 10) - 1);
      total.dataset.total = String(n);
      total.textContent = total.textContent.replace(/\d+/, String(n));
    }
    if (rows().length) { select(idx >= 0 ? idx : current); }
    else { window.location.reload(); }
  }

  // Decisions from the queue panel go by fetch, whatever started them (key or click), so the list can move
  // on without a page load; on the hit page the forms post normally and the server redirects.
  let busy = false;
  function decide(form) {
    if (busy) return;
    busy = true;
    const hitId = form.closest("#hit-detail").dataset.hitId;
    const csrf = document.querySelector('meta[name="csrf-token"]').content;
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                         headers: { "HX-Request": "true", "X-CSRF-Token": csrf } })
      .then((r) => {
        if (r.ok) {
          const done = JSON.parse(r.headers.get("HX-Trigger") || "{}").hitDecided || { id: hitId, message: "" };
          flash(done.message, "ok");
          afterDecision(done.id);
          return;
        }
        return r.text().then((text) => {
          // An inert parse (DOMParser runs no scripts and loads nothing), only to get the text.
          const message = new DOMParser().parseFromString(text, "text/html").body.textContent.trim();
          flash(message || "HTTP " + r.status, "error");
          if (r.status === 409) afterDecision(hitId);
          if (r.status === 401) window.location = "/login";
        });
      })
      .catch((err) => flash(String(err), "error"))
      .finally(() => { busy = false; });
  }

  if (page === "queue") {
    document.addEventListener("submit", (e) => {
      const form = e.target;
      if (form.id === "confirm-form" || form.id === "dismiss-form") { e.preventDefault(); decide(form); }
    }, true);
  }

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
      case "j": if (page === "queue") { select(current + 1); e.preventDefault(); } break;
      case "k": if (page === "queue") { select(current - 1); e.preventDefault(); } break;
      case "Enter": if (page === "queue" && current >= 0) { window.location = "/hits/" + rows()[current].dataset.hitId; } break;
      case "c": if (detail()) { submit(document.getElementById("confirm-form")); e.preventDefault(); } break;
      case "d": if (detail()) { openDismiss(); e.preventDefault(); } break;
      case " ": togglePlay(); e.preventDefault(); break;
    }
  });

  if (page === "queue") {
    document.addEventListener("click", (e) => {
      const row = e.target.closest && e.target.closest("#hit-list tr.hit-row");
      if (row && !e.target.closest("a")) select(rows().indexOf(row));
    });
    window.addEventListener("DOMContentLoaded", () => { if (rows().length) select(0); });
  }
})();
