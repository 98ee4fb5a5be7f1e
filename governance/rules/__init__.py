"""Governance rules as plain functions over plain values.

Nothing in this package may import Flask or SQLAlchemy: the rules must be provable on their own,
and every surface (web, API, CLI, PDF) must reach the same answer by calling them.
"""
