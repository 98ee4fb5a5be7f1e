"""`flask --app app notify run [--once]`: the worker as its own process (or a cron job)."""

import logging

import click
from flask import current_app
from flask.cli import AppGroup

from .worker import Worker

notify_group = AppGroup("notify", help="Send the mail the outbox owes.")


@notify_group.command("run")
@click.option("--once", is_flag=True, help="Send what is due now, then exit (for cron).")
@click.option(
    "--poll", type=float, default=None, help="Seconds between polls (NOTIFY_POLL_SECONDS)."
)
def run(once: bool, poll: float | None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    worker = Worker(current_app._get_current_object())
    if once:
        tally = worker.run_once()
        click.echo(
            f"sent {tally.sent}, waiting {tally.waiting}, withheld {tally.withheld}, "
            f"to retry {tally.retried}, failed {tally.failed}"
        )
        return
    worker.run_forever(poll if poll is not None else current_app.config["NOTIFY_POLL_SECONDS"])


@notify_group.command("sink")
@click.option("--port", type=int, default=None, help="Port on 127.0.0.1 (MAIL_PORT).")
def sink(port: int | None):
    """Development only: a loopback SMTP server keeping each message under instance/mail/."""
    from pathlib import Path

    # aiosmtpd is a development extra: imported only when the sink is asked for.
    from .sink import serve

    if current_app.config["PRODUCTION"]:
        raise click.ClickException("the mail sink is for development only")
    serve(Path(current_app.config["MAIL_FOLDER"]), port or current_app.config["MAIL_PORT"])
