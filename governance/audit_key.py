"""The audit trail's key: it signs every event's hash and every checkpoint, and lives outside the
database, so that whoever can write the database still cannot forge or re-hash the trail.

Production takes it from `AUDIT_KEY` (the app refuses to start without it). In development it
is a random key kept in the instance folder (`audit.key`, mode 0600), made on first use.
"""

import os
import secrets
import time
from pathlib import Path

KEY_FILE = "audit.key"
MIN_LENGTH = 32


def from_environment() -> bytes | None:
    value = os.environ.get("AUDIT_KEY", "")
    return value.encode() if value else None


def load(instance_path: str | os.PathLike) -> bytes:
    return from_environment() or _development_key(Path(instance_path) / KEY_FILE)


def _development_key(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_hex(32) + "\n")
    return _read(path)


def _read(path: Path) -> bytes:
    # Another process may have created the file an instant ago and not yet written it.
    for _ in range(50):
        key = path.read_bytes().strip()
        if key:
            return key
        time.sleep(0.01)
    raise RuntimeError(f"the audit key file {path} is empty")
