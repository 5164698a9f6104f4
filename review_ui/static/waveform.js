// The hit's audio as a waveform (templates/_evidence.html). wavesurfer.js draws the page's own
// <audio id="clip"> rather than a player of its own, so the queue's space key (app.js) and the browser's
// controls keep working on the same element. Keys: r replay the phrase, [ ] speed 0.75–1.5×,
// x ±10 s of context (cut by the server on demand) and back to the clip.
// Times: the server speaks media seconds (time into the stream); the loaded audio starts at `origin`.
(function () {
  "use strict";
  const RATES = [0.75, 1, 1.25, 1.5];
  // The height is fixed: wavesurfer writes it into the <style> of its shadow root, whose hash the
  // Content-Security-Policy allows (review_ui/security.py). Another height is another hash.
  const HEIGHT = 96;
  const PAD = 0.15;           // seconds of air kept around the phrase when replaying it
  let state = null;

  const num = (v) => parseFloat(v || "0") || 0;
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== "radio");

  function status(st, text) {
    const box = st.root.querySelector("#wave-status");
    if (box) box.textContent = text || "";
  }

  function init(root) {
    if (root.dataset.waveReady) return;
    root.dataset.waveReady = "1";
    if (state) destroy(state);
    const audio = root.querySelector("audio#clip");
    const box = root.querySelector(".waveform");
    if (!window.WaveSurfer || !window.WaveSurfer.Regions || !audio || !box) return;
    const st = {
      root, audio, clipUrl: audio.getAttribute("src"),
      clipStart: num(root.dataset.clipStart), origin: num(root.dataset.clipStart),
      phrase: [num(root.dataset.phraseStart), num(root.dataset.phraseEnd)],
      rate: 1, context: false, covered: null, words: [], spans: [], lit: -1,
    };
    st.regions = window.WaveSurfer.Regions.create();
    st.ws = window.WaveSurfer.create({
      container: box, media: audio, height: HEIGHT, normalize: true, dragToSeek: true,
      waveColor: "#8aa1b8", progressColor: "#2f5d8a", cursorColor: "#c0392b", cursorWidth: 2,
      barWidth: 2, barGap: 1, barRadius: 1, plugins: [st.regions],
    });
    st.ws.on("decode", () => mark(st));
    st.ws.on("timeupdate", (t) => light(st, st.origin + t));
    st.ws.on("error", () => status(st, root.dataset.msgFailed));
    state = st;
    root.classList.add("has-waveform");
    loadWords(st);
  }

  function destroy(st) {
    try { st.ws.destroy(); } catch (e) { /* already gone with its panel */ }
    if (state === st) state = null;
  }

  // The phrase, and in context mode the stretches with no stored audio, as regions.
  function mark(st) {
    st.regions.clearRegions();
    const dur = st.ws.getDuration();
    const add = (start, end, color, label) => {
      start = Math.max(0, start); end = Math.min(dur, end);
      if (end - start > 0.01) st.regions.addRegion({ start, end, color, drag: false, resize: false, content: label });
    };
    if (st.context && st.covered) {
      let at = 0;
      st.covered.forEach(([a, b]) => { add(at, a - st.origin, "rgba(120,120,120,0.35)", st.root.dataset.msgGap); at = b - st.origin; });
      add(at, dur, "rgba(120,120,120,0.35)", st.root.dataset.msgGap);
    }
    add(st.phrase[0] - st.origin, st.phrase[1] - st.origin, "rgba(255,190,0,0.40)");   // too narrow for a label
    st.audio.dataset.offset = Math.max(0, st.phrase[0] - st.origin).toFixed(2);
    st.root.dataset.origin = st.origin.toFixed(3);
    st.root.dataset.mode = st.context ? "context" : "clip";
  }

  function loadWords(st) {
    fetch("/hits/" + st.root.dataset.hitId + "/context", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((info) => {
        if (!info || state !== st) return;
        const box = st.root.querySelector("#wave-words");
        box.replaceChildren();
        st.words = info.words || [];
        st.spans = st.words.map((w, i) => {
          const span = document.createElement(w.phrase ? "mark" : "span");
          span.className = "w";
          span.textContent = w.text;          // text, never HTML
          span.dataset.i = String(i);
          box.appendChild(span);
          return span;
        });
        box.hidden = !st.words.length;
      })
      .catch(() => {});
  }

  function light(st, t) {
    let found = -1;
    for (let i = 0; i < st.words.length; i++) {
      if (t >= st.words[i].start && t < st.words[i].end) { found = i; break; }
    }
    if (found === st.lit) return;
    if (st.lit >= 0 && st.spans[st.lit]) st.spans[st.lit].classList.remove("now");
    if (found >= 0 && st.spans[found]) st.spans[found].classList.add("now");
    st.lit = found;
  }

  function replay(st) {
    const start = Math.max(0, st.phrase[0] - st.origin - PAD);
    const end = Math.min(st.ws.getDuration() || Infinity, st.phrase[1] - st.origin + PAD);
    st.ws.play(start, end).catch(() => {});
  }

  function setRate(st, step) {
    const i = Math.max(0, Math.min(RATES.length - 1, RATES.indexOf(st.rate) + step));
    st.rate = RATES[i];
    st.audio.defaultPlaybackRate = st.rate;   // survives a new source (context ↔ clip)
    st.ws.setPlaybackRate(st.rate, true);     // keep the pitch: voices stay recognisable
    const shown = st.root.querySelector("#wave-rate");
    if (shown) shown.textContent = st.rate + "×";
    st.root.dataset.rate = String(st.rate);
  }

  // On the element itself once it can play: a seek asked for earlier is dropped by the new source's load.
  function seekWhenReady(audio, t) {
    const go = () => { audio.currentTime = Math.max(0, Math.min(audio.duration || t, t)); };
    if (audio.readyState >= 3) go(); else audio.addEventListener("canplay", go, { once: true });
  }

  // Swap the loaded audio, keeping the playhead on the same moment of the stream.
  function swap(st, load, origin, context, covered) {
    const at = st.origin + st.ws.getCurrentTime();
    return load().then(() => {
      st.origin = origin; st.context = context; st.covered = covered;
      mark(st);
      st.audio.playbackRate = st.rate;
      seekWhenReady(st.audio, at - origin);
      const btn = st.root.querySelector("[data-wave=context]");
      if (btn) btn.setAttribute("aria-pressed", String(context));
    });
  }

  function decodeAudio(bytes) {
    const ctx = new (window.AudioContext || window.webkitAudioContext)();
    return ctx.decodeAudioData(bytes).finally(() => ctx.close());
  }

  // The CSP's media-src is 'self' (no blob:), so wavesurfer must not hand the <audio> element a blob URL
  // of what it fetched: the waveform is drawn from this answer, decoded here, and the element plays the
  // same URL itself.
  function loadDecoded(st, url, response) {
    return response.arrayBuffer().then(decodeAudio)
      .then((buf) => st.ws.load(url, [buf.getChannelData(0)], buf.duration));
  }

  function toggleContext(st) {
    if (st.busy) return;
    st.busy = true;
    if (st.context) {
      swap(st, () => fetch(st.clipUrl, { credentials: "same-origin" }).then((r) => {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return loadDecoded(st, st.clipUrl, r);
      }), st.clipStart, false, null)
        .then(() => status(st, st.root.dataset.msgClip))
        .catch(() => status(st, st.root.dataset.msgFailed))
        .finally(() => { st.busy = false; });
      return;
    }
    status(st, st.root.dataset.msgLoading);
    const url = "/hits/" + st.root.dataset.hitId + "/context.wav";
    fetch(url, { credentials: "same-origin" })
      .then((r) => {
        if (!r.ok) throw new Error("HTTP " + r.status);
        const origin = num(r.headers.get("X-Media-Start"));
        const source = r.headers.get("X-Audio-Source");
        const covered = (r.headers.get("X-Covered") || "").split(",").filter(Boolean)
          .map((p) => p.split("-").map(num));
        return swap(st, () => loadDecoded(st, url, r), origin, true, covered)
          .then(() => status(st, source === "stream_file" ? st.root.dataset.msgContextFile : st.root.dataset.msgContextClips));
      })
      .catch(() => status(st, st.root.dataset.msgFailed))
      .finally(() => { st.busy = false; });
  }

  function act(name) {
    const st = state;
    if (!st || !document.body.contains(st.root)) return false;
    if (name === "replay") replay(st);
    else if (name === "slower") setRate(st, -1);
    else if (name === "faster") setRate(st, 1);
    else if (name === "context") toggleContext(st);
    else return false;
    return true;
  }

  document.addEventListener("click", (e) => {
    const btn = e.target.closest && e.target.closest("[data-wave]");
    if (btn && act(btn.dataset.wave)) { e.preventDefault(); return; }
    const word = e.target.closest && e.target.closest("#wave-words .w");
    if (word && state) {
      const w = state.words[parseInt(word.dataset.i, 10)];
      const t = w ? w.start - state.origin : -1;
      if (t >= 0 && t <= state.ws.getDuration()) state.ws.setTime(t);
    }
  });

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const dismissing = document.querySelector("#dismiss-form.open");
    if (dismissing) return;                  // digits, Enter and Esc belong to the dismiss form then
    const name = { r: "replay", "[": "slower", "]": "faster", x: "context" }[e.key];
    if (name && act(name)) e.preventDefault();
  });

  // The queue swaps its right-hand panel in by script: pick up each new evidence block as it appears.
  function scan() {
    const root = document.getElementById("evidence");
    if (root) init(root);
    else if (state && !document.body.contains(state.root)) destroy(state);
  }
  function start() {
    scan();
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
