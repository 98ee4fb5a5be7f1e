"""Headers every response carries, and what a cache may do with it."""

from flask import Flask, current_app

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def init_app(app: Flask) -> None:
    @app.after_request
    def secure_headers(response):
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP)
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        headers["X-Frame-Options"] = "DENY"
        if current_app.config["BASE_URL"].startswith("https://"):
            headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        # Nothing is cacheable unless a view decided so; what a cookie changes must vary on it.
        if "Cache-Control" not in headers:
            headers["Cache-Control"] = "no-store"
        response.vary.add("Cookie")
        return response
