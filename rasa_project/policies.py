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

After a candidate's message Rasa looks for a rule twice, by the message's text and by
its intent, building the same states both times; the window and its states are built
once for both.
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
# the states, so the window keeps a margin. The margin never changes what the rules
# see (with too few states left the whole conversation is used); it sets how many
# states each prediction builds, and how often a fallback costs a whole featurisation.
MARGIN = 3


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
        window = self._window(tracker, needed + MARGIN)
        if window is not None:
            states = super()._prediction_states(
                window, domain, use_text_for_last_user_input, rule_only_data
            )
            if len(states) > needed:  # enough that the window's start plays no part
                return states
        return super()._prediction_states(
            tracker, domain, use_text_for_last_user_input, rule_only_data
        )

    def _window(self, tracker: DialogueStateTracker, actions: int) -> DialogueStateTracker | None:
        """`recent_window`, kept while the tracker has the same events (the two
        searches of one prediction)."""
        events = tracker.events
        key = (tracker, len(events), events[-1] if events else None, actions)
        kept = self.__dict__.get("_kept_window")
        if kept is None or kept[0] != key:
            kept = self.__dict__["_kept_window"] = (key, recent_window(tracker, actions))
        return kept[1]


class _WindowTracker(DialogueStateTracker):
    """The recent events as a tracker of their own, built once and only read: its
    states are built once, and each caller gets a copy it may change (Rasa's featurizer
    deletes the text or the intent of the last message)."""

    def past_states(
        self,
        domain: Domain,
        omit_unset_slots: bool = False,
        ignore_rule_only_turns: bool = False,
        rule_only_data: dict[str, Any] | None = None,
    ) -> list[State]:
        memo = self.__dict__.setdefault("_past_states", {})
        key = (id(domain), omit_unset_slots, ignore_rule_only_turns, json.dumps(rule_only_data))
        if key not in memo:
            memo[key] = super().past_states(
                domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data
            )
        return [
            {name: dict(sub) if isinstance(sub, dict) else sub for name, sub in state.items()}
            for state in memo[key]
        ]


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
                return _WindowTracker.from_events(
                    tracker.sender_id, events[index:], tracker.slots.values()
                )
    return None
