""" "Delete my data" in the chat, with a confirmation step."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.checkin import safely
from rasa_project import wiring

CONFIRM_BUTTONS = [
    {"title": "Yes, delete my data", "payload": "/affirm"},
    {"title": "No, keep it", "payload": "/deny"},
]


class ActionAskErasureConfirmation(Action):
    def name(self) -> str:
        return "action_ask_erasure_confirmation"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(
            text="I can delete everything this check-in service holds about you: your "
            "conversations, the themes noted, summaries and handoffs. It cannot be undone. "
            "Shall I delete it all?",
            buttons=CONFIRM_BUTTONS,
        )
        return [SlotSet("awaiting", "erase_confirm")]


def answer_erasure(
    dispatcher: CollectingDispatcher, tracker: Tracker, confirmed: bool
) -> list[EventType]:
    if not confirmed:
        dispatcher.utter_message(
            text="Okay, nothing has been deleted. What would you like to talk about?"
        )
        return [SlotSet("awaiting", None)]
    sender = tracker.sender_id
    requested = safely(
        lambda: wiring.privacy_service().request_erasure(sender), False, "request erasure"
    )
    if not requested:
        dispatcher.utter_message(
            text="I couldn't start the deletion just now. Your recruiter can delete your "
            "data for you, or you can ask me again in a moment."
        )
        return [SlotSet("awaiting", None)]
    dispatcher.utter_message(
        text="Done: everything this check-in service holds about you, this conversation "
        "included, will be deleted within a minute. Take care."
    )
    return [SlotSet("awaiting", None), ConversationPaused()]
