"""The candidate's side without a browser: the socket.io protocol the chat widget
speaks, with the check-in token in the connect `auth`."""

from __future__ import annotations

import queue
import time
from typing import Any

import socketio


class WidgetSocket:
    def __init__(self, rasa_url: str, token: str) -> None:
        self.received: queue.Queue[dict[str, Any]] = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.received.put)
        self.client.connect(rasa_url, auth={"token": token}, transports=["polling"])

    def say(self, text: str) -> None:
        self.client.emit("user_uttered", {"message": text})

    def next(self, timeout: float = 20) -> dict[str, Any]:
        return self.received.get(timeout=timeout)

    def wait_for(self, predicate: Any, timeout: float = 20) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            message = self.next(max(0.1, deadline - time.monotonic()))
            if predicate(message):
                return message

    def drain(self, quiet: float = 1.5) -> list[dict[str, Any]]:
        """What arrives until nothing has for `quiet` seconds."""
        messages = []
        while True:
            try:
                messages.append(self.received.get(timeout=quiet))
            except queue.Empty:
                return messages

    def nothing_within(self, seconds: float) -> bool:
        return self.drain(seconds) == []
