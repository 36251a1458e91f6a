"""The token-bound input channel: socket.io for the widget, REST for integrations.

Both take the conversation id from a verified check-in token only. Rasa's stock
socket.io channel takes it from the client (`session_id`), so anyone who knows an id
could write into that conversation; here the client never names a conversation.

Listed in credentials.yml as `rasa_project.channel.CheckinChannel`; Rasa mounts the
REST route at `/webhooks/checkin/webhook` and the socket.io server at `/socket.io`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import socketio
from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    OutputChannel,
    UserMessage,
)
from rasa.core.channels.socketio import SocketBlueprint, SocketIOOutput
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa_project.settings import Settings, get_settings
from rasa_project.tokens import CheckinClaims, InvalidCheckinToken, verify_checkin_token

logger = logging.getLogger(__name__)

BOT_MESSAGE_EVENT = "bot_uttered"
USER_MESSAGE_EVENT = "user_uttered"
ERROR_EVENT = "checkin_error"

REFUSALS = {
    "missing": "This chat needs the check-in link from your invitation.",
    "invalid": "This check-in link is not valid. Please use the link from your invitation.",
    "expired": "This check-in link has expired. Your recruiter can send you a new one.",
}


class CheckinOutput(SocketIOOutput):
    """Socket.io output that marks a recruiter's messages and handoff notices, so the
    widget can show them apart from the assistant's."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        custom = message.get("custom") or {}
        if custom.get("sender") == "recruiter":
            await self._send_message(
                recipient_id,
                {
                    "text": message.get("text") or "",
                    "sender": "recruiter",
                    "name": custom.get("name"),
                },
            )
        elif custom.get("notice"):
            await self._send_message(
                recipient_id, {"notice": custom["notice"], "name": custom.get("name")}
            )
        else:
            await super().send_response(recipient_id, message)


class MessageRefused(Exception):
    """A message the channel will not pass to the assistant; `reason` says why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# Button payloads the widget may send; any other "/..." would let a client trigger
# intents or Rasa's own commands (/restart), so it is read as plain text.
ALLOWED_PAYLOADS = frozenset({"/affirm", "/deny", "/request_human"})


def clean_message(raw: object, max_chars: int) -> str:
    """The candidate's text, or MessageRefused with a reason the widget can show."""
    if not isinstance(raw, str):
        raise MessageRefused("not_text", "The message must be text.")
    # control characters other than line breaks and tabs carry nothing a person typed
    text = "".join(ch for ch in raw if ch in "\n\t" or ch >= " " and ch != "\x7f").strip()
    if not text:
        raise MessageRefused("empty", "The message is empty.")
    if len(text) > max_chars:
        raise MessageRefused("too_long", f"Messages can be at most {max_chars} characters long.")
    if text.startswith("/") and text not in ALLOWED_PAYLOADS:
        text = text.lstrip("/").strip()
        if not text:
            raise MessageRefused("empty", "The message is empty.")
    return text


class CheckinChannel(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "checkin"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(get_settings())

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.sio: socketio.AsyncServer | None = None

    def get_output_channel(self) -> OutputChannel | None:
        # Used by Rasa's API (`output_channel=checkin`) to push a recruiter's message.
        return CheckinOutput(self.sio, BOT_MESSAGE_EVENT) if self.sio else None

    def _claims(self, token: object) -> CheckinClaims:
        return verify_checkin_token(self.settings.checkin_token_secret, token)

    def _create_socket_server(self) -> socketio.AsyncServer:
        manager = None
        if self.settings.redis_url:
            # Several Rasa instances: an emit from any of them reaches the socket.
            manager = socketio.AsyncRedisManager(
                self.settings.redis_url, channel=f"{self.settings.redis_prefix}:socketio"
            )
        return socketio.AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=list(self.settings.widget_allowed_origins),
            client_manager=manager,
            max_http_buffer_size=64 * 1024,
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> SocketBlueprint:
        sio = self._create_socket_server()
        self.sio = sio
        blueprint = SocketBlueprint(sio, "/socket.io", "checkin_webhook", __name__)
        max_chars = self.settings.max_message_chars

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = json.loads(request.body or b"")
            except (ValueError, UnicodeDecodeError, RecursionError):
                return _error(400, "malformed_json", "The body must be a JSON object.")
            if not isinstance(body, dict):
                return _error(400, "malformed_json", "The body must be a JSON object.")
            try:
                claims = self._claims(body.get("token"))
            except InvalidCheckinToken as refused:
                return _error(401, refused.reason, REFUSALS[refused.reason])
            try:
                text = clean_message(body.get("message"), max_chars)
            except MessageRefused as refused:
                return _error(400, refused.reason, refused.detail)
            collector = CollectingOutputChannel()
            await on_new_message(
                UserMessage(
                    text,
                    collector,
                    claims.conversation_id,
                    input_channel=self.name(),
                    metadata=message_metadata(claims.checkin_id, claims.recruiter_name),
                )
            )
            return response.json(collector.messages)

        @sio.on("connect")
        async def connect(sid: str, environ: dict, auth: dict | None = None) -> None:
            token = auth.get("token") if isinstance(auth, dict) else None
            try:
                claims = self._claims(token)
            except InvalidCheckinToken as refused:
                # the widget reads err.message and err.data.reason
                raise socketio.exceptions.ConnectionRefusedError(
                    REFUSALS[refused.reason], {"reason": refused.reason}
                ) from None
            await sio.save_session(
                sid,
                {
                    "conversation_id": claims.conversation_id,
                    "checkin_id": claims.checkin_id,
                    "recruiter_name": claims.recruiter_name,
                },
            )
            # Replies and recruiter messages go to a room named after the conversation,
            # so every tab (and a reconnected socket) of this check-in receives them.
            sio.enter_room(sid, claims.conversation_id)

        @sio.on("notice_accepted")
        async def notice_accepted(sid: str, data: Any = None) -> None:
            """The candidate accepted the widget's privacy notice: kept as a consent
            record with the notice's wording version."""
            session = await sio.get_session(sid)
            version = data.get("version") if isinstance(data, dict) else None
            if isinstance(version, str) and 0 < len(version) <= 20:
                await asyncio.to_thread(_record_notice, session["conversation_id"], version)

        @sio.on("session_request")
        async def session_request(sid: str, _data: Any = None) -> None:
            session = await sio.get_session(sid)
            await sio.emit("session_confirm", session["conversation_id"], room=sid)

        @sio.on(USER_MESSAGE_EVENT)
        async def handle_message(sid: str, data: Any = None) -> None:
            session = await sio.get_session(sid)
            raw = data.get("message") if isinstance(data, dict) else None
            try:
                text = clean_message(raw, max_chars)
            except MessageRefused as refused:
                await sio.emit(
                    ERROR_EVENT, {"reason": refused.reason, "message": refused.detail}, room=sid
                )
                return
            await on_new_message(
                UserMessage(
                    text,
                    CheckinOutput(sio, BOT_MESSAGE_EVENT),
                    session["conversation_id"],
                    input_channel=self.name(),
                    metadata=message_metadata(session["checkin_id"], session.get("recruiter_name")),
                )
            )

        return blueprint


def message_metadata(checkin_id: int, recruiter_name: str | None) -> dict[str, Any]:
    """What Rasa keeps with each candidate message: the check-in it belongs to, and the
    recruiter's first name, which the PersonRequestDetector reads."""
    metadata: dict[str, Any] = {"checkin_id": checkin_id}
    if recruiter_name:
        metadata["recruiter_name"] = recruiter_name
    return metadata


def _record_notice(conversation_id: str, version: str) -> None:
    from rasa_project import wiring

    try:
        wiring.privacy_service().record_consent(conversation_id, "privacy_notice", True, version)
    except Exception as error:  # noqa: BLE001 - the chat goes on; the widget asks again
        logger.error("could not record the privacy notice: %s", type(error).__name__)


def _error(status: int, reason: str, message: str) -> HTTPResponse:
    return response.json({"error": reason, "message": message}, status=status)
