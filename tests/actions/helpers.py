from typing import Any

from rasa_sdk import Tracker


def user_event(
    intent: str, text: str, timestamp: float, themes: list[str] | None = None
) -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "timestamp": timestamp,
        "parse_data": {
            "intent": {"name": intent, "confidence": 0.9},
            "themes": [{"name": t, "confidence": 0.8} for t in themes or []],
        },
    }


def make_tracker(
    sender_id: str,
    intent: str,
    text: str,
    slots: dict[str, Any] | None = None,
    themes: list[str] | None = None,
    earlier: list[dict[str, Any]] | None = None,
    risk: str = "none",
) -> Tracker:
    events = list(earlier or [])
    events.append(user_event(intent, text, 1000.0 + len(events), themes))
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "themes": [{"name": t, "confidence": 0.8} for t in themes or []],
        "risk": {"level": risk, "confidence": 0.9},
    }
    return Tracker(sender_id, slots or {}, latest, events, False, None, {}, "action_listen")
