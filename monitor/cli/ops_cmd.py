"""Operations commands: streams, hits, users, db, worker, serve, run, purge."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager

import click

from monitor.cli import ops_runtime


def register(cli: click.Group) -> None:
    for command in (streams, hits, users, db, purge):
        cli.add_command(command)
    ops_runtime.register(cli)


@contextmanager
def database():
    """A session factory on the configured database (schema upgraded), with bad configuration as one line."""
    from sqlalchemy.exc import SQLAlchemyError

    from monitor.app_state import init_database
    from monitor.settings import get_settings

    settings = get_settings()
    ops_runtime.announce_database(settings)
    try:
        engine, factory = init_database(settings, seed=False)
    except SQLAlchemyError as exc:
        raise click.ClickException(f"database unavailable: {_first_line(exc)}") from None
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot start: {_first_line(exc)}") from None
    try:
        yield factory
    finally:
        engine.dispose()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _echo_jsonl(rows) -> None:  # noqa: ANN001
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


# -- streams -------------------------------------------------------------------------------------------
@click.group()
def streams() -> None:
    """Register and manage the streams the workers watch."""


@streams.command("add")
@click.argument("name")
@click.argument("url")
@click.option("--realtime", is_flag=True, help="Read a file at its natural pace (a file standing in for a live stream).")
@click.option("--shop", default="", help="Shop / streamer account.")
@click.option("--platform", default="", help="Platform (douyin, kuaishou, taobao …).")
def streams_add(name: str, url: str, realtime: bool, shop: str, platform: str) -> None:
    """Register stream NAME reading URL (a live URL or a file path)."""
    from monitor.db import session_scope
    from monitor.streams import StreamError, add_stream

    with database() as factory:
        try:
            with session_scope(factory) as session:
                stream = add_stream(session, name, url, realtime=realtime, shop=shop, platform=platform)
                click.echo(f"added stream {stream.name!r}: {stream.url}", err=True)
        except StreamError as exc:
            raise click.ClickException(str(exc)) from None


@streams.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def streams_list(fmt: str) -> None:
    """List streams with their state."""
    from monitor.streams import list_streams, stream_to_json

    with database() as factory, factory() as session:
        rows = [stream_to_json(s) for s in list_streams(session)]
    if fmt == "jsonl":
        _echo_jsonl(rows)
        return
    for row in rows:
        flag = "" if row["enabled"] else " (disabled)"
        error = f"  {row['last_error']}" if row["last_error"] else ""
        click.echo(f"{row['name']:<24} {row['state']:<10}{flag} {row['url']}{error}")


def _toggle(name: str, enabled: bool) -> None:
    from monitor.db import session_scope
    from monitor.streams import StreamError, set_enabled

    with database() as factory:
        try:
            with session_scope(factory) as session:
                set_enabled(session, name, enabled)
        except StreamError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"{'enabled' if enabled else 'disabled'} stream {name!r}", err=True)


@streams.command("enable")
@click.argument("name")
def streams_enable(name: str) -> None:
    """Watch stream NAME (again); an ended file is scanned again."""
    _toggle(name, True)


@streams.command("disable")
@click.argument("name")
def streams_disable(name: str) -> None:
    """Stop watching stream NAME (its worker lets go within a third of the lease time)."""
    _toggle(name, False)


@streams.command("remove")
@click.argument("name")
def streams_remove(name: str) -> None:
    """Remove stream NAME with its transcript and unconfirmed hits (refused if it has confirmed hits)."""
    from monitor.db import session_scope
    from monitor.streams import StreamError, remove_stream

    with database() as factory:
        try:
            with session_scope(factory) as session:
                remove_stream(session, name)
        except StreamError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"removed stream {name!r}", err=True)


# -- hits ------------------------------------------------------------------------------------------------
@click.group()
def hits() -> None:
    """Inspect hits."""


@hits.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--stream", "stream_name", default=None, help="Only this stream.")
@click.option("--status", type=click.Choice(["pending", "confirmed", "dismissed", "confirmed_pending",
                                              "dismissed_pending", "disputed"]), default=None)
def hits_list(fmt: str, stream_name: str | None, status: str | None) -> None:
    """List hits, oldest first."""
    from sqlalchemy import select

    from monitor.models import Hit, Stream
    from monitor.settings import get_settings

    clips = get_settings().clips_path.resolve()
    with database() as factory, factory() as session:
        query = select(Hit, Stream.name).join(Stream, Stream.id == Hit.stream_id)
        if stream_name is not None:
            if session.scalar(select(Stream.id).where(Stream.name == stream_name)) is None:
                raise click.ClickException(f"no stream named {stream_name!r}")
            query = query.where(Stream.name == stream_name)
        if status is not None:
            query = query.where(Hit.status == status)
        rows = [_hit_json(hit, name, clips) for hit, name in
                session.execute(query.order_by(Stream.name, Hit.start, Hit.rule_id))]
    if fmt == "jsonl":
        _echo_jsonl(rows)
        return
    for row in rows:
        click.echo(f"{row['stream']:<20} {row['start']:>8.2f} {row['category']:<18} {row['rule_id']:<28} "
                   f"{row['status']:<9} {row['matched']}")


def _hit_json(hit, stream_name: str, clips) -> dict:  # noqa: ANN001
    return {
        "id": hit.id, "stream": stream_name, "rule_id": hit.rule_id, "rule_version": hit.rule_version,
        "category": hit.category, "severity": hit.severity, "basis": hit.basis, "start": hit.start, "end": hit.end,
        "matched": hit.matched, "text": hit.segment_text, "how": hit.how, "score": hit.score, "status": hit.status,
        "clip": str(clips / hit.clip_path) if hit.clip_path else None, "clip_sha256": hit.clip_sha256,
        "spoken_at": hit.spoken_at.isoformat() + "Z" if hit.spoken_at else None,
        "created_at": hit.created_at.isoformat() + "Z", "reviewer": hit.reviewer,
    }


# -- users -----------------------------------------------------------------------------------------------
@click.group()
def users() -> None:
    """Manage review UI accounts."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "editor", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
def users_add(name: str, role: str, password_stdin: bool) -> None:
    """Create user NAME."""
    from monitor.db import session_scope
    from monitor.users import UserError, create_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    with database() as factory:
        try:
            with session_scope(factory) as session:
                create_user(session, name, password, role)
        except UserError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"created {role} {name!r}", err=True)


# -- db / retention ----------------------------------------------------------------------------------------
@click.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Create or upgrade the schema to the newest revision (also done on every start)."""
    from monitor.db import shown_url
    from monitor.settings import get_settings

    with database():
        pass
    click.echo(f"database at the newest revision: {shown_url(get_settings().database_url_resolved)}", err=True)


@click.command()
@click.option("--days", type=int, default=None, help="Override LIVEWATCH_RETENTION_DAYS.")
def purge(days: int | None) -> None:
    """Delete clips of dismissed hits and transcripts older than the retention period (confirmed evidence stays)."""
    from monitor.db import session_scope
    from monitor.retention import purge as run_purge
    from monitor.settings import get_settings

    settings = get_settings()
    with database() as factory, session_scope(factory) as session:
        report = run_purge(session, settings.clips_path, days if days is not None else settings.retention_days,
                           actor="cli")
    click.echo(f"deleted {report.clips_deleted} clip(s), {report.segments_deleted} transcript segment(s)", err=True)
