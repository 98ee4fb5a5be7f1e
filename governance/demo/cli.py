"""`flask --app app demo …`"""

import time

import click
from flask import current_app
from flask.cli import AppGroup

from ..cli_session import cli_session
from . import load as demo
from .synth import Plan, generate

demo_group = AppGroup("demo", help="The 2013 demo board.")


@demo_group.command("load")
@click.option("--force", is_flag=True, help="Load even though the database holds other data.")
@click.option("--if-empty", is_flag=True, help="Do nothing (quietly) unless the database is empty.")
def demo_load(force, if_empty):
    """Load the 2013 board: meetings, roll calls, motions, votes, minutes, summaries, logins."""
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
    click.echo(f"Demo logins (password for each: {demo.DEMO_PASSWORD}):")
    for login in demo.demo_logins():
        click.echo(f"  {login.email:<32} {login.role.value:<10} {login.who}")


@demo_group.command("synth")
@click.option("--years", default=20, show_default=True, type=click.IntRange(1, 100))
@click.option("--bodies", default=8, show_default=True, type=click.IntRange(1, 50))
@click.option("--members", default=25, show_default=True, type=click.IntRange(3, 100))
@click.option("--seed", default=2013, show_default=True, type=int)
def demo_synth(years, bodies, members, seed):
    """Generate a large synthetic record for benchmarks (reproducible from --seed)."""
    plan = Plan(years=years, bodies=bodies, members=members, seed=seed)
    started = time.monotonic()
    total = years * plan.meetings_per_year * bodies
    with cli_session() as db, click.progressbar(length=total, label="meetings") as bar:
        counts = generate(db, plan, bar.update)
        db.commit()
    elapsed = time.monotonic() - started
    click.echo(
        f"generated in {elapsed:.1f} s: "
        + ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    )
