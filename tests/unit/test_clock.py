"""Wall-clock times and time zones, across daylight-saving changes."""

from datetime import UTC, datetime

import pytest

from governance.rules.clock import format_local, to_utc, zone
from governance.rules.errors import RuleViolation

LA = "America/Los_Angeles"


def test_winter_and_summer_meetings_at_nine_are_eight_hours_and_seven_hours_from_utc():
    assert to_utc(datetime(2013, 2, 12, 9, 0), LA) == datetime(2013, 2, 12, 17, 0, tzinfo=UTC)
    assert to_utc(datetime(2013, 8, 6, 9, 0), LA) == datetime(2013, 8, 6, 16, 0, tzinfo=UTC)


def test_the_day_clocks_spring_forward_has_a_23_hour_gap_of_no_instants():
    with pytest.raises(RuleViolation) as err:
        to_utc(datetime(2013, 3, 10, 2, 30), LA)
    assert err.value.field == "starts_at"
    assert "does not exist" in err.value.message
    assert to_utc(datetime(2013, 3, 10, 3, 0), LA) == datetime(2013, 3, 10, 10, 0, tzinfo=UTC)


def test_an_hour_passed_twice_when_clocks_fall_back_means_the_first_one():
    assert to_utc(datetime(2013, 11, 3, 1, 30), LA) == datetime(2013, 11, 3, 8, 30, tzinfo=UTC)


def test_an_aware_instant_passes_through_in_utc():
    aware = datetime(2013, 11, 4, 9, 0, tzinfo=UTC)
    assert to_utc(aware, LA) == aware


def test_a_zone_that_is_not_iana_is_refused_naming_the_field():
    with pytest.raises(RuleViolation) as err:
        zone("Pacific Standard Time")
    assert err.value.field == "timezone"
    with pytest.raises(RuleViolation):
        zone("../../etc/passwd")


def test_instants_are_written_in_the_meetings_zone_with_its_abbreviation():
    instant = datetime(2014, 3, 14, 16, 0, tzinfo=UTC)
    assert format_local(instant, LA) == "14 March 2014 09:00 PDT"
    assert format_local(datetime(2013, 11, 4, 1, 0, tzinfo=UTC), "Asia/Hong_Kong") == (
        "4 November 2013 09:00 HKT"
    )


def test_a_form_edits_an_instant_as_the_wall_clock_of_the_meeting():
    from governance.rules.clock import wall_clock

    assert wall_clock(datetime(2013, 10, 10, 17, 0, tzinfo=UTC), LA) == datetime(2013, 10, 10, 10)
    assert wall_clock(None, LA) is None
