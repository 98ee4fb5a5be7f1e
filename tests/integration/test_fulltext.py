"""Search uses the database's full-text engine, stays in step with edits, and keeps columns apart
(so the disclosure policy's per-column rules still hold)."""

import pytest
from sqlalchemy import select, text

from governance.fulltext import matches
from governance.models import AgendaItem, Motion
from governance.services import agenda
from governance.services.actors import SYSTEM


def found(db, column, q):
    return db.scalars(select(column.table.c.id).where(matches(column, q))).all()


@pytest.fixture
def items(make):
    board, _ = make.board(seats=3)
    meeting = make.meeting(board)
    first = make.item(meeting, title="Budget review", notes="The treasurer presented figures.")
    second = make.item(meeting, title="Trademark policy", notes="Budget overrun discussed.")
    return first, second


def test_every_word_must_match_as_a_whole_word(db, items):
    first, second = items
    assert found(db, AgendaItem.title, "budget") == [first.id]
    assert found(db, AgendaItem.title, "BUDGET review") == [first.id]
    assert found(db, AgendaItem.title, "budget trademark") == []
    assert found(db, AgendaItem.title, "budg") == []


def test_a_match_in_one_column_is_not_a_match_in_another(db, items):
    first, second = items
    assert found(db, AgendaItem.notes, "budget") == [second.id]
    assert found(db, AgendaItem.title, "treasurer") == []


def test_the_index_follows_edits_and_deletions(db, items):
    first, _ = items
    agenda.update_item(db, SYSTEM, first.id, "Venue selection", "discussion")
    assert found(db, AgendaItem.title, "budget") == []
    assert found(db, AgendaItem.title, "venue") == [first.id]
    db.execute(AgendaItem.__table__.delete().where(AgendaItem.id == first.id))
    db.commit()
    assert found(db, AgendaItem.title, "venue") == []


def test_punctuation_and_quotes_in_a_query_are_only_words(db, items):
    assert found(db, AgendaItem.title, '"budget" * (') == [items[0].id]
    assert found(db, AgendaItem.title, "budget OR trademark") == []  # "or" is a word here
    assert found(db, AgendaItem.title, "!!!") == []


def test_unindexed_columns_are_refused():
    with pytest.raises(ValueError, match="not full-text indexed"):
        matches(Motion.result, "x")


def test_the_database_engine_does_the_matching(db, database, items):
    query = select(AgendaItem.id).where(matches(AgendaItem.notes, "budget"))
    if database.engine.dialect.name == "sqlite":
        sql = str(query.compile(database.engine))
        assert "agenda_item_fts MATCH" in sql
        assert db.execute(text("SELECT count(*) FROM agenda_item_fts")).scalar() == 2
    else:
        db.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            db.execute(
                text(
                    "EXPLAIN "
                    + str(query.compile(database.engine, compile_kwargs={"literal_binds": True}))
                )
            ).scalars()
        )
        assert "ix_fts_agenda_item_notes" in plan
        db.rollback()


def test_a_search_statement_is_compiled_once_and_reused_for_every_query(db, items):
    """The words travel as bound parameters: two queries of as many words share one compiled
    statement (one cache key) and each still finds its own rows."""
    first = select(AgendaItem.id).where(matches(AgendaItem.title, "budget"))
    second = select(AgendaItem.id).where(matches(AgendaItem.title, "Trademark"))
    key = first._generate_cache_key()
    assert key is not None
    assert key == second._generate_cache_key()
    assert db.scalars(first).all() == [items[0].id]
    assert db.scalars(second).all() == [items[1].id]
