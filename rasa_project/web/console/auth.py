"""Who is signed in: the signed session cookie carries a random token, the server keeps
the session (idle timeout, sign-out) in the database."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, g, request, session

from rasa_project.rasa_api import RasaClient
from rasa_project.services.console import (
    ConsoleService,
    ConsoleSessions,
    LoginThrottle,
    Viewer,
)

SESSION_KEY = "console_session"
# The console's pollers send this header when nobody has touched the page since the
# last poll, so an unattended tab still reaches the idle timeout.
POLL_HEADER = "X-Console-Poll"


def service() -> ConsoleService:
    return current_app.extensions["console"]  # type: ignore[no-any-return]


def console_sessions() -> ConsoleSessions:
    return current_app.extensions["console_sessions"]  # type: ignore[no-any-return]


def throttle() -> LoginThrottle:
    return current_app.extensions["login_throttle"]  # type: ignore[no-any-return]


def rasa() -> RasaClient:
    return current_app.extensions["rasa_client"]  # type: ignore[no-any-return]


def client_ip() -> str:
    """The peer address. Behind a reverse proxy, wrap the app in werkzeug's ProxyFix so
    this is the browser's address and not the proxy's."""
    return (request.remote_addr or "unknown")[:64]


def load_viewer() -> None:
    """Sets `g.viewer` (None when nobody is signed in) and `g.signed_out` (why a
    session ended: idle, expired or ended)."""
    if "viewer" in g:
        return
    g.viewer, g.signed_out = None, None
    token = session.get(SESSION_KEY)
    if not isinstance(token, str):
        return
    touch = request.headers.get(POLL_HEADER) != "1"
    viewer, state = console_sessions().resolve(token, touch=touch)
    if viewer is None:
        session.pop(SESSION_KEY, None)
        g.signed_out = state
    g.viewer = viewer


def current_viewer() -> Viewer:
    viewer = g.get("viewer")
    assert viewer is not None, "the blueprint's before_request guarantees a viewer"
    return viewer  # type: ignore[no-any-return]


def sign_in(recruiter_id: int) -> None:
    """A new session (and a new CSRF token): nothing from before sign-in carries over."""
    session.clear()
    session[SESSION_KEY] = console_sessions().start(recruiter_id)


def sign_out() -> None:
    token = session.get(SESSION_KEY)
    if isinstance(token, str):
        console_sessions().end(token)
    session.clear()


def safe_next(target: str | None) -> str | None:
    """A same-site console path to return to after sign-in, or None."""
    if not target or not target.startswith("/console/") or target.startswith("//"):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target:
        return None
    return target
