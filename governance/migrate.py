"""Alembic, driven from the app: the schema exists only through migrations."""

from alembic import command
from alembic.config import Config as AlembicConfig

from .fulltext import is_index_object
from .paths import ROOT


def alembic_config(database_url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    cfg.set_main_option("path_separator", "os")
    # Kept out of the ini so that a password in the URL is never %-interpolated or logged.
    cfg.attributes["database_url"] = database_url
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the full-text machinery (made by raw SQL in a migration) out of autogenerate."""
    return not is_index_object(name)
