"""Settings from the environment, with development defaults that production refuses."""

import os

from .audit_key import MIN_LENGTH as MIN_AUDIT_KEY_LENGTH
from .db import SQLITE_BUSY_TIMEOUT_MS

DEV_SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - the app refuses to start with it in production


def default_database_url(instance_path: str) -> str:
    return "sqlite:///" + os.path.join(instance_path, "governance.sqlite3")


class Config:
    def __init__(self, instance_path: str, overrides: dict | None = None):
        env = os.environ
        self.SECRET_KEY = env.get("SECRET_KEY", DEV_SECRET_KEY)
        self.DATABASE_URL = env.get("DATABASE_URL") or default_database_url(instance_path)
        # How long a write waits for SQLite's write lock before it is answered 503.
        self.SQLITE_BUSY_TIMEOUT_MS = int(env.get("SQLITE_BUSY_TIMEOUT_MS", SQLITE_BUSY_TIMEOUT_MS))
        self.BASE_URL = env.get("BASE_URL", "http://127.0.0.1:5000").rstrip("/")
        self.FOUNDATION_NAME = env.get("FOUNDATION_NAME", "OpenStack Foundation")
        self.PRODUCTION = env.get("GOVERNANCE_ENV", "development") == "production"
        # The audit trail's key (see audit_key.py); development makes one in the instance folder.
        self.AUDIT_KEY = env.get("AUDIT_KEY", "")
        # Where `flask audit checkpoint` writes the chain's head and `audit verify` reads it.
        self.AUDIT_CHECKPOINT_DIR = env.get("AUDIT_CHECKPOINT_DIR") or os.path.join(
            instance_path, "audit-checkpoints"
        )
        self.SESSION_COOKIE_HTTPONLY = True
        self.SESSION_COOKIE_SAMESITE = "Lax"
        self.SESSION_COOKIE_SECURE = self.BASE_URL.startswith("https://")
        self.REMEMBER_COOKIE_HTTPONLY = True
        self.REMEMBER_COOKIE_SAMESITE = "Lax"
        self.REMEMBER_COOKIE_SECURE = self.SESSION_COOKIE_SECURE
        self.WTF_CSRF_TIME_LIMIT = None  # the token dies with the session instead
        # Each PDF is laid out in a child process within these (gunicorn's own timeout is 30 s).
        self.PDF_SECONDS = float(env.get("PDF_SECONDS", "20"))
        self.PDF_MEMORY_MB = int(env.get("PDF_MEMORY_MB", "1024"))
        # How many reverse proxies in front of the app append to X-Forwarded-For. 0 (the default)
        # ignores the header: a client could write any address there and dodge the per-address
        # sign-in throttle. Behind one nginx or load balancer that appends it, set 1.
        self.TRUSTED_PROXIES = env.get("TRUSTED_PROXIES", "0")
        for key, value in (overrides or {}).items():
            setattr(self, key, value)
        if isinstance(self.TRUSTED_PROXIES, str) and self.TRUSTED_PROXIES.strip().isdigit():
            self.TRUSTED_PROXIES = int(self.TRUSTED_PROXIES)

    def check(self) -> None:
        if self.PRODUCTION and self.SECRET_KEY == DEV_SECRET_KEY:
            raise RuntimeError("SECRET_KEY must be set in production (GOVERNANCE_ENV=production)")
        if self.PRODUCTION and len(self.AUDIT_KEY) < MIN_AUDIT_KEY_LENGTH:
            raise RuntimeError(
                f"AUDIT_KEY must be set in production, at least {MIN_AUDIT_KEY_LENGTH} characters "
                "(it signs the audit trail; keep it outside the database and its backups)"
            )
        if not (isinstance(self.TRUSTED_PROXIES, int) and 0 <= self.TRUSTED_PROXIES <= 10):
            raise RuntimeError("TRUSTED_PROXIES must be a whole number of proxies from 0 to 10")

    def as_dict(self) -> dict:
        return {k: v for k, v in vars(self).items() if k.isupper()}
