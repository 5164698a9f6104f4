"""`livewatch` command line. Each command group lives in its own module; this file only wires them."""
from __future__ import annotations

import click

from monitor.cli import match_cmd, ops_cmd, scan_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """livewatch: livestream e-commerce compliance monitor."""


for module in (match_cmd, scan_cmd, ops_cmd):
    module.register(cli)


def main() -> None:
    """The console script. It owns its process: a command whose work is done may end it without the
    interpreter's teardown ("owns_process", see match_cmd._end_process); `cli` called from Python never does."""
    cli(obj={"owns_process": True})
