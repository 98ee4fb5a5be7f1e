"""`flask --app app …` commands. Each state change goes through a service, as the web does."""

import contextlib
import json
import os
import tempfile

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import select

from .archive import ArchiveRefused, dumps, export, restore
from .cli_session import cli_session, read_password
from .demo.cli import demo_group
from .migrate import downgrade, upgrade
from .models import Person
from .notify.cli import notify_group
from .rules.vocab import UserRole
from .services import accounts
from .services.actors import SYSTEM
from .services.audit_replay import compare_live
from .services.audit_verify import (
    CheckpointUnreadable,
    checkpoints_in,
    read_checkpoint,
    verify_chain,
    write_checkpoint,
)


def register_commands(app: Flask) -> None:
    app.cli.add_command(db_group)
    app.cli.add_command(users_group)
    app.cli.add_command(audit_group)
    app.cli.add_command(export_command)
    app.cli.add_command(import_command)
    app.cli.add_command(demo_group)
    app.cli.add_command(notify_group)


db_group = AppGroup("db", help="Schema migrations (Alembic).")


@db_group.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision):
    upgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"database at {revision}")


@db_group.command("downgrade")
@click.argument("revision", default="base")
def db_downgrade(revision):
    downgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"database at {revision}")


users_group = AppGroup("users", help="Accounts.")


@users_group.command("create")
@click.option("--email", required=True)
@click.option("--role", required=True, type=click.Choice([r.value for r in UserRole]))
@click.option("--person", "person_slug", help="Slug of the person a director's account is for.")
def users_create(email, role, person_slug):
    """Create an account; the password is read from a prompt or stdin."""
    password = read_password()
    with cli_session() as db:
        person_id = None
        if person_slug:
            person_id = db.scalar(select(Person.id).where(Person.slug == person_slug))
            if person_id is None:
                raise click.BadParameter(
                    f"no person with slug {person_slug!r}", param_hint="--person"
                )
        user = accounts.create_user(db, SYSTEM, email, role, password, person_id)
        click.echo(f"created {user.email} ({user.role.value})")


audit_group = AppGroup("audit", help="The audit trail.")


@audit_group.command("verify")
@click.argument("checkpoint_files", nargs=-1, type=click.Path(dir_okay=False))
def audit_verify(checkpoint_files):
    """Prove the trail: the hash chain and each event's keyed MAC, the heads recorded in
    CHECKPOINT_FILES (default: every file in AUDIT_CHECKPOINT_DIR), and every vote, motion,
    meeting, attendance line, minutes and summary against its last audit event. Exit non-zero
    naming each thing that is wrong."""
    files = checkpoint_files or checkpoints_in(current_app.config["AUDIT_CHECKPOINT_DIR"])
    try:
        heads = [read_checkpoint(path) for path in files]
    except CheckpointUnreadable as exc:
        raise click.ClickException(str(exc)) from exc
    with cli_session(write=False) as db:
        report = verify_chain(db, checkpoints=heads)
        live = compare_live(db)
    for note in report.notes:
        click.echo(f"note: {note}")
    problems = report.problems + live
    if problems:
        if report.first_bad_id is not None:
            problems.append(
                f"({report.checked} events before event {report.first_bad_id} are intact)"
            )
        raise click.ClickException(
            "the audit trail does not prove the record:\n" + "\n".join(f"  {p}" for p in problems)
        )
    click.echo(
        f"audit chain intact: {report.total} events; {len(heads)} checkpoints agree; "
        "live records match their last audit events"
    )


@audit_group.command("checkpoint")
@click.option("--dir", "directory", help="Folder to write to (default: AUDIT_CHECKPOINT_DIR).")
def audit_checkpoint(directory):
    """Write the chain's head (event id, hash, count, instant, keyed MAC) to a new file outside
    the database; `audit verify` then detects any later truncation or rewrite below it. Keep
    copies elsewhere too (a cron job, the backups)."""
    with cli_session(write=False) as db:
        try:
            path, head = write_checkpoint(
                db, directory or current_app.config["AUDIT_CHECKPOINT_DIR"]
            )
        except CheckpointUnreadable as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"checkpoint {path}: event {head.id}, {head.count} events, hash {head.hash}")


@click.command("export")
@with_appcontext
@click.option(
    "--out",
    type=click.Path(dir_okay=False, allow_dash=True, writable=True),
    default="-",
    help="File to write, readable by its owner only (default: standard output).",
)
def export_command(out):
    """Write the full board archive (every record, confidential included) as JSON."""
    with cli_session(write=False) as db:
        text = dumps(export(db)) + "\n"
    if out == "-":
        click.echo(text, nl=False)
    else:
        write_private(out, text)


def write_private(path: str, text: str) -> None:
    """Write a file only its owner may read (the archive holds password hashes and confidential
    text): written under a temporary name created 0600, then renamed over any older file, so no
    reader sees it half-written or with an older file's looser mode."""
    target = os.path.abspath(path)
    fd, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".export-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@click.command("import")
@with_appcontext
@click.argument("archive", type=click.File("r", encoding="utf-8"))
def import_command(archive):
    """Restore an archive written by `export` into an empty database."""
    try:
        data = json.load(archive)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"the archive is not JSON: {exc}") from exc
    try:
        written = restore(current_app.extensions["governance.db"].engine, data)
    except ArchiveRefused as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"restored {written} records")
