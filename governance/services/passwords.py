"""Password hashing: Argon2id for every hash written; older hashes (werkzeug's scrypt) are still
verified, and replaced at their owner's next successful sign-in."""

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from werkzeug.security import check_password_hash

ARGON2ID_PREFIX = "$argon2id$"
MAX_LENGTH = 1024
# RFC 9106's recommended option for memory-constrained servers (t=3, 64 MiB, 4 lanes): above
# OWASP's minimum (19 MiB, t=2) and ~0.14 s a sign-in on this project's reference machine.
PRODUCTION = profiles.RFC_9106_LOW_MEMORY

_hasher = PasswordHasher.from_parameters(PRODUCTION)
_dummy_hash: str | None = None


def use(parameters: Parameters) -> None:
    """Hash with other parameters from now on (tests lower them; production never calls this)."""
    global _hasher, _dummy_hash
    _hasher = PasswordHasher.from_parameters(parameters)
    _dummy_hash = None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify(stored: str | None, password) -> bool:
    """Whether `password` matches the stored hash. With no stored hash (an unknown account) a hash
    of the same cost is still checked, so that the answer takes as long either way."""
    if not isinstance(password, str) or len(password) > MAX_LENGTH:
        password = ""  # checked all the same, and wrong: as slow as any other wrong answer
    if stored is None:
        _verify_argon2(_dummy(), password)
        return False
    if stored.startswith("$argon2"):
        return _verify_argon2(stored, password)
    return check_password_hash(stored, password)


def needs_upgrade(stored: str) -> bool:
    """A hash of an older scheme, or of weaker parameters than today's."""
    if not stored.startswith(ARGON2ID_PREFIX):
        return True
    try:
        return _hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def _verify_argon2(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("timing-equaliser")
    return _dummy_hash
