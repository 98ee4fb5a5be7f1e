"""The input-text rule and the supported date range, as pure rules: truth tables and properties."""

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules import clock
from governance.rules.dates import FIRST, LAST, check_supported
from governance.rules.errors import RuleViolation
from governance.rules.text import clean_text


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("a\x00b", "NUL"),
        ("reason \ud800", "lone surrogate"),
        ("\udfff", "lone surrogate"),
        ("bell\x07", "U+0007"),
        ("vertical\x0btab", "U+000B"),
        ("form\x0cfeed", "U+000C"),
        ("escape\x1b[31m", "U+001B"),
        ("delete\x7f", "U+007F"),
        ("next line\x85", "U+0085"),
        ("non-character\ufffe", "U+FFFE"),
        ("\uffff", "U+FFFF"),
    ],
)
def test_text_no_output_can_carry_is_refused_naming_the_field(raw, problem):
    with pytest.raises(RuleViolation, match=re.escape(problem)) as refused:
        clean_text(raw, "title")
    assert refused.value.field == "title"


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Plain text", "Plain text"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("browser\r\nlines\rold Mac", "browser\nlines\nold Mac"),
        ("Cafe\u0301", "Caf\u00e9"),  # NFC: one word, one spelling
        ("emoji \U0001f5f3 and 日本語", "emoji \U0001f5f3 and 日本語"),
        ("", ""),
    ],
)
def test_ordinary_text_is_kept_with_newlines_and_nfc(raw, kept):
    assert clean_text(raw, "notes") == kept


ANY_TEXT = st.text(
    st.characters(codec=None, exclude_categories=()) | st.sampled_from("\x00\ud800\x07\r\x85")
)


@given(ANY_TEXT)
def test_whatever_is_accepted_is_storable_xml_safe_nfc_and_stable(raw):
    try:
        kept = clean_text(raw, "f")
    except RuleViolation:
        return
    kept.encode("utf-8")  # no lone surrogate
    assert "\x00" not in kept and "\r" not in kept
    assert all(
        c in "\t\n" or not unicodedata.category(c).startswith("C") or ord(c) > 0x9F for c in kept
    )
    assert unicodedata.is_normalized("NFC", kept)
    assert clean_text(kept, "f") == kept


@pytest.mark.parametrize(
    "value",
    [
        date(1899, 12, 31),
        date(2201, 1, 1),
        date(1, 1, 1),
        date(9999, 12, 31),
        datetime(1, 1, 1),
        datetime(9999, 12, 31, 23, 59),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))),
    ],
)
def test_dates_outside_1900_to_2200_are_refused_naming_the_field(value):
    with pytest.raises(RuleViolation, match="between 1900 and 2200") as refused:
        check_supported(value, "starts_at")
    assert refused.value.field == "starts_at"


@given(
    st.datetimes(datetime.combine(FIRST, datetime.min.time()), datetime(LAST.year, 12, 31, 23, 59)),
    st.sampled_from(["America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+12", "UTC"]),
)
def test_every_supported_reading_converts_in_every_zone_without_overflow(local, zone_name):
    try:
        instant = clock.to_utc(local, zone_name)
    except RuleViolation as exc:
        assert "does not exist" in exc.message  # a skipped wall-clock time, nothing else
        return
    assert clock.to_local(instant, zone_name).tzinfo is not None
    assert instant.astimezone(timezone(timedelta(hours=14))).year <= LAST.year + 1


@pytest.mark.parametrize(
    ("local", "zone_name"),
    [(datetime(1, 1, 1), "America/Los_Angeles"), (datetime(9999, 12, 31, 23, 59), "Asia/Tokyo")],
)
def test_a_reading_at_the_ends_of_datetime_is_refused_before_conversion(local, zone_name):
    with pytest.raises(RuleViolation, match="between 1900 and 2200"):
        clock.to_utc(local, zone_name, "starts_at")
    with pytest.raises(RuleViolation, match="between 1900 and 2200"):
        clock.to_utc(local.replace(tzinfo=UTC), zone_name, "starts_at")


@pytest.mark.parametrize("name", ["localtime", "Factory", "posixrules", "", "Mars/Olympus"])
def test_files_of_the_zone_database_that_are_not_places_are_not_time_zones(name):
    with pytest.raises(RuleViolation, match="not an IANA time zone"):
        clock.zone(name)
    assert name not in clock.zone_names()
