"""Long-running commands: `livewatch worker`, `livewatch serve`, `livewatch run`."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import click

from monitor.settings import PROJECT_ROOT

DEMO_MANIFEST = PROJECT_ROOT / "sample_streams" / "manifest.json"
DEMO_USER = ("demo", "livewatch-demo")   # created by `run --demo` only when no account exists yet


def register(cli: click.Group) -> None:
    for command in (worker, serve, run):
        cli.add_command(command)


def _settings(**overrides):  # noqa: ANN003, ANN202
    from monitor.settings import get_settings
    settings = get_settings()
    changes = {k: v for k, v in overrides.items() if v is not None}
    return settings.model_copy(update=changes) if changes else settings


def announce_database(settings) -> None:  # noqa: ANN001
    """Say on stderr which database a command uses when LIVEWATCH_DATABASE_URL did not name it, so a command
    run with another environment never silently works on a database nobody else reads."""
    if settings.database_url:
        return
    from monitor.db import shown_url
    click.echo(f"livewatch: database {shown_url(settings.database_url_resolved)} "
               "(LIVEWATCH_DATABASE_URL not set: the SQLite file in LIVEWATCH_DATA_DIR)", err=True)


def _stop_on_signals(stop: threading.Event) -> None:
    def handler(_signum, _frame) -> None:  # noqa: ANN001
        if stop.is_set():
            raise KeyboardInterrupt   # second signal: stop now
        stop.set()
    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


@click.command()
@click.option("--pipelines", type=int, default=None, help="Streams this worker holds at most.")
@click.option("--asr-processes", type=int, default=None, help="ASR processes (one per core).")
@click.option("--metrics-port", type=int, default=None, help="Serve /healthz and /metrics on this port.")
@click.option("--metrics-host", default="127.0.0.1", show_default=True)
@click.option("--exit-when-idle", is_flag=True,
              help="Exit once no enabled stream is left to watch (every one ended or failed).")
def worker(pipelines: int | None, asr_processes: int | None, metrics_port: int | None, metrics_host: str,
           exit_when_idle: bool) -> None:
    """Watch streams until stopped (SIGTERM: finish the current utterance, release the leases)."""
    from sqlalchemy.exc import SQLAlchemyError

    from monitor.logs import setup_logging
    from monitor.worker import Worker

    settings = _settings(pipelines_per_worker=pipelines, asr_processes=asr_processes, metrics_port=metrics_port)
    setup_logging(settings.log_level)
    stop = threading.Event()
    _stop_on_signals(stop)
    engine, factory = _init_or_fail(settings)
    the_worker = Worker(settings, factory)
    if settings.metrics_port:
        from monitor.health import serve_health

        def status() -> tuple[bool, dict]:
            return the_worker.healthy(), {"worker": the_worker.worker_id, "streams": len(the_worker.pipelines)}
        try:
            serve_health(metrics_host, settings.metrics_port, factory, status)
        except OSError as exc:
            raise click.ClickException(f"cannot serve metrics on {metrics_host}:{settings.metrics_port}: {exc}") \
                from None
    try:
        the_worker.run(stop, exit_when_idle=exit_when_idle)
    except KeyboardInterrupt:
        pass
    except Exception as exc:  # noqa: BLE001 - e.g. the model cannot be found: one line, non-zero exit
        from transcription.model import ModelError
        if isinstance(exc, ModelError | SQLAlchemyError):
            raise click.ClickException(str(exc).splitlines()[0]) from None
        raise
    finally:
        engine.dispose()


@click.command()
@click.option("--host", default=None, help="Listen address (LIVEWATCH_HOST).")
@click.option("--port", type=int, default=None, help="Port (LIVEWATCH_PORT).")
def serve(host: str | None, port: int | None) -> None:
    """Serve the review UI only."""
    settings = _settings(host=host, port=port)
    _init_or_fail(settings)
    _serve_ui(settings)


def _init_or_fail(settings):  # noqa: ANN001, ANN202
    from sqlalchemy.exc import SQLAlchemyError

    from monitor.app_state import init_database
    announce_database(settings)
    try:
        engine, factory = init_database(settings)
    except SQLAlchemyError as exc:
        raise click.ClickException(f"database unavailable: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") \
            from None
    except (OSError, ValueError) as exc:      # e.g. rules.RuleFileError in the seed rule directory
        raise click.ClickException(f"cannot start: {str(exc).splitlines()[0]}") from None
    return engine, factory


def _serve_ui(settings) -> None:  # noqa: ANN001
    import uvicorn
    # The UI reads its settings from the environment, like every other entry point.
    os.environ["LIVEWATCH_HOST"] = settings.host
    os.environ["LIVEWATCH_PORT"] = str(settings.port)
    uvicorn.run("review_ui.app:create_app", factory=True, host=settings.host, port=settings.port,
                log_level="info")


@click.command()
@click.option("--demo", is_flag=True, help="Register the bundled sample streams as --realtime file streams.")
@click.option("--host", default=None)
@click.option("--port", type=int, default=None)
def run(demo: bool, host: str | None, port: int | None) -> None:
    """Workers and review UI together (the embedded default)."""
    from monitor.db import session_scope
    from monitor.logs import setup_logging

    settings = _settings(host=host, port=port)
    setup_logging(settings.log_level)
    engine, factory = _init_or_fail(settings)
    if demo:
        with session_scope(factory) as session:
            added = register_demo_streams(session)
            user = ensure_demo_user(session)
        click.echo(f"demo: {added} sample stream(s) registered", err=True)
        if user:
            click.echo(f"demo: log in as {DEMO_USER[0]!r} with password {DEMO_USER[1]!r}", err=True)
    engine.dispose()
    # The worker child and the UI read their settings from the environment: pin them to this very database.
    os.environ["LIVEWATCH_DATA_DIR"] = str(settings.data_dir)
    os.environ["LIVEWATCH_DATABASE_URL"] = settings.database_url_resolved
    # uvicorn handles SIGTERM/SIGINT itself and re-raises them once it has shut down; this handler turns that
    # into a normal exit so the worker is stopped (and its leases released) below.
    def leave(_signum, _frame) -> None:  # noqa: ANN001
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, leave)
    signal.signal(signal.SIGINT, leave)
    supervisor = WorkerSupervisor()
    supervisor.start()
    try:
        _serve_ui(settings)
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        supervisor.stop()


def register_demo_streams(session) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from monitor.models import Stream
    from monitor.streams import add_stream

    if not DEMO_MANIFEST.exists():
        raise click.ClickException(f"no demo manifest at {DEMO_MANIFEST} (sample_streams/ not generated?)")
    manifest = json.loads(DEMO_MANIFEST.read_text())
    added = 0
    for name, entry in manifest.get("streams", {}).items():
        if session.scalar(select(Stream.id).where(Stream.name == name)) is not None:
            continue
        path = DEMO_MANIFEST.parent / entry["file"]
        add_stream(session, name, str(path), realtime=True, shop=entry.get("shop", "demo"),
                   platform=entry.get("platform", "demo"), actor="demo")
        added += 1
    return added


def ensure_demo_user(session) -> bool:  # noqa: ANN001
    from sqlalchemy import func, select

    from monitor.models import User
    from monitor.users import create_user

    if session.scalar(select(func.count()).select_from(User)):
        return False
    create_user(session, DEMO_USER[0], DEMO_USER[1], "admin", actor="demo")
    return True


class WorkerSupervisor:
    """Runs `livewatch worker` as a child process and restarts it if it dies (with backoff)."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name="worker-supervisor")

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        delay = 1.0
        while not self._stop.is_set():
            started = time.monotonic()
            # Its own session: a terminal's Ctrl-C reaches `run`, which then stops the worker exactly once.
            self.proc = subprocess.Popen([sys.executable, "-c", "from monitor.cli import main; main()", "worker"],
                                         start_new_session=True)
            self.proc.wait()
            if self._stop.is_set():
                return
            delay = 1.0 if time.monotonic() - started > 60 else min(delay * 2, 60.0)
            click.echo(f"worker exited with {self.proc.returncode}; restarting in {delay:.0f} s", err=True)
            self._stop.wait(delay)

    def stop(self) -> None:
        self._stop.set()
        proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
