# A slim image: WeasyPrint's system libraries, the app, migrations on start, gunicorn to serve.
FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -e . \
 && useradd --system --home /app governance \
 && mkdir -p /app/instance && chown governance /app/instance

USER governance
ENV GOVERNANCE_ENV=production PYTHONUNBUFFERED=1
EXPOSE 8000
# SECRET_KEY, AUDIT_KEY and DATABASE_URL come from the environment; the app refuses to start without the keys.
CMD ["sh", "-c", "flask --app app db upgrade && exec gunicorn --bind 0.0.0.0:8000 --workers 2 app:app"]
