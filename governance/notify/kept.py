"""The messages the development sink kept (governance.notify.sink), read back for the dev page."""

import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

# The sink's own names (`KeepToFiles`): anything else in the folder is not a kept message.
NAME = re.compile(r"^\d{8}T\d{6}-\d{5}\.eml$")
PAGE = 200


@dataclass(frozen=True)
class Kept:
    name: str
    message: EmailMessage

    def part(self, subtype: str) -> str | None:
        found = self.message.get_body(preferencelist=(subtype,))
        return found.get_content() if found is not None else None

    @property
    def calendar(self) -> str | None:
        for part in self.message.walk():
            if part.get_content_type() == "text/calendar":
                return part.get_content()
        return None


def _read(path: Path) -> Kept:
    return Kept(path.name, message_from_bytes(path.read_bytes(), policy=policy.default))


def newest(folder: Path, limit: int = PAGE) -> list[Kept]:
    if not folder.is_dir():
        return []
    names = sorted((p for p in folder.iterdir() if NAME.match(p.name)), reverse=True)
    return [_read(p) for p in names[:limit]]


def one(folder: Path, name: str) -> Kept | None:
    """A kept message by its file name; a name the sink does not make is never opened."""
    if not NAME.match(name):
        return None
    path = folder / name
    return _read(path) if path.is_file() else None
