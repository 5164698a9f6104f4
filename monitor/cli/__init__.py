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
    cli()
