"""How the ASR scheduler packs a Whisper window: each stream's utterances together and in order, a stream on a
real-time clock sending what queued while its last job ran, a file read at full speed one utterance per job."""
from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from monitor.asr_scheduler import AsrScheduler, grouped
from monitor.pipeline import Pending
from tests.monitor.helpers import queued_pipeline
from transcription.types import SAMPLE_RATE, Utterance


def utterances(path) -> list[Utterance]:
    """A recording cut by the worker's own segmenter."""
    from transcription.segmenter import Segmenter
    from transcription.source import open_audio
    segmenter, found = Segmenter(), []
    for block in open_audio(str(path)):
        found += segmenter.feed(block)
    return found + segmenter.flush()


def taken(batch) -> list[tuple[int, float]]:
    return [(p.stream_id, pending.utterance.start) for p, pending in batch]


def test_a_realtime_stream_sends_what_queued_while_its_job_ran_and_sits_together_in_the_window(tmp_path):
    scheduler = AsrScheduler(lambda: None, pack_seconds=20.0, wake=threading.Event())
    a = queued_pipeline(tmp_path, 1, [4.0, 3.0, 9.0], clock=True)
    b = queued_pipeline(tmp_path, 2, [5.0, 2.0], clock=True)
    c = queued_pipeline(tmp_path, 3, [3.0], clock=True)
    batch = scheduler._fill([a, b, c])
    # Every stream's oldest first (12 s), then the rest in stream order while it fits: a's 3 s and b's 2 s;
    # a's 9 s one would overflow and waits at the head of a's queue.
    assert taken(batch) == [(1, 0.0), (2, 0.0), (3, 0.0), (1, 5.0), (2, 6.0)]
    assert [u.utterance.start for u in a.queue] == [9.0] and b.queued() == 0
    # Whisper gets each stream's utterances side by side, in their order, oldest stream first.
    assert taken(grouped(batch)) == [(1, 0.0), (1, 5.0), (2, 0.0), (2, 6.0), (3, 0.0)]


def test_a_file_read_at_full_speed_still_sends_one_utterance_per_job(tmp_path):
    scheduler = AsrScheduler(lambda: None, pack_seconds=20.0, wake=threading.Event())
    fast = queued_pipeline(tmp_path, 1, [3.0, 3.0, 3.0], realtime=False)     # no wall clock: read as fast as the ASR goes
    live = queued_pipeline(tmp_path, 2, [3.0, 3.0], clock=True)
    batch = grouped(scheduler._fill([fast, live]))
    assert taken(batch) == [(1, 0.0), (2, 0.0), (2, 4.0)]
    assert fast.queued() == 2
    # ... unless it is catching up (shed): then it packs its backlog like a live stream.
    for p, pending in reversed(batch):
        p.push_front(pending)
    batch = grouped(scheduler._fill([fast, live], catch_up=lambda stream_id: stream_id == 1))
    assert taken(batch) == [(1, 0.0), (1, 4.0), (1, 8.0), (2, 0.0), (2, 4.0)]


def test_the_oldest_waiting_utterance_of_every_stream_comes_before_any_backlog(tmp_path):
    scheduler = AsrScheduler(lambda: None, pack_seconds=10.0, wake=threading.Event())
    a = queued_pipeline(tmp_path, 1, [4.0, 1.0, 1.0], clock=True)
    b = queued_pipeline(tmp_path, 2, [3.0], clock=True)
    c = queued_pipeline(tmp_path, 3, [4.0], clock=True)
    batch = scheduler._fill([a, b, c])
    # a and b fit (7 s), c (4 s) does not: the window closes rather than let a's backlog take c's place.
    assert taken(grouped(batch)) == [(1, 0.0), (2, 0.0)]
    assert c.queued() == 1 and a.queued() == 2


@pytest.mark.slow
def test_a_grouped_window_gives_every_utterance_its_own_text_and_media_time(tmp_path, asr_pool, audio):
    """Real model: two streams, one with two utterances in the job; the job's results go back to the right
    stream and utterance, in each stream's order, at their own media times."""
    beauty, kitchen = utterances(audio["beauty17"]), utterances(audio["kitchen25"])
    assert len(beauty) >= 2 and kitchen
    a = queued_pipeline(tmp_path, 1, [], clock=True)
    b = queued_pipeline(tmp_path, 2, [], clock=True)
    b.queue.append(Pending(kitchen[0]))
    for utt in beauty[:2]:
        a.queue.append(Pending(utt))
    wake = threading.Event()
    scheduler = AsrScheduler(lambda: asr_pool, pack_seconds=20.0, wake=wake)
    scheduler.dispatch([b, a], hotwords=None)      # b's utterance is older: it was queued first
    jobs = {sid: job for sid, job in scheduler.in_flight.items()}
    assert set(jobs) == {1, 2} and jobs[1].future is jobs[2].future
    assert jobs[2].indices == [0] and jobs[1].indices == [1, 2]      # b, then a's two side by side
    deadline = time.monotonic() + 120
    done = []
    while scheduler.in_flight and time.monotonic() < deadline:
        wake.wait(1.0)
        done += scheduler.collect(None)
    assert not scheduler.in_flight
    by_stream = {1: [], 2: []}
    for t in done:
        by_stream[t.pipeline.stream_id].append(t)
    assert [t.pending.utterance.start for t in by_stream[1]] == [u.start for u in beauty[:2]]
    for t in done:
        utt = t.pending.utterance
        assert t.segments, f"utterance {utt.start:.1f}-{utt.end:.1f} of stream {t.pipeline.stream_id} came back empty"
        for seg in t.segments:
            assert utt.start - 0.05 <= seg.start <= seg.end <= utt.end + 0.05
    # each stream's words come back to it: the beauty stream's greeting, the kitchen stream's wok
    text_a = "".join(seg.text for t in by_stream[1] for seg in t.segments)
    text_b = "".join(seg.text for t in by_stream[2] for seg in t.segments)
    assert "直播间" in text_a and "锅" not in text_a
    assert "锅" in text_b and "直播间" not in text_b


# -- a second chance for what a packed window skipped ---------------------------------------------------------
def test_an_item_is_skipped_only_when_another_item_of_the_window_was_heard():
    from monitor.asr_pool import skipped
    from transcription.types import TranscriptSegment

    def seg(text: str) -> TranscriptSegment:
        return TranscriptSegment(start=0.0, end=1.0, text=text)

    assert skipped([[seg("全网最低价")], [], [seg("价价价价")], [seg("好的")]]) == [1, 2]
    assert skipped([[], [seg("啊")]]) == []          # nothing heard at all: silence, not a skip


def test_a_skipped_utterance_and_its_streams_later_ones_go_back_to_the_front_in_order(tmp_path):
    from concurrent.futures import Future

    from monitor.asr_scheduler import InFlight

    scheduler = AsrScheduler(lambda: None, pack_seconds=20.0, wake=threading.Event())
    a = queued_pipeline(tmp_path, 1, [2.0, 2.0, 2.0, 2.0], clock=True)
    first, second, third, fourth = (a.pop() for _ in range(4))
    a.push_front(fourth)                      # still waiting: it never was in the job
    job = InFlight(Future(), [first, second, third], a, indices=[0, 1, 2], shares=[1 / 3] * 3, redecode=False)
    scheduler._second_chance(job, {1})
    assert job.pendings == [first] and job.indices == [0]
    assert [p.utterance.start for p in a.queue] == [3.0, 6.0, 9.0]
    assert [p.second_chance for p in a.queue] == [True, True, False]
    assert scheduler.requeued == 1


@pytest.mark.slow
def test_a_window_that_skips_an_utterance_sends_it_again_beside_its_streams_next_one(tmp_path, asr_pool, audio):
    """Real model: a stretch the VAD took for speech but Whisper hears nothing in (here: digital silence)
    sits between two streams' speech; the window skips it, so it and its stream's next utterance come back
    for a second chance, are decoded in the next job (this time the transcriber may decode again inside
    the job), and every utterance is answered once, in each stream's order."""
    beauty, kitchen = utterances(audio["beauty17"]), utterances(audio["kitchen25"])
    a = queued_pipeline(tmp_path, 1, [], clock=True)
    b = queued_pipeline(tmp_path, 2, [], clock=True)
    silence = Utterance(samples=np.zeros(2 * SAMPLE_RATE, dtype=np.float32), start=beauty[0].start - 3.0,
                        end=beauty[0].start - 1.0)
    a.queue.append(Pending(silence))
    a.queue.append(Pending(beauty[0]))
    b.queue.append(Pending(kitchen[0]))
    wake = threading.Event()
    scheduler = AsrScheduler(lambda: asr_pool, pack_seconds=20.0, wake=wake)
    done = []

    def run_jobs() -> None:
        deadline = time.monotonic() + 120
        while scheduler.in_flight and time.monotonic() < deadline:
            wake.wait(1.0)
            wake.clear()
            done.extend(scheduler.collect(None))
        assert not scheduler.in_flight

    scheduler.dispatch([a, b], hotwords=None)
    assert all(not job.redecode for job in scheduler.in_flight.values())
    run_jobs()
    assert [t.pipeline.stream_id for t in done] == [2] and "锅" in done[0].segments[0].text
    assert scheduler.requeued == 1
    assert [(p.utterance.start, p.second_chance) for p in a.queue] == [(silence.start, True), (beauty[0].start, True)]
    scheduler.dispatch([a, b], hotwords=None)
    assert scheduler.in_flight[1].redecode and scheduler.in_flight[1].pendings[0].second_chance
    run_jobs()
    assert [(t.pipeline.stream_id, t.pending.utterance.start) for t in done[1:]] == [(1, silence.start),
                                                                                  (1, beauty[0].start)]
    assert done[1].segments == [] and "直播间" in "".join(s.text for s in done[2].segments)
    assert a.queued() == 0 and scheduler.requeued == 1


def test_one_stream_windows_keep_every_job_to_one_streams_utterances(tmp_path):
    """LIVEWATCH_ASR_ONE_STREAM_WINDOWS: no window mixes streams, so each utterance is decoded in its own stream's
    context as in a single-stream scan; a realtime stream still sends what queued while its job ran."""
    from concurrent.futures import Future

    jobs = []

    class Pool:             # the scheduler's view of the ASR processes: how many, and a job handed in
        size = 2

        def submit(self, items, hotwords, *, beam_size=None, redecode=True):
            jobs.append(items)
            return Future()

    pool = Pool()
    a = queued_pipeline(tmp_path, 1, [4.0, 3.0], clock=True)
    b = queued_pipeline(tmp_path, 2, [5.0], clock=True)
    c = queued_pipeline(tmp_path, 3, [3.0], clock=True)
    AsrScheduler(lambda: pool, pack_seconds=20.0, wake=threading.Event(),
                 one_stream_windows=True).dispatch([a, b, c], None)
    assert [[start for _samples, start, _end in items] for items in jobs] == [[0.0, 5.0], [0.0]]
    assert a.queued() == 0 and b.queued() == 0 and c.queued() == 1      # two processes, two streams' jobs
    jobs.clear()
    for p in (a, b, c):
        p.in_flight = False
    d, e, f = (queued_pipeline(tmp_path, 4 + i, [4.0], clock=True) for i in range(3))
    AsrScheduler(lambda: pool, pack_seconds=20.0, wake=threading.Event()).dispatch([d, e, f], None)
    assert [len(items) for items in jobs] == [2, 1]               # the default packs streams together
