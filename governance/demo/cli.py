"""`flask --app app demo …`"""

import click
from flask import current_app
from flask.cli import AppGroup

from ..cli import cli_session

demo_group = AppGroup("demo", help="The 2013 demo board.")


@demo_group.command("load")
@click.option("--force", is_flag=True, help="Load even though the database holds other data.")
@click.option("--if-empty", is_flag=True, help="Do nothing (quietly) unless the database is empty.")
def demo_load(force, if_empty):
    """Load the 2013 board: meetings, roll calls, motions, votes, minutes, summaries, logins."""
    from . import load as demo

    if current_app.config["PRODUCTION"]:
        raise click.ClickException(
            "the demo board and its known passwords are refused in production"
        )
    with cli_session() as db:
        if if_empty and not demo.is_empty(db) and not demo.is_loaded(db):
            click.echo("database holds data: demo board not loaded")
            return
        try:
            loaded = demo.load(db, force=force)
        except demo.DemoRefused as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo("demo board loaded" if loaded else "demo board already loaded")
        print_logins()


def print_logins():
    from . import load as demo

    click.echo(f"Demo logins (password for each: {demo.DEMO_PASSWORD}):")
    for login in demo.demo_logins():
        click.echo(f"  {login.email:<32} {login.role.value:<10} {login.who}")
