"""The check-in conversation: opening, reflective questions, closing and consent."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from rasa_project import wiring
from rasa_project.conversation.opening import bank_stage, opening_message
from rasa_project.conversation.questions import question_bank
from rasa_project.conversation.reflection import next_turn
from rasa_project.conversation.summary import closing_summary
from rasa_project.services.themes import HeardTheme

logger = logging.getLogger(__name__)
T = TypeVar("T")

CONSENT_QUESTION = "May I share this summary with your recruiter?"
CONSENT_BUTTONS = [
    {"title": "Yes, share it", "payload": "/affirm"},
    {"title": "No, keep it private", "payload": "/deny"},
]
RECRUITER_OFFER_BUTTONS = [
    {"title": "Yes, please", "payload": "/affirm"},
    {"title": "Not now", "payload": "/deny"},
]


def safely(work: Callable[[], T], default: T, what: str) -> T:
    """Storage trouble is logged (never the candidate's words) and the conversation
    goes on: the candidate always gets a reply."""
    try:
        return work()
    except Exception as error:  # noqa: BLE001 - any storage failure, same answer
        logger.error("could not %s: %s", what, type(error).__name__)
        return default


def log_heard_themes(tracker: Tracker) -> None:
    """Stores the themes of the latest message with the candidate's words as evidence."""
    message = tracker.latest_message
    themes = [
        HeardTheme(t["name"], float(t.get("confidence", 0.0)))
        for t in message.get("themes") or []
        if "name" in t
    ]
    if themes:
        safely(
            lambda: wiring.theme_service().log_message(
                tracker.sender_id, user_turns(tracker), message.get("text") or "", themes
            ),
            0,
            "log themes",
        )


def detected_themes(tracker: Tracker) -> list[str]:
    return [t["name"] for t in tracker.latest_message.get("themes") or [] if "name" in t]


def user_turns(tracker: Tracker) -> int:
    return sum(1 for event in tracker.events if event.get("event") == "user")


class ActionOpenCheckin(Action):
    """Greets the candidate by name and day in the role, and asks how it is going (by
    the check-in's stage when it was scheduled)."""

    def name(self) -> str:
        return "action_open_checkin"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        sender = tracker.sender_id
        checkins = wiring.checkin_service()
        context = checkins.opening_context(sender)
        safely(lambda: checkins.mark_answered(sender), None, "mark the check-in answered")
        stage_question = None
        if context is not None and context.stage:
            conversations = wiring.conversation_service()
            asked: list[str] = safely(
                lambda: conversations.asked_keys(sender), [], "read asked questions"
            )
            question = question_bank().pick_from("stages", asked, bank_stage(context.stage))
            if question is not None:
                stage_question = question.text
                key = question.key
                safely(lambda: conversations.record_question(sender, key), None, "record question")
        dispatcher.utter_message(text=opening_message(context, stage_question))
        events: list[EventType] = [SlotSet("reflection_level", None), SlotSet("awaiting", None)]
        if context is not None:
            events.append(SlotSet("first_name", context.first_name))
        return events


def close_checkin(
    dispatcher: CollectingDispatcher, tracker: Tracker, themes: list[str], lead: str = ""
) -> list[EventType]:
    """The summary in the candidate's terms, then the consent question."""
    conversations = wiring.conversation_service()
    summary = closing_summary(question_bank(), themes, conversations.next_step(tracker.sender_id))
    conversations.end(tracker.sender_id, "completed", summary)
    text = f"{lead}\n\n{summary}" if lead else summary
    dispatcher.utter_message(text=text)
    dispatcher.utter_message(text=CONSENT_QUESTION, buttons=CONSENT_BUTTONS)
    return [SlotSet("awaiting", "consent"), SlotSet("reflection_level", "closed")]


class ActionReflect(Action):
    """Reflects back what it heard, then asks the next open question from the bank."""

    def name(self) -> str:
        return "action_reflect"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        log_heard_themes(tracker)
        conversations = wiring.conversation_service()
        sender = tracker.sender_id
        message = tracker.latest_message
        themes = detected_themes(tracker)
        heard = list(dict.fromkeys((tracker.get_slot("themes_heard") or []) + themes))
        turn = next_turn(
            question_bank(),
            level=tracker.get_slot("reflection_level"),
            intent=(message.get("intent") or {}).get("name", ""),
            text=message.get("text") or "",
            themes=themes or heard[-1:],
            asked=safely(lambda: conversations.asked_keys(sender), [], "read asked questions"),
            turn=user_turns(tracker),
        )
        events: list[EventType] = [SlotSet("themes_heard", heard), SlotSet("awaiting", None)]
        if turn.next_step:
            step = turn.next_step
            safely(lambda: conversations.record_next_step(sender, step), None, "store next step")
        if turn.close or turn.question is None:
            lead = "Thank you for thinking this through with me."
            return events + close_checkin(dispatcher, tracker, heard, lead)
        key = turn.question.key
        safely(lambda: conversations.record_question(sender, key), None, "record question")
        text = f"{turn.text} {turn.question.text}".strip()
        if turn.level == "support":
            dispatcher.utter_message(text=text, buttons=RECRUITER_OFFER_BUTTONS)
            events.append(SlotSet("awaiting", "recruiter_offer"))
        else:
            dispatcher.utter_message(text=text)
        return events + [SlotSet("reflection_level", turn.level)]


class ActionCloseCheckin(Action):
    """The candidate says goodbye: summary and consent question."""

    def name(self) -> str:
        return "action_close_checkin"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        themes = tracker.get_slot("themes_heard") or []
        return close_checkin(dispatcher, tracker, themes, "Thanks for checking in.")


class ActionEndCheckin(Action):
    """The candidate says stop or later: end politely and record it as stopped."""

    def name(self) -> str:
        return "action_end_checkin"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        wiring.conversation_service().end(tracker.sender_id, "stopped")
        dispatcher.utter_message(
            text="Of course, let's leave it here. You can come back to this link whenever "
            "it suits you, and your recruiter is there if you'd like to talk to a person."
        )
        return [SlotSet("awaiting", None), SlotSet("reflection_level", "closed")]


def record_consent(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Stores whether the summary may be shared with the recruiter."""
    from rasa_project.services.privacy import SUMMARY_WORDING_VERSION

    shared = (tracker.latest_message.get("intent") or {}).get("name") == "affirm"
    sender = tracker.sender_id
    wiring.conversation_service().record_consent(sender, shared)
    safely(
        lambda: wiring.privacy_service().record_consent(
            sender, "summary_sharing", shared, SUMMARY_WORDING_VERSION
        ),
        None,
        "record consent",
    )
    if shared:
        text = "Thank you. Your recruiter will see this summary. Take care until next time."
    else:
        text = (
            "Understood: the summary stays private, and your recruiter only sees that "
            "a check-in took place. Take care until next time."
        )
    dispatcher.utter_message(text=text)
    return [SlotSet("awaiting", None)]


class ActionHandleFallback(Action):
    """First miss: ask to rephrase. Second miss in a row: offer the recruiter.
    Also the core fallback, when no rule fits the conversation's state."""

    def name(self) -> str:
        return "action_handle_fallback"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intents = [
            (e.get("parse_data") or {}).get("intent", {}).get("name")
            for e in tracker.events
            if e.get("event") == "user"
        ]
        if intents[-2:] == ["nlu_fallback", "nlu_fallback"]:
            dispatcher.utter_message(
                text="I'm sorry, I'm not understanding you well. Would you like your "
                "recruiter to get in touch with you?",
                buttons=RECRUITER_OFFER_BUTTONS,
            )
            return [SlotSet("awaiting", "recruiter_offer"), UserUtteranceReverted()]
        dispatcher.utter_message(
            text="Sorry, I didn't quite follow that. Could you put it another way?"
        )
        # Reverted, so the dialogue goes on from before the message it could not place
        # (also when it runs as the core fallback, where returning nothing would loop).
        return [UserUtteranceReverted()]


class ActionResumeCheckin(Action):
    """Run by the console when the recruiter hands the conversation back."""

    def name(self) -> str:
        return "action_resume_checkin"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        name = tracker.get_slot("first_name")
        greeting = f"Thanks for waiting, {name}." if name else "Thanks for waiting."
        dispatcher.utter_message(
            text=f"{greeting} Your recruiter has handed the conversation back to me. "
            "Is there anything from today you'd like to pick up again?"
        )
        return [SlotSet("awaiting", None), SlotSet("handoff_open", False)]
