"""The web app on :8080: the candidate's chat page and the recruiter console."""

from __future__ import annotations

from flask import Flask, Response
from flask_wtf.csrf import CSRFProtect

from rasa_project.db import Database
from rasa_project.settings import Settings


def create_app(settings: Settings, database: Database | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.public_base_url.startswith("https://"),
        MAX_CONTENT_LENGTH=1024 * 1024,
        # CSRF tokens live as long as the console session, which ends on the server
        # (sign-out, 30 minutes idle, 12 hours at most)
        WTF_CSRF_TIME_LIMIT=None,
        # Referrer-Policy: no-referrer means browsers send no Referer, which Flask-WTF's
        # HTTPS referrer check would refuse; the token and SameSite cookie protect.
        WTF_CSRF_SSL_STRICT=False,
    )
    app.extensions["settings"] = settings
    app.extensions["database"] = database or Database.connect(settings.database_url)

    from rasa_project.web.chat import chat

    app.register_blueprint(chat)

    from rasa_project.web.console import init_console

    CSRFProtect(app)  # every POST, PUT, PATCH and DELETE needs the session's token
    init_console(app)

    rasa_origin = settings.public_rasa_url
    ws_origin = rasa_origin.replace("http", "ws", 1)
    csp = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' {rasa_origin} {ws_origin}; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'self'; object-src 'none'"
    )

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    return app
