// Keys of the 复核 queues (templates/review_flow.html): j/k pick a row, a agrees, d goes to the
// disagreement's reason and note (Enter in the note sends it, Esc leaves it), space plays the row's clip,
// Enter opens the hit. Rows one may not act on (one's own decisions) have no forms and are skipped by a/d.
(function () {
  "use strict";
  const rows = () => Array.from(document.querySelectorAll("tr.flow-row"));
  let current = -1;

  function select(i) {
    const all = rows();
    if (!all.length) return;
    current = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((r, k) => r.classList.toggle("selected", k === current));
    all[current].scrollIntoView({ block: "nearest" });
  }
  const row = () => rows()[current];
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e.target)) {
      if (e.key === "Escape") { e.target.blur(); e.preventDefault(); }
      return;                                 // Enter in a note submits its form natively
    }
    const r = row();
    switch (e.key) {
      case "j": select(current + 1); e.preventDefault(); break;
      case "k": select(current - 1); e.preventDefault(); break;
      case "a": {
        const agree = r && r.querySelector("form.flow-agree");
        if (agree) { agree.requestSubmit(); e.preventDefault(); }
        break;
      }
      case "d": {
        const form = r && r.querySelector("form.flow-disagree, form.flow-final-dismiss");
        const field = form && (form.querySelector("select") || form.querySelector("input[name=note]"));
        if (field) { field.focus(); e.preventDefault(); }
        break;
      }
      case " ": {
        const audio = r && r.querySelector("audio");
        if (audio) { if (audio.paused) audio.play(); else audio.pause(); e.preventDefault(); }
        break;
      }
      case "Enter": {
        const link = r && r.querySelector("a[href^='/hits/']");
        if (link) { window.location = link.href; e.preventDefault(); }
        break;
      }
    }
  });

  document.addEventListener("click", (e) => {
    const r = e.target.closest && e.target.closest("tr.flow-row");
    if (r && !e.target.closest("a, button, input, select, audio")) select(rows().indexOf(r));
  });

  function start() { if (rows().length) select(0); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
