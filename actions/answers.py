"""A yes or no means what the last question asked."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.checkin import ActionReflect, record_consent
from actions.handoff import ActionHandoffToRecruiter
from actions.privacy import answer_erasure


class ActionAnswerYesNo(Action):
    """Consent question → stored; recruiter offer → handoff on yes, the check-in goes on
    on no; erasure → requested on yes; otherwise a short answer on the reflection path."""

    def name(self) -> str:
        return "action_answer_yes_no"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        awaiting = tracker.get_slot("awaiting")
        said_yes = (tracker.latest_message.get("intent") or {}).get("name") == "affirm"
        if awaiting == "consent":
            return record_consent(dispatcher, tracker)
        if awaiting == "recruiter_offer" and said_yes:
            return ActionHandoffToRecruiter().run(dispatcher, tracker, domain)
        if awaiting == "erase_confirm":
            return answer_erasure(dispatcher, tracker, said_yes)
        return ActionReflect().run(dispatcher, tracker, domain)
