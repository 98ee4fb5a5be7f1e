"""Named rule violations. Every one names the field at fault so that a form or an API problem
document can point at it."""


class RuleViolation(Exception):
    """Input that the governance rules refuse."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class InvalidTransition(RuleViolation):
    """A status change the lifecycle does not allow (voting on a closed motion, …)."""


class InvalidDisclosure(RuleViolation):
    """A disclosure that cannot be honoured (an embargo with no disclosure instant, …)."""
