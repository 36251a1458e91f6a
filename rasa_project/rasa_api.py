"""Rasa's HTTP API, from the server side only: the JWT secret never reaches a browser.

A recruiter's message is a `bot` event appended with `execute_side_effects=true`, so
Rasa pushes it through the check-in channel to the candidate's widget at once.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import quote

import jwt
import requests

from rasa_project.settings import Settings

OUTPUT_CHANNEL = "checkin"


class RasaUnavailable(RuntimeError):
    """Rasa did not answer or refused the request."""


class RasaClient:
    def __init__(self, settings: Settings, timeout: float = 10) -> None:
        self.settings = settings
        self.timeout = timeout

    def _headers(self) -> dict[str, str]:
        now = int(time.time())
        token = jwt.encode(
            {"user": {"username": "console", "role": "admin"}, "iat": now, "exp": now + 60},
            self.settings.rasa_jwt_secret,
            algorithm="HS256",
        )
        return {"Authorization": f"Bearer {token}"}

    def _url(self, conversation_id: str, path: str) -> str:
        return f"{self.settings.rasa_url}/conversations/{quote(conversation_id, safe='')}/{path}"

    def _post(self, url: str, body: Any, params: dict[str, str] | None = None) -> Any:
        try:
            response = requests.post(
                url, json=body, params=params, headers=self._headers(), timeout=self.timeout
            )
        except requests.RequestException as error:
            raise RasaUnavailable(f"Rasa did not answer: {type(error).__name__}") from None
        if response.status_code >= 400:
            raise RasaUnavailable(f"Rasa refused the request ({response.status_code})")
        return response.json()

    def append_events(self, conversation_id: str, events: list[dict[str, Any]]) -> Any:
        return self._post(
            self._url(conversation_id, "tracker/events"),
            events,
            params={"execute_side_effects": "true", "output_channel": OUTPUT_CHANNEL},
        )

    def send_recruiter_message(self, conversation_id: str, text: str, recruiter: str) -> None:
        """Shows in the widget as the recruiter's message, and pauses the assistant."""
        self.append_events(
            conversation_id,
            [
                {"event": "pause"},
                {
                    "event": "bot",
                    "text": text,
                    "data": {"custom": {"sender": "recruiter", "name": recruiter}},
                    "metadata": {"sender": "recruiter", "name": recruiter},
                },
            ],
        )

    def hand_back(self, conversation_id: str, recruiter: str) -> None:
        """Resumes the assistant, which picks the conversation up gently."""
        self.append_events(
            conversation_id,
            [
                {
                    "event": "bot",
                    "text": "",
                    "data": {"custom": {"notice": "handed_back", "name": recruiter}},
                },
                {"event": "resume"},
            ],
        )
        self._post(
            self._url(conversation_id, "execute"),
            {"name": "action_resume_checkin"},
            params={"output_channel": OUTPUT_CHANNEL},
        )
        # /execute runs one action and stops: the assistant now waits for the candidate,
        # as after any of its turns, so that the rules apply to their next message.
        self.append_events(conversation_id, [{"event": "action", "name": "action_listen"}])

    def tracker(self, conversation_id: str) -> dict[str, Any]:
        try:
            response = requests.get(
                self._url(conversation_id, "tracker"), headers=self._headers(), timeout=self.timeout
            )
        except requests.RequestException as error:
            raise RasaUnavailable(f"Rasa did not answer: {type(error).__name__}") from None
        if response.status_code >= 400:
            raise RasaUnavailable(f"Rasa refused the request ({response.status_code})")
        return dict(response.json())
