"""Where the project's non-Python parts live (templates, static files, migrations)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
