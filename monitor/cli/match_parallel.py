"""`livewatch match --jobs N`: a large batch of lines answered by N processes, in input order.

The matcher is built (or loaded) once. The process answers the first WARM_LINES lines itself, which makes
the first (most often needed) states of RE2's lazy DFAs (the pattern filters' and each pattern's) and fills
the per-process caches, then
forks: every child inherits that warm matcher copy-on-write. The rest of the batch is cut into pieces,
half of it into one piece per process, half of what is left again, and so on down to small pieces; a pipe
hands the piece numbers out, in order, to whichever process is free, so a process that falls behind (its
lines cost more, or the CPU is shared with other work) takes fewer pieces and all finish together. A
child answers its pieces into an unnamed temporary file; the parent answers its own, then copies the
children's answers out in input order. A child that fails costs only time: the parent answers its pieces.
Measured on 1 MB of short lines with 2 jobs (CPU of the critical path, best of 3): warming on 250 lines
3.1 s, on none 3.2 s, on 1,000 3.3 s: a longer serial slice costs more than the children save by sharing it.
(One contiguous chunk per process, as before the pieces, left a process idle at the end for up to a few
tenths of a second on a box whose other CPU was busy.)

Small batches (a pipe partner sending a line at a time, a short file) stay in one process: a fork, and
the DFA states each child has to make again, cost more than they save there. The monitor's workers call
the matcher per utterance and never come here.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

MIN_LINES = 4000        # a batch with fewer lines is answered in one process
WARM_LINES = 250        # answered before forking, so the children share the DFA states these made
MIN_PIECE_CHARS = 1500  # pieces are cut no smaller than this while halving (~50 short lines, ~0.02 s)
MAX_PIECES = 255        # piece numbers travel as single bytes


def default_jobs() -> int:
    """The CPUs this process may run on (a container's or taskset's limit, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _chunks(lines: list[str], n: int) -> list[list[str]]:
    """`lines` cut into n contiguous chunks of about the same number of characters (the cost of a line)."""
    total = sum(len(x) + 1 for x in lines)
    out: list[list[str]] = []
    start = acc = 0
    for i, line in enumerate(lines):
        acc += len(line) + 1
        if len(out) < n - 1 and acc >= total * (len(out) + 1) / n:
            out.append(lines[start:i + 1])
            start = i + 1
    out.append(lines[start:])
    return [c for c in out if c]


def _pieces(lines: list[str], jobs: int) -> list[list[str]]:
    """`lines` cut into contiguous pieces for `jobs` processes: the first half (by characters) into `jobs`
    pieces, half of the rest into `jobs` more, and so on while those would hold MIN_PIECE_CHARS; the rest
    into `jobs` last pieces; MAX_PIECES at most. Large pieces first keep the batch path's batches large;
    small ones last let the processes end together."""
    out: list[list[str]] = []
    rest = lines
    while rest:
        if sum(len(x) + 1 for x in rest) < 2 * jobs * MIN_PIECE_CHARS or len(out) + 2 * jobs > MAX_PIECES:
            out.extend(_chunks(rest, min(jobs, MAX_PIECES - len(out))))
            break
        half, *more = _chunks(rest, 2)
        rest = more[0] if more else []
        out.extend(_chunks(half, jobs))
    return out


def _piece_queue(n: int) -> int:
    """The read end of a pipe that holds the piece numbers 0..n-1 (n <= MAX_PIECES), one byte each. Its write
    end is closed, so a read after the last number gets b"" instead of waiting, and a one-byte read from a
    pipe is atomic: each number goes to exactly one of the processes reading it."""
    r, w = os.pipe()
    try:
        os.write(w, bytes(range(n)))        # far below the pipe's buffer: written whole at once
    except OSError:
        os.close(r)
        raise
    finally:
        os.close(w)
    return r


def _taken(queue: int) -> Iterator[int]:
    """The piece numbers this process takes from the queue, until none is left."""
    while True:
        got = os.read(queue, 1)
        if not got:
            return
        yield got[0]


def answers(answer: Callable[[str], str], lines: list[str], jobs: int,
            answer_many: Callable[[list[str]], Any] | None = None) -> Iterator[Any]:
    """The answers of `lines`, in order, as a few parts (each `answer_many` of a run of lines: a string, or
    whatever answer_many returns, e.g. a list of per-line answers; a child's parts come back pickled).
    `answer_many(run)`: the answers of a run of lines at once (the matcher's batch path), else `answer` per line."""
    many = answer_many or (lambda run: "".join([answer(x) for x in run]))
    if jobs <= 1 or len(lines) < MIN_LINES or not hasattr(os, "fork"):
        yield many(lines)
        return
    yield many(lines[:WARM_LINES])
    pieces = _pieces(lines[WARM_LINES:], jobs)
    try:
        queue = _piece_queue(len(pieces))
    except OSError:             # no pipe (descriptor limit): the rest is answered here
        yield many(lines[WARM_LINES:])
        return
    children: list[tuple[int, object]] = []
    # Objects the children only read stay shared: the cyclic GC would otherwise write to every one of them.
    frozen_by_caller = gc.get_freeze_count() > 0      # `livewatch match` freezes its matcher for good
    gc.freeze()
    try:
        for _ in range(jobs - 1):
            try:
                children.append(_start(many, pieces, queue))
            except OSError:         # no fork (process limit) or no temporary file: fewer hands, same answers
                break
    finally:
        if not frozen_by_caller:
            gc.unfreeze()
    try:
        done: dict[int, Any] = {}
        sent = 0
        for k in _taken(queue):
            done[k] = many(pieces[k])
            while sent in done:     # this process's pieces go out as soon as every piece before them has
                yield done.pop(sent)
                sent += 1
        # Every piece is handed out; the children's answers. A child that failed (killed, an exception) left
        # its pieces unanswered: they are answered here.
        while children:
            pid, f = children.pop(0)
            with f:
                _, status = os.waitpid(pid, 0)
                if os.waitstatus_to_exitcode(status) == 0:
                    f.seek(0)
                    for k, part in pickle.loads(f.read()).items():
                        done.setdefault(k, part)
        for k in range(sent, len(pieces)):
            part = done.pop(k, None)
            yield many(pieces[k]) if part is None else part
    finally:                # the reader went away (a closed pipe, Ctrl-C): no child outlives the command
        os.close(queue)
        for pid, f in children:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
            f.close()


def _start(many: Callable[[list[str]], Any], pieces: list[list[str]], queue: int) -> tuple[int, object]:
    f = tempfile.TemporaryFile()
    try:
        pid = os.fork()
    except OSError:
        f.close()
        raise
    if pid == 0:                    # the child: answer, write, and leave without running the parent's cleanup
        code = 1
        try:
            got = {k: many(pieces[k]) for k in _taken(queue)}
            f.write(pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL))
            f.flush()
            code = 0
        finally:
            os._exit(code)
    return pid, f
