"""Wall-clock times in a meeting's own time zone, and the UTC instants they name."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .dates import check_supported
from .errors import RuleViolation

# Files in the zone database that are not places: `localtime` is whatever zone the server is set
# to (a meeting's time would move with the machine), `Factory` names no offset ("-00"),
# `posixrules` is a template for POSIX TZ strings.
NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})


def zone(name: str, field: str = "timezone") -> ZoneInfo:
    if not name or name not in _known_zones():
        raise RuleViolation(field, f"{name!r} is not an IANA time zone (e.g. America/Los_Angeles)")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RuleViolation(field, f"{name!r} is not an IANA time zone") from exc


_ZONES: frozenset[str] | None = None


def _known_zones() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones()) - NOT_ZONES
    return _ZONES


def zone_names() -> list[str]:
    """Every zone a meeting may be held in, sorted, as a form offers them."""
    return sorted(_known_zones())


def to_utc(local: datetime, zone_name: str, field: str = "starts_at") -> datetime:
    """The instant a wall-clock reading names in `zone_name`.

    A reading that the zone skips (clocks jump forward) names no instant and is refused; one the
    zone passes twice (clocks fall back) means the first, earlier, instant. A reading outside the
    supported dates is refused before a conversion could overflow.
    """
    check_supported(local, field)
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    tz = zone(zone_name)
    first = local.replace(tzinfo=tz, fold=0)
    round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != local:
        raise RuleViolation(
            field, f"{local:%Y-%m-%d %H:%M} does not exist in {zone_name} (the clocks change)"
        )
    return first.astimezone(UTC)


def to_local(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone_name))


def wall_clock(instant: datetime | None, zone_name: str) -> datetime | None:
    """The naive local reading of an instant, as a form shows it for editing."""
    return None if instant is None else to_local(instant, zone_name).replace(tzinfo=None)


def format_local(instant: datetime, zone_name: str) -> str:
    """'14 March 2014 09:00 PDT' — how the product writes an instant for people."""
    local = to_local(instant, zone_name)
    return f"{local.day} {local:%B %Y %H:%M} {local.tzname()}"
