"""Settings from the environment, with development defaults that production refuses."""

import os

from .audit_key import MIN_LENGTH as MIN_AUDIT_KEY_LENGTH
from .db import SQLITE_BUSY_TIMEOUT_MS

DEV_SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - the app refuses to start with it in production
ENVIRONMENTS = ("development", "production")
# A key that signs sessions must not be guessable: `python -c "import secrets;
# print(secrets.token_urlsafe(32))"` gives 43 characters; a word or a repeated character fails.
MIN_SECRET_LENGTH = 32
MIN_SECRET_DISTINCT = 10
# The largest request any form or API write needs: a document of records.MAX_DOCUMENT characters
# sent as JSON \u escapes or as percent-encoded UTF-8, with room to spare. Larger is a 413.
MAX_REQUEST_BYTES = 8 * 1024 * 1024


def default_database_url(instance_path: str) -> str:
    return "sqlite:///" + os.path.join(instance_path, "governance.sqlite3")


def secret_key_problem(key) -> str | None:
    if not isinstance(key, str | bytes) or not key or key == DEV_SECRET_KEY:
        return (
            "SECRET_KEY must be set in production (GOVERNANCE_ENV=production): "
            "empty or the development default is refused"
        )
    if len(key) < MIN_SECRET_LENGTH or len(set(key)) < MIN_SECRET_DISTINCT:
        return (
            f"SECRET_KEY is too weak for production: use at least {MIN_SECRET_LENGTH} random "
            "characters (python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return None


class Config:
    def __init__(self, instance_path: str, overrides: dict | None = None):
        env = os.environ
        self.SECRET_KEY = env.get("SECRET_KEY", DEV_SECRET_KEY)
        self.DATABASE_URL = env.get("DATABASE_URL") or default_database_url(instance_path)
        # How long a write waits for SQLite's write lock before it is answered 503.
        self.SQLITE_BUSY_TIMEOUT_MS = int(env.get("SQLITE_BUSY_TIMEOUT_MS", SQLITE_BUSY_TIMEOUT_MS))
        self.BASE_URL = env.get("BASE_URL", "http://127.0.0.1:5000").rstrip("/")
        self.FOUNDATION_NAME = env.get("FOUNDATION_NAME", "OpenStack Foundation")
        self.GOVERNANCE_ENV = env.get("GOVERNANCE_ENV", "development")
        self.PRODUCTION = self.GOVERNANCE_ENV == "production"
        self.MAX_CONTENT_LENGTH = MAX_REQUEST_BYTES
        self.MAX_FORM_MEMORY_SIZE = MAX_REQUEST_BYTES
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
        # Outgoing mail (governance.notify): the SMTP server, and how the worker paces itself.
        self.MAIL_HOST = env.get("MAIL_HOST", "127.0.0.1")
        self.MAIL_PORT = int(env.get("MAIL_PORT", "1025"))
        self.MAIL_SECURITY = env.get("MAIL_SECURITY", "none")  # none | starttls | ssl
        self.MAIL_USER = env.get("MAIL_USER", "")
        self.MAIL_PASSWORD = env.get("MAIL_PASSWORD", "")
        self.MAIL_FROM = env.get("MAIL_FROM", "Board secretary <board@localhost>")
        self.NOTIFY_POLL_SECONDS = float(env.get("NOTIFY_POLL_SECONDS", "1"))
        self.NOTIFY_BATCH = int(env.get("NOTIFY_BATCH", "20"))
        self.NOTIFY_MAX_ATTEMPTS = int(env.get("NOTIFY_MAX_ATTEMPTS", "8"))
        self.NOTIFY_RETRY_SECONDS = float(env.get("NOTIFY_RETRY_SECONDS", "60"))
        # Mail is configured when MAIL_HOST is set: until then an admin hands one-time links over
        # by hand (they are shown once on the page), and they are still owed as mail.
        self.MAIL_CONFIGURED = bool(env.get("MAIL_HOST"))
        # Development only (`make run` sets it): admins read the sink's mail in the browser.
        self.DEV_MAIL_PAGE = env.get("DEV_MAIL_PAGE", "") == "1"
        self.MAIL_FOLDER = env.get("MAIL_FOLDER") or os.path.join(instance_path, "mail")
        for key, value in (overrides or {}).items():
            setattr(self, key, value)
        if isinstance(self.TRUSTED_PROXIES, str) and self.TRUSTED_PROXIES.strip().isdigit():
            self.TRUSTED_PROXIES = int(self.TRUSTED_PROXIES)

    def check(self) -> None:
        # A misspelt environment ("Production", "prod") must not quietly run as development.
        if self.GOVERNANCE_ENV not in ENVIRONMENTS:
            raise RuntimeError(
                f"GOVERNANCE_ENV must be one of {', '.join(ENVIRONMENTS)}, "
                f"not {self.GOVERNANCE_ENV!r}"
            )
        problem = secret_key_problem(self.SECRET_KEY) if self.PRODUCTION else None
        if problem:
            raise RuntimeError(problem)
        if self.PRODUCTION and len(self.AUDIT_KEY) < MIN_AUDIT_KEY_LENGTH:
            raise RuntimeError(
                f"AUDIT_KEY must be set in production, at least {MIN_AUDIT_KEY_LENGTH} characters "
                "(it signs the audit trail; keep it outside the database and its backups)"
            )
        if self.PRODUCTION and self.DEV_MAIL_PAGE:
            raise RuntimeError("DEV_MAIL_PAGE is for development only: unset it in production")
        if not (isinstance(self.TRUSTED_PROXIES, int) and 0 <= self.TRUSTED_PROXIES <= 10):
            raise RuntimeError("TRUSTED_PROXIES must be a whole number of proxies from 0 to 10")

    def as_dict(self) -> dict:
        return {k: v for k, v in vars(self).items() if k.isupper()}
