"""Rasa's RulePolicy, featurising only the recent part of a conversation.

To predict, Rasa 3.6's RulePolicy turns the whole conversation into states (one per
action) twice, then compares only the last few with its rules: a turn costs more the
longer the check-in runs (the profile in docs/benchmarks.md). A rule can only look back
as many states as the longest rule has, so this policy builds the states from the
recent events alone: a window that starts at an `action_listen` and holds well over that
many actions. The states it compares are the same; `tests/unit/test_policies.py` checks
them against the whole-conversation states.

It falls back to the whole conversation when the window could differ: an active loop
(a form) or any loop event, or too few states in the window.
"""

from __future__ import annotations

import json
from typing import Any

from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted, ActiveLoop
from rasa.shared.core.trackers import DialogueStateTracker

# Actions kept beyond the longest rule: reverted turns (a fallback) drop actions from
# the states, so the window keeps a margin; when too few states are left the whole
# conversation is used. Each action in the window is a state built on every prediction:
# 6 costs 0.56 ms a prediction on a 100-turn conversation, 20 cost 0.95 ms.
MARGIN = 6


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class RecentTurnsRulePolicy(RulePolicy):
    def _longest_rule(self) -> int:
        if not hasattr(self, "_longest_rule_states"):
            keys = [*self.lookup.get(RULES, {}), *self.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})]
            self._longest_rule_states = max((len(json.loads(key)) for key in keys), default=0)
        return self._longest_rule_states

    def _prediction_states(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        use_text_for_last_user_input: bool = False,
        rule_only_data: dict[str, Any] | None = None,
    ) -> list[State]:
        needed = self._longest_rule() + 1
        window = recent_window(tracker, needed + MARGIN)
        if window is not None:
            states = super()._prediction_states(
                window, domain, use_text_for_last_user_input, rule_only_data
            )
            if len(states) > needed:  # enough that the window's start plays no part
                return states
        return super()._prediction_states(
            tracker, domain, use_text_for_last_user_input, rule_only_data
        )


def recent_window(tracker: DialogueStateTracker, actions: int) -> DialogueStateTracker | None:
    """A tracker of the recent events only: from the `action_listen` before the last
    `actions` actions. None when the whole conversation is short, or has a loop."""
    events = list(tracker.events)
    if any(isinstance(event, ActiveLoop) for event in events):
        return None
    seen = 0
    for index in range(len(events) - 1, 0, -1):
        event = events[index]
        if isinstance(event, ActionExecuted):
            seen += 1
            if seen >= actions and event.action_name == ACTION_LISTEN_NAME:
                return DialogueStateTracker.from_events(
                    tracker.sender_id, events[index:], tracker.slots.values()
                )
    return None
