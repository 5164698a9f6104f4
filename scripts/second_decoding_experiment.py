"""Experiment (issue 8 item 4): a targeted second decoding. After the normal decode of a pack, an utterance
whose text the classifier finds uncertain for a category (probability in [threshold/2, threshold), no hit of
that category) is decoded again alone with that category's rule phrases as Whisper `hotwords`; its new text
replaces the old only when it yields a hit of that category. Compares with and without on labelled audio.

    .venv/bin/python scripts/second_decoding_experiment.py sample_streams/manifest_hard.json ...

Kept for the record (docs/transcription.md, "A targeted second decoding"): the worker does not do this.
"""
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from monitor.evaluation import evaluate
from monitor.scan import hotwords_for
from monitor.settings import get_settings
from rules import build_matcher, load_rule_dir
from rules.normalize import normalize
from rules.classifier import sentences, _sigmoid
from transcription.model import resolve_model_dir
from transcription.transcriber import Transcriber

rb = load_rule_dir()
matcher = build_matcher(rb, second_opinion=True)
clf = matcher.classifier
vocab = {c: hotwords_for(types.SimpleNamespace(rules=[r for r in rb.rules if r.category == c])) for c in clf.categories}
s = get_settings()
model_dir = resolve_model_dir(s.whisper_model or None, s.model_cache_path)


def uncertain(text):
    nt = normalize(text)
    hit = {c for h in matcher.match(text) for c in h.categories}
    out = {}
    for lo, hi in sentences(nt):
        logits = clf._evidence(nt.text[lo:hi])[0]
        for c, (cat, z) in enumerate(zip(clf.categories, list(logits))):
            p = _sigmoid(float(z))
            if cat not in hit and clf.thresholds[c] / 2 <= p < clf.thresholds[c]:
                out[cat] = max(out.get(cat, 0), p)
    return sorted(out, key=out.get, reverse=True)


class SecondLook(Transcriber):
    on = False
    redecodes = replaced = 0
    decode_s = extra_s = 0.0

    def transcribe_many(self, utts):
        t = time.process_time()
        segs = super().transcribe_many(utts)
        SecondLook.decode_s += time.process_time() - t
        if not self.on:
            return segs
        out = []
        for seg in segs:
            cats = uncertain(seg.text)
            new = seg
            for cat in cats[:1]:
                u = next((u for u in utts if u.start - 0.05 <= seg.start and seg.end <= u.end + 0.05), None)
                if u is None:
                    break
                t = time.process_time()
                old_hw, self.hotwords = self.hotwords, vocab[cat]
                try:
                    again = Transcriber._decode_pack(self, [u], retry=False)
                finally:
                    self.hotwords = old_hw
                SecondLook.extra_s += time.process_time() - t
                SecondLook.redecodes += 1
                if again and cat in {c for h in matcher.match(again[0].text) for c in h.categories}:
                    print(f"  replaced [{cat}] {seg.text} -> {again[0].text}", flush=True)
                    SecondLook.replaced += 1
                    new = again[0]
            out.append(new)
        return out


tr = SecondLook(model_dir, cpu_threads=2, beam_size=s.beam_size, hotwords=None)
for manifest in sys.argv[1:]:
    for on in (False, True):
        SecondLook.on = on
        SecondLook.redecodes = SecondLook.replaced = 0
        SecondLook.decode_s = SecondLook.extra_s = 0.0
        r = evaluate(Path(manifest), matcher=matcher, transcriber=tr)
        print(manifest.split("/")[-1], "second-look" if on else "plain", f"recall {r.recall:.3f} precision {r.precision:.3f}",
              f"redecodes {SecondLook.redecodes} replaced {SecondLook.replaced}",
              f"asr cpu {SecondLook.decode_s:.0f}s + {SecondLook.extra_s:.0f}s ({100 * SecondLook.extra_s / max(1, SecondLook.decode_s):.0f}%)", flush=True)
