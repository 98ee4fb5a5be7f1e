"""What every command shares: a database session that turns a service's refusal into a clean
command-line error, and a password read without ever being an argument."""

import sys
from contextlib import contextmanager

import click
from flask import current_app

from .services.errors import ServiceError


@contextmanager
def cli_session(write: bool = True):
    db = current_app.extensions["governance.db"].session(write=write)
    try:
        yield db
    except ServiceError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()


def read_password() -> str:
    """From a hidden prompt at a terminal, else the first line of stdin; never an argument."""
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")
