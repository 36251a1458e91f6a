"""Rasa events → transcript lines (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

RECRUITER_MARK = "recruiter"


def transcript_lines(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Who said what and when: `candidate`, `assistant` or `recruiter` (bot events that
    the console sent carry `metadata.sender == "recruiter"`)."""
    lines = []
    for event in events:
        kind = event.get("event")
        text = event.get("text")
        if kind not in ("user", "bot") or not text:
            continue
        if kind == "user":
            who = "candidate"
        else:
            metadata = event.get("metadata") or {}
            who = RECRUITER_MARK if metadata.get("sender") == RECRUITER_MARK else "assistant"
        line: dict[str, Any] = {"who": who, "text": text, "at": _iso(event.get("timestamp"))}
        if kind == "user":
            parse = event.get("parse_data") or {}
            line["intent"] = (parse.get("intent") or {}).get("name")
            line["themes"] = [t.get("name") for t in parse.get("themes") or []]
            line["risk"] = (parse.get("risk") or {}).get("level", "none")
        lines.append(line)
    return lines


def _iso(timestamp: Any) -> str | None:
    if not isinstance(timestamp, (int, float)):
        return None
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat()
