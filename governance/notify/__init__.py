"""Outgoing mail: the worker that sends what the outbox owes (governance.services.outbox).

The worker delivers, it never decides: each message is rendered when it is sent, through the
disclosure policy for its recipient, and a message whose record its recipient may not see yet
waits for the instant the policy names.
"""
