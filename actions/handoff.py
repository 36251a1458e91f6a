"""Handing the conversation to the candidate's recruiter."""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.checkin import RECRUITER_OFFER_BUTTONS, detected_themes, log_heard_themes, safely
from rasa_project import wiring
from rasa_project.conversation.transcript import transcript_lines
from rasa_project.services.handoff import reply_expectation
from rasa_project.services.themes import with_retries
from rasa_project.settings import get_settings

REASON_BY_INTENT = {
    "risk_crisis": "crisis",
    "risk_urgent": "urgent",
    "risk_distress": "distress",
    "request_human": "requested",
}


def latest_user_event(tracker: Tracker) -> dict[str, Any] | None:
    return next((e for e in reversed(tracker.events) if e.get("event") == "user"), None)


def handoff_reason(tracker: Tracker) -> str:
    intents = [
        (e.get("parse_data") or {}).get("intent", {}).get("name")
        for e in tracker.events
        if e.get("event") == "user"
    ]
    latest = intents[-1] if intents else None
    if latest in REASON_BY_INTENT:
        return REASON_BY_INTENT[latest]
    # a yes to the recruiter offer: the reason is what led to the offer
    if "nlu_fallback" in intents[-3:-1]:
        return "fallback"
    if "risk_distress" in intents[-3:-1]:
        return "distress"
    return "requested"


def deliver_alerts() -> None:
    safely(lambda: wiring.alert_service().deliver_due(), 0, "deliver alerts")


def start_alert_delivery() -> None:
    """The first attempt right away, off the reply's path; the alert worker retries."""
    threading.Thread(target=deliver_alerts, daemon=True).start()


class ActionHandoffToRecruiter(Action):
    """Opens one handoff record per trigger, tells the candidate what happens next and
    pauses the assistant until the recruiter hands back."""

    def name(self) -> str:
        return "action_handoff_to_recruiter"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        log_heard_themes(tracker)
        reason = handoff_reason(tracker)
        trigger = latest_user_event(tracker) or {}
        risk = (tracker.latest_message.get("risk") or {}).get("level", "none")
        handoff = safely(
            lambda: with_retries(
                lambda: wiring.handoff_service().open(
                    tracker.sender_id,
                    reason=reason,
                    trigger_key=f"{reason}:{trigger.get('timestamp', '')}",
                    risk_level=risk,
                    themes=tracker.get_slot("themes_heard") or detected_themes(tracker),
                    transcript=transcript_lines(tracker.events),
                )
            ),
            None,
            "open the handoff",  # the candidate's messages stay in the tracker store
        )
        recruiter = handoff.recruiter_name if handoff else None
        now = datetime.now(timezone.utc)
        dispatcher.utter_message(text=reply_expectation(reason, recruiter, now, get_settings()))
        if handoff is not None and handoff.created:
            start_alert_delivery()
        return [SlotSet("awaiting", None), SlotSet("handoff_open", True), ConversationPaused()]


class ActionOfferRecruiter(Action):
    """Distress: acknowledge and offer the recruiter; the second time, hand off."""

    def name(self) -> str:
        return "action_offer_recruiter"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        log_heard_themes(tracker)
        distress_turns = sum(
            1
            for e in tracker.events
            if e.get("event") == "user"
            and (e.get("parse_data") or {}).get("intent", {}).get("name") == "risk_distress"
        )
        if distress_turns > 1:
            return ActionHandoffToRecruiter().run(dispatcher, tracker, domain)
        dispatcher.utter_message(
            text="That sounds really hard, and it makes sense that it weighs on you. "
            "Would you like your recruiter to get in touch with you?",
            buttons=RECRUITER_OFFER_BUTTONS,
        )
        return [SlotSet("awaiting", "recruiter_offer")]
