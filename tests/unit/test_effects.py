"""A motion's effect on the seats: what it does to a body's terms when the motion carries."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.effects import Effect, change, describe, takes_effect
from governance.rules.errors import RuleViolation
from governance.rules.seating import Term, seated_on
from governance.rules.vocab import EffectKind, MemberRole, MotionStatus

from .test_terms_and_limits import DAYS, day, term_histories

APPOINT, END = EffectKind.APPOINT, EffectKind.END_TERM
VAN = 7


@pytest.mark.parametrize(
    ("status", "applies"),
    [(MotionStatus.CARRIED, True), *((s, False) for s in MotionStatus if s != "carried")],
)
def test_only_a_carried_motion_takes_effect(status, applies):
    assert takes_effect(status) is applies


def test_an_appointment_seats_the_person_from_its_day():
    result = change(Effect(APPOINT, VAN, date(2013, 9, 1)), [])
    assert result.before is None
    assert result.after == Term(VAN, MemberRole.MEMBER, date(2013, 9, 1), None)


@pytest.mark.parametrize(
    ("effect", "field", "message"),
    [
        (Effect(APPOINT, VAN, date(2013, 9, 1), term_end=date(2013, 8, 1)), "term_end", "before"),
        (Effect(APPOINT, 1, date(2013, 9, 1)), "person_id", "overlaps"),
        (Effect(END, 2, date(2013, 9, 1)), "person_id", "holds no seat"),
        (Effect(END, 1, date(2013, 12, 31)), "last_day", "before the term's end"),
        (Effect(END, 1, date(2013, 9, 1), term_end=date(2014, 1, 1)), "term_end", "appointment"),
    ],
)
def test_an_effect_that_cannot_apply_is_refused_naming_the_field(effect, field, message):
    terms = [Term(1, MemberRole.MEMBER, date(2013, 1, 1), date(2013, 12, 31))]
    with pytest.raises(RuleViolation, match=message) as raised:
        change(effect, terms)
    assert raised.value.field == field


def test_the_effect_reads_as_the_motion_says_it():
    appoint = Effect(APPOINT, VAN, date(2013, 9, 1), MemberRole.CHAIR, date(2014, 8, 31))
    assert describe(appoint, "Van Lindberg", "Legal Affairs Committee", "individual") == (
        "appoint Van Lindberg to Legal Affairs Committee (individual seat, chair) "
        "from 1 September 2013 to 31 August 2014"
    )
    assert describe(Effect(END, VAN, date(2013, 9, 30)), "Devin Carlen", "the Board") == (
        "end Devin Carlen's term on the Board after 30 September 2013"
    )


@given(
    term_histories(),
    st.sampled_from([APPOINT, END]),
    st.integers(1, 7),
    st.integers(0, DAYS - 1),
    st.one_of(st.none(), st.integers(0, 20)),
)
def test_an_effect_changes_the_person_s_seat_and_nobody_else_s(terms, kind, person, on, length):
    """Applied to any history, an effect either is refused or changes who is seated only for
    its person: seated from its day on (an appointment, to its end), or no longer seated
    after its last day under the term it cuts short (an early end)."""
    end = None if length is None or kind == END else day(on + length)
    effect = Effect(kind, person, day(on), term_end=end)
    try:
        result = change(effect, terms)
    except RuleViolation:
        return
    after = [t for t in terms if t != result.before] + [result.after]
    for d in range(DAYS + 25):
        before_ids, after_ids = seated_on(terms, day(d)), seated_on(after, day(d))
        assert before_ids - {person} == after_ids - {person}
        if kind == APPOINT:
            assert (person in after_ids) == (person in before_ids or result.after.covers(day(d)))
        elif d <= on:
            assert (person in after_ids) == (person in before_ids)
        elif d > on and result.before.covers(day(d)):
            others = [t for t in terms if t.person_id == person and t != result.before]
            assert (person in after_ids) == any(t.covers(day(d)) for t in others)
