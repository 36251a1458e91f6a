"""RecentTurnsRulePolicy gives the rules the same states as Rasa's RulePolicy would,
at every step of a long conversation with fallbacks, reverts and pauses."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rasa.core.policies.rule_policy import RULES, RulePolicy
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from rasa_project.policies import MARGIN, RecentTurnsRulePolicy, recent_window

ROOT = Path(__file__).resolve().parents[2]
LONGEST_RULE = 4


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def policy(tmp_path: Path) -> RecentTurnsRulePolicy:
    policy = RecentTurnsRulePolicy(
        RecentTurnsRulePolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("rules"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    rule = [{"prev_action": {"action_name": "action_listen"}}] * LONGEST_RULE
    policy.lookup = {RULES: {json.dumps(rule): "action_reflect"}}
    return policy


def long_conversation(domain: Domain, turns: int) -> list:
    """What a long check-in leaves in the tracker: reflections, fallbacks that revert
    the message, a pause and a resume, slots."""
    pick = random.Random(7)
    intents = [i for i in domain.intents if not i.startswith("session")]
    events: list = [ActionExecuted("action_session_start"), ActionExecuted("action_listen")]
    for turn in range(turns):
        intent = pick.choice(intents)
        events.append(UserUttered(f"message {turn}", {"name": intent, "confidence": 0.9}))
        if turn % 7 == 3:
            events += [ActionExecuted("action_handle_fallback"), UserUtteranceReverted()]
        elif turn == 20:
            events += [ActionExecuted("action_open_handoff"), ConversationPaused()]
        else:
            events += [
                ActionExecuted("action_reflect"),
                BotUttered(f"question {turn}?"),
                SlotSet("reflection_level", f"level {turn % 5}"),
            ]
        if turn == 22:
            events.append(ConversationResumed())
        events.append(ActionExecuted("action_listen"))
    return events


def test_the_states_the_rules_see_are_the_whole_conversations(
    policy: RecentTurnsRulePolicy, domain: Domain
) -> None:
    events = long_conversation(domain, 60)
    compared = windowed = 0
    for end in range(1, len(events) + 1):
        tracker = DialogueStateTracker.from_events("c", events[:end], domain.slots)
        for use_text in (False, True):
            recent = policy._prediction_states(tracker, domain, use_text)
            whole = RulePolicy._prediction_states(policy, tracker, domain, use_text)
            assert recent[-(LONGEST_RULE + 1) :] == whole[-(LONGEST_RULE + 1) :], end
            compared += 1
            windowed += len(recent) < len(whole)
    assert windowed > compared / 2  # most of a long conversation used the window


def test_no_window_for_short_conversations_or_loops(domain: Domain) -> None:
    events = long_conversation(domain, 60)
    short = DialogueStateTracker.from_events("c", events[:12])  # six actions
    assert recent_window(short, 6) is None and recent_window(short, 4) is not None
    window = recent_window(DialogueStateTracker.from_events("c", events), MARGIN)
    assert window is not None and len(window.events) < len(events)
    assert window.events[0] == ActionExecuted("action_listen")
    with_loop = [*events[:5], ActiveLoop("some_form"), ActiveLoop(None), *events[5:]]
    assert recent_window(DialogueStateTracker.from_events("c", with_loop), MARGIN) is None
