"""What a service can refuse, in terms every surface can translate (form error, HTTP status)."""

from ..rules.throttle import wait_message


class ServiceError(Exception):
    status = 400

    def __init__(self, field: str | None, message: str):
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class Invalid(ServiceError):
    """Bad input; the field says which."""

    status = 422


class Conflict(ServiceError):
    """The record's state does not allow it now (a closed motion, approved minutes, …)."""

    status = 409


class Forbidden(ServiceError):
    status = 403

    def __init__(self, message: str = "you may not do this"):
        super().__init__(None, message)


class NotFound(ServiceError):
    status = 404

    def __init__(self, what: str):
        super().__init__(None, f"no such {what}")


class Throttled(ServiceError):
    """Too many failed sign-ins for an account or from an address: wait `retry_after` seconds."""

    status = 429

    def __init__(self, retry_after: int, field: str | None = "password"):
        super().__init__(field, wait_message(retry_after))
        self.retry_after = retry_after
