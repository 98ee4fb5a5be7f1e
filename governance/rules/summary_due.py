"""When a meeting's official summary is due: a body's due period counted from the meeting's day.
The reference file's dispute began with a late summary, so staff see it before the public does."""

from datetime import datetime, timedelta


def summary_due_at(meeting_starts_at: datetime, due_days: int | None) -> datetime | None:
    return None if due_days is None else meeting_starts_at + timedelta(days=due_days)


def summary_overdue(
    meeting_starts_at: datetime,
    due_days: int | None,
    release_at: datetime | None,
    now: datetime,
) -> bool:
    """Overdue once the due instant has passed without a release at or before it."""
    due = summary_due_at(meeting_starts_at, due_days)
    if due is None or now <= due:
        return False
    return release_at is None or release_at > due


def days_overdue(
    meeting_starts_at: datetime,
    due_days: int | None,
    release_at: datetime | None,
    now: datetime,
) -> int | None:
    """Whole days past the due instant, counted to the release if it came late, else to `now`;
    None when the summary is not overdue."""
    if not summary_overdue(meeting_starts_at, due_days, release_at, now):
        return None
    end = release_at if release_at is not None and release_at <= now else now
    return (end - summary_due_at(meeting_starts_at, due_days)).days
