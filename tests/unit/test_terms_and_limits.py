"""Terms (renewal, early end, replacement) and seat limits over dated affiliations."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.errors import RuleViolation
from governance.rules.limits import (
    Affiliation,
    Holding,
    Span,
    breach_on,
    describe,
    first_breach,
)
from governance.rules.seating import Term, seated_on, voting_seated_on
from governance.rules.terms import (
    check_dates,
    check_no_overlap,
    ended_early,
    overlaps,
    renewal,
    rest_of_term,
)
from governance.rules.vocab import MemberRole

D0 = date(2013, 1, 1)
DAYS = 60  # a small calendar, so that every day of it can be checked by brute force


def day(n: int) -> date:
    return D0 + timedelta(days=n)


@st.composite
def spans(draw):
    start = draw(st.integers(0, DAYS - 1))
    end = draw(st.one_of(st.none(), st.integers(start, DAYS - 1)))
    return day(start), None if end is None else day(end)


@st.composite
def term_histories(draw, people=6):
    terms = []
    for person in range(1, people + 1):
        cursor = 0
        for _ in range(draw(st.integers(0, 3))):
            if cursor >= DAYS:
                break
            start = draw(st.integers(cursor, DAYS - 1))
            end = draw(st.one_of(st.none(), st.integers(start, DAYS - 1)))
            role = draw(st.sampled_from(list(MemberRole)))
            terms.append(Term(person, role, day(start), None if end is None else day(end)))
            if end is None:
                break
            cursor = end + 1
    return terms


@st.composite
def affiliation_histories(draw, people=6, orgs=3):
    result = []
    for person in range(1, people + 1):
        cuts = sorted(draw(st.sets(st.integers(1, DAYS - 1), max_size=2)))
        bounds = [0, *cuts, DAYS]
        for a, b in zip(bounds, bounds[1:], strict=False):
            org = draw(st.one_of(st.none(), st.integers(1, orgs)))
            result.append(
                Affiliation(
                    None if a == 0 else day(a), day(b - 1), person_id=person, organization=org
                )
            )
    return result


def holdings_of(terms):
    return [Holding(t.start, t.end, person_id=t.person_id, votes=t.votes) for t in terms]


# --- terms ------------------------------------------------------------------------------


def test_a_term_that_ends_before_it_starts_is_refused():
    check_dates(D0, D0)
    with pytest.raises(RuleViolation) as raised:
        check_dates(day(5), day(4))
    assert raised.value.field == "term_end"


def test_overlapping_terms_for_one_person_are_refused_and_adjacent_ones_allowed():
    own = [Term(1, MemberRole.MEMBER, day(0), day(9))]
    check_no_overlap(own, day(10), None)
    with pytest.raises(RuleViolation, match="overlaps") as raised:
        check_no_overlap(own, day(9), day(20))
    assert raised.value.field == "term_start"


def test_chris_kemp_replaces_devin_carlen_for_the_rest_of_the_term():
    devin = Term(1, MemberRole.MEMBER, date(2013, 1, 1), date(2013, 12, 31))
    chris = rest_of_term(devin, date(2013, 9, 30), 2)
    assert (chris.person_id, chris.start, chris.end) == (2, date(2013, 10, 1), date(2013, 12, 31))
    assert ended_early(devin, date(2013, 9, 30)).end == date(2013, 9, 30)


@pytest.mark.parametrize(
    ("last_day", "ok"),
    [(day(-1), False), (day(0), True), (day(8), True), (day(9), False), (day(20), False)],
)
def test_an_early_end_falls_inside_the_running_term(last_day, ok):
    term = Term(1, MemberRole.MEMBER, day(0), day(9))
    if ok:
        assert ended_early(term, last_day).end == last_day
    else:
        with pytest.raises(RuleViolation) as raised:
            ended_early(term, last_day)
        assert raised.value.field == "last_day"


@given(term_histories(), st.integers(1, DAYS - 1), st.integers(0, 30))
def test_renewal_seats_on_the_new_first_day_everyone_seated_the_day_before(terms, start, length):
    new_start = day(start)
    new_end = new_start + timedelta(days=length)
    new = renewal(terms, new_start, new_end)
    before = seated_on(terms, new_start - timedelta(days=1))
    # Those who already hold a term within the new period keep it rather than get a second one.
    booked = {t.person_id for t in terms if overlaps(t, new_start, new_end)}
    assert seated_on(terms + new, new_start) == (before - booked) | seated_on(terms, new_start)
    # Nobody gets two seats on a day, and roles carry over (votes stay votes).
    for d in range(start, DAYS):
        covering = [t.person_id for t in terms + new if t.covers(day(d))]
        assert len(covering) == len(set(covering))
    assert voting_seated_on(new, new_start) <= voting_seated_on(terms, new_start - timedelta(1))


@given(term_histories(), st.integers(0, DAYS - 1), st.integers(7, 9))
def test_a_replacement_keeps_the_seated_count_for_the_rest_of_the_term(terms, cut, newcomer):
    running = [t for t in terms if t.covers(day(cut)) and (t.end is None or t.end > day(cut))]
    if not running:
        return
    original = running[0]
    after = [t for t in terms if t != original] + [
        ended_early(original, day(cut)),
        rest_of_term(original, day(cut), newcomer),
    ]
    for d in range(DAYS):
        before_n, after_n = len(seated_on(terms, day(d))), len(seated_on(after, day(d)))
        assert before_n == after_n
        if d > cut and original.covers(day(d)):
            assert newcomer in seated_on(after, day(d))
            assert original.person_id not in seated_on(after, day(d))


# --- limits -----------------------------------------------------------------------------


def _brute_force(holdings, affiliations, window, member_limit, per_org_limit):
    for d in range(DAYS):
        if window.covers(day(d)):
            breach = breach_on(holdings, affiliations, day(d), member_limit, per_org_limit)
            if breach is not None:
                return breach
    return None


@given(
    term_histories(),
    affiliation_histories(),
    spans(),
    st.one_of(st.none(), st.integers(1, 5)),
    st.one_of(st.none(), st.integers(1, 3)),
)
def test_limits_are_checked_at_every_date(terms, affiliations, window, member_limit, per_org):
    holdings = holdings_of(terms)
    window = Span(*window)
    found = first_breach(holdings, affiliations, window, member_limit, per_org)
    expected = _brute_force(holdings, affiliations, window, member_limit, per_org)
    assert found == expected


def test_a_change_of_employer_counts_for_the_new_organization_from_that_day():
    # Two members of org 1 and one of org 2, who joins org 1 on day 10.
    holdings = [Holding(day(0), None, person_id=p) for p in (1, 2, 3)]
    affiliations = [
        Affiliation(None, None, person_id=1, organization=1),
        Affiliation(None, None, person_id=2, organization=1),
        Affiliation(None, day(9), person_id=3, organization=2),
        Affiliation(day(10), None, person_id=3, organization=1),
    ]
    breach = first_breach(holdings, affiliations, Span(day(0), None), None, 2)
    assert breach is not None and breach.day == day(10) and breach.people == (1, 2, 3)
    text = describe(breach, {1: "Ann", 2: "Bob", 3: "Cy"}, {1: "Rackspace"})
    assert "limit per organization" in text and "Rackspace" in text and "Ann, Bob, Cy" in text
    assert first_breach(holdings, affiliations, Span(day(0), day(9)), None, 2) is None


def test_the_member_limit_message_names_the_rule_and_the_people():
    holdings = [Holding(day(0), None, person_id=p) for p in (1, 2, 3)]
    breach = first_breach(holdings, [], Span(day(0), None), 2, None)
    assert "member limit" in describe(breach, {1: "Ann", 2: "Bob", 3: "Cy"}, {})
    assert "Ann, Bob, Cy" in describe(breach, {1: "Ann", 2: "Bob", 3: "Cy"}, {})


@given(term_histories(), spans(), st.integers(1, 4))
def test_the_member_limit_counts_only_seats_with_a_vote(terms, window, member_limit):
    """An ex officio seat without a vote never fills the table: the member limit sees the same
    breach with or without the non-voting seats."""
    holdings = holdings_of(terms)
    voting = [h for h in holdings if h.votes]
    window = Span(*window)
    assert first_breach(holdings, [], window, member_limit, None) == first_breach(
        voting, [], window, member_limit, None
    )


def test_a_non_voting_seat_is_left_out_of_the_member_limit_but_not_the_organization_limit():
    holdings = [Holding(day(0), None, person_id=p, votes=p != 3) for p in (1, 2, 3)]
    one_org = [Affiliation(None, None, person_id=p, organization=1) for p in (1, 2, 3)]
    assert first_breach(holdings, one_org, Span(day(0), None), 2, None) is None
    assert first_breach(holdings, one_org, Span(day(0), None), None, 2).people == (1, 2, 3)
