"""The command line goes through the same services, with clear errors and exit codes."""

from sqlalchemy import func, select, text

from governance.models import User

from ..audit_guard import guard_lifted


def test_users_create_reads_the_password_from_stdin(app, app_db):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "--email", "Staff@Example.org", "--role", "secretary"],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    assert "created staff@example.org (secretary)" in result.output
    user = app_db.scalar(select(User).where(User.email == "staff@example.org"))
    assert user.password_hash.startswith("$argon2id$")
    assert "a long enough password" not in user.password_hash


def test_users_create_refuses_a_short_password_naming_it_and_creates_nothing(app, app_db):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "--email", "a@example.org", "--role", "admin"], input="short\n"
    )
    assert result.exit_code != 0
    assert "password: must be at least 12 characters" in result.output
    assert app_db.scalar(select(func.count(User.id))) == 0


def test_users_create_refuses_an_unknown_role(app):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "--email", "a@example.org", "--role", "owner"], input="x" * 12
    )
    assert result.exit_code == 2 and "--role" in result.output


def test_users_create_refuses_an_unknown_person(app):
    result = app.test_cli_runner().invoke(
        args=[
            "users",
            "create",
            "--email",
            "a@example.org",
            "--role",
            "director",
            "--person",
            "nobody",
        ],
        input="x" * 12 + "\n",
    )
    assert result.exit_code == 2 and "no person with slug 'nobody'" in result.output


def _three_accounts(runner):
    for n in range(3):
        runner.invoke(
            args=["users", "create", "--email", f"u{n}@example.org", "--role", "admin"],
            input="x" * 12 + "\n",
        )


def test_audit_verify_passes_then_names_the_first_tampered_event(app, app_db):
    runner = app.test_cli_runner()
    _three_accounts(runner)
    ok = runner.invoke(args=["audit", "verify"])
    assert ok.exit_code == 0
    assert ok.output == (
        "audit chain intact: 3 events; 0 checkpoints agree; "
        "live records match their last audit events\n"
    )
    second = app_db.execute(
        text("SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 1")
    ).scalar()
    with guard_lifted(app_db):
        app_db.execute(
            text("UPDATE audit_event SET actor_label = 'someone else' WHERE id = :i"),
            {"i": second},
        )
    app_db.commit()
    bad = runner.invoke(args=["audit", "verify"])
    assert bad.exit_code == 1
    assert bad.output == (
        "Error: the audit trail does not prove the record:\n"
        f"  audit event {second} its content was altered\n"
        f"  (1 events before event {second} are intact)\n"
    )


def test_audit_checkpoint_then_verify_finds_a_truncated_trail(app, app_db, tmp_path):
    runner = app.test_cli_runner()
    _three_accounts(runner)
    made = runner.invoke(args=["audit", "checkpoint"])
    assert made.exit_code == 0, made.output
    last = app_db.execute(text("SELECT max(id) FROM audit_event")).scalar()
    assert f": event {last}, 3 events, hash " in made.output
    assert runner.invoke(args=["audit", "verify"]).output.startswith(
        "audit chain intact: 3 events; 1 checkpoints agree"
    )
    with guard_lifted(app_db):
        app_db.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": last})
    app_db.commit()
    bad = runner.invoke(args=["audit", "verify"])
    assert bad.exit_code == 1
    assert "events were removed from the end (truncated)" in bad.output
    copied = tmp_path / "copy.json"
    copied.write_text("{}")
    unreadable = runner.invoke(args=["audit", "verify", str(copied)])
    assert unreadable.exit_code == 1 and "not a readable audit head" in unreadable.output


def test_audit_verify_names_a_record_changed_behind_the_services(app, app_db, tmp_path):
    from ..conftest import Factory

    make = Factory(app_db)
    body = make.body()
    app_db.execute(text("UPDATE body SET name = 'x'"))  # not a replayed table: not reported
    meeting = make.meeting(body)
    app_db.execute(text("UPDATE meeting SET title = 'Renamed' WHERE id = :i"), {"i": meeting.id})
    app_db.commit()
    bad = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert bad.exit_code == 1
    assert f"  meeting {meeting.id} differs from its last audit event" in bad.output
    assert "title: 'Renamed' in the table" in bad.output
