"""The recruiter console: server-rendered pages under /console/ and a JSON API under
/api/ with the same access rules. Queries and access checks live in
`rasa_project.services.console`; these modules only translate HTTP."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.routing import IntegerConverter

from rasa_project.rasa_api import RasaClient
from rasa_project.services.console import MAX_ID, ConsoleService, ConsoleSessions, LoginThrottle


class IdConverter(IntegerConverter):
    """`<id:…>`: a record id, 1 up to what the database holds; anything else is a 404
    (a bare `<int:>` passes 10**30 on to the database, which fails)."""

    def __init__(self, url_map: Any) -> None:
        super().__init__(url_map, min=1, max=MAX_ID)


def init_console(app: Flask) -> None:
    """Wires the console's services into the app and registers its blueprints."""
    from rasa_project.web.console.api import api
    from rasa_project.web.console.pages import console

    app.url_map.converters["id"] = IdConverter
    settings = app.extensions["settings"]
    database = app.extensions["database"]
    app.extensions["console"] = ConsoleService(database.sessions, settings.tracker_store_url)
    app.extensions["console_sessions"] = ConsoleSessions(database.sessions)
    app.extensions["login_throttle"] = LoginThrottle(database.sessions)
    app.extensions.setdefault("rasa_client", RasaClient(settings))
    app.register_blueprint(console)
    app.register_blueprint(api)

    @app.errorhandler(CSRFError)
    def csrf_refused(error: CSRFError) -> tuple[Response | str, int]:
        if request.path.startswith("/api/"):
            return jsonify(error="csrf", message=error.description), 400
        return (
            render_template(
                "console/error.html",
                title="Please try again",
                message="This form has expired or did not come from the console. "
                "Go back, reload the page and try again.",
            ),
            400,
        )
