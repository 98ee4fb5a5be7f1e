"""Entry point for `flask --app app` and `gunicorn app:app`."""

from governance import create_app

app = create_app()
