"""Alembic owns the schema: one head, no drift from the models, and a clean way down and up."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from governance.db import make_engine
from governance.migrate import alembic_config, downgrade, include_object, upgrade
from governance.models import Base


def test_there_is_a_single_head(database_url):
    script = ScriptDirectory.from_config(alembic_config(database_url))
    assert len(script.get_heads()) == 1


def test_every_revision_has_a_real_downgrade(database_url):
    script = ScriptDirectory.from_config(alembic_config(database_url))
    for revision in script.walk_revisions():
        source = Path(revision.path).read_text()
        body = source.split("def downgrade() -> None:", 1)[1]
        assert body.strip() != "pass", f"{revision.revision} has an empty downgrade"


def _diff(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(context, Base.metadata)


def test_migrations_produce_exactly_the_schema_the_models_declare(database_url, database):
    assert _diff(database.engine) == []


def test_downgrade_to_base_removes_everything_and_upgrade_restores_it(database_url, database):
    database.engine.dispose()
    downgrade(database_url, "base")
    engine = make_engine(database_url)
    try:
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}  # FTS tables too
        upgrade(database_url, "head")
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        assert _diff(engine) == []
    finally:
        engine.dispose()
