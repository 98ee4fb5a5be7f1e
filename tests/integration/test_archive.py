"""The staff archive restores into an empty database identically, audit chain included."""

import json
import stat

import pytest

from governance.archive import ArchiveRefused, export, restore
from governance.demo.load import load
from governance.services.audit_verify import verify_chain

from ..conftest import empty_all_tables
from .scene import database_state


def test_export_then_import_restores_the_database_identically(db, database, tmp_path, app):
    load(db)
    before = database_state(db)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["audit", "checkpoint"]).exit_code == 0
    path = tmp_path / "archive.json"
    result = runner.invoke(args=["export", "--out", str(path)])
    assert result.exit_code == 0, result.output
    assert "Executive session" in path.read_text() or "executive_session" in path.read_text()

    db.rollback()  # release the test's read snapshot before the tables are emptied
    empty_all_tables(database)
    result = runner.invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert database_state(db) == before
    assert verify_chain(db).ok
    verified = runner.invoke(args=["audit", "verify"])  # against the checkpoint taken before
    assert verified.exit_code == 0, verified.output
    assert "1 checkpoints agree; live records match" in verified.output


def test_import_refuses_a_database_that_is_not_empty(db, database):
    load(db)
    archive = export(db)
    with pytest.raises(ArchiveRefused, match="not empty"):
        restore(database.engine, archive)


def test_import_refuses_something_that_is_not_an_archive(db, database, tmp_path, app):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"tables": {}}))
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 1 and "not a governance archive" in result.output


def test_new_records_after_a_restore_get_fresh_ids(db, database, make):
    board, _ = make.board(seats=2)
    archive = export(db)
    db.rollback()
    empty_all_tables(database)
    restore(database.engine, archive)
    assert make.person().id > max(row["id"] for row in archive["tables"]["person"])
    assert board.id == archive["tables"]["body"][0]["id"]


def test_the_archive_file_is_readable_by_its_owner_only(db, tmp_path, app, make):
    make.user(email="admin@example.org", role="admin")
    runner = app.test_cli_runner()
    new = tmp_path / "new.json"
    older = tmp_path / "older.json"
    older.write_text("an older, world-readable archive")
    older.chmod(0o644)
    for path in (new, older):
        result = runner.invoke(args=["export", "--out", str(path)])
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert json.loads(path.read_text())["tables"]["user_account"][0]["email"] == (
            "admin@example.org"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json", "older.json"]


def test_the_archive_leaves_out_the_sign_in_throttle(db, database, app):
    from governance.services import throttle

    throttle.count_try(db, "someone@example.org", "198.51.100.7")
    archive = export(db)
    assert "sign_in_throttle" not in archive["tables"]
    db.rollback()
    empty_all_tables(database)
    throttle.count_try(db, "someone@example.org", "198.51.100.7")
    assert restore(database.engine, archive) >= 0  # working state does not block a restore
