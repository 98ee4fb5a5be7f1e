"""The command line goes through the same services, with clear errors and exit codes."""

from sqlalchemy import func, select, text

from governance.models import User


def test_users_create_reads_the_password_from_stdin(app, app_db):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "--email", "Staff@Example.org", "--role", "secretary"],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    assert "created staff@example.org (secretary)" in result.output
    user = app_db.scalar(select(User).where(User.email == "staff@example.org"))
    assert user.password_hash.startswith("scrypt:")
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


def test_audit_verify_passes_then_names_the_first_tampered_event(app, app_db):
    runner = app.test_cli_runner()
    for n in range(3):
        runner.invoke(
            args=["users", "create", "--email", f"u{n}@example.org", "--role", "admin"],
            input="x" * 12 + "\n",
        )
    ok = runner.invoke(args=["audit", "verify"])
    assert ok.exit_code == 0 and "audit chain intact: 3 events" in ok.output
    second = app_db.execute(
        text("SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 1")
    ).scalar()
    app_db.execute(
        text("UPDATE audit_event SET actor_label = 'someone else' WHERE id = :i"), {"i": second}
    )
    app_db.commit()
    bad = runner.invoke(args=["audit", "verify"])
    assert bad.exit_code == 1
    assert f"audit event {second} its content was altered" in bad.output
