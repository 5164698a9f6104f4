// Small page behaviours that used to be inline (the Content-Security-Policy allows scripts only from
// /static): "back" links and the dashboard's bar widths.
(function () {
  "use strict";
  document.addEventListener("click", (e) => {
    const back = e.target.closest && e.target.closest("a[data-back]");
    if (back && window.history.length > 1) { e.preventDefault(); window.history.back(); }
  });
  function bars() {
    // Setting style from a script is allowed under style-src 'self'; a style="" attribute is not.
    document.querySelectorAll(".bar[data-pct]").forEach((bar) => {
      const pct = Math.max(0, Math.min(100, parseFloat(bar.dataset.pct) || 0));
      bar.style.width = pct + "%";
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", bars); else bars();
})();
