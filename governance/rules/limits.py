"""Seat limits: a body's member limit and its limit of members per affiliated organization."""

from collections import Counter
from collections.abc import Iterable

from .errors import RuleViolation


def check_seat_limits(
    seated_orgs: Iterable[int | None],
    new_org: int | None,
    member_limit: int | None,
    per_org_limit: int | None,
) -> None:
    """`seated_orgs` are the affiliations of members already seated over the new term."""
    orgs = list(seated_orgs)
    if member_limit is not None and len(orgs) + 1 > member_limit:
        raise RuleViolation("person", f"the body is limited to {member_limit} members")
    over_org_limit = (
        per_org_limit is not None
        and new_org is not None
        and Counter(orgs)[new_org] + 1 > per_org_limit
    )
    if over_org_limit:
        raise RuleViolation(
            "person", f"the body is limited to {per_org_limit} members from one organization"
        )
