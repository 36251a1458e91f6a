"""The chat page a check-in link opens. The token travels in the URL fragment, so it
never reaches this server's logs; the widget reads it and hands it to Rasa's socket."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template

chat = Blueprint("chat", __name__)


@chat.get("/")
def index() -> str:
    return render_template("index.html")


@chat.get("/chat")
def chat_page() -> str:
    settings = current_app.extensions["settings"]
    return render_template(
        "chat.html",
        rasa_url=settings.public_rasa_url,
        max_chars=settings.max_message_chars,
    )


@chat.get("/healthz")
def healthz():  # type: ignore[no-untyped-def]
    return jsonify(status="ok")
