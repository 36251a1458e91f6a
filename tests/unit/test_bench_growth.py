"""The long-conversation measure compares the same script messages early and late."""

import pytest

from bench.load import SCRIPT, growth


def test_the_first_and_last_whole_passes_through_the_script_are_compared() -> None:
    cycle = len(SCRIPT)
    # a message's cost depends on the message: position 0 costs 10, the others 30;
    # late in the conversation each costs 5 more
    early = [10.0 if t % cycle == 0 else 30.0 for t in range(100)]
    latencies = [cost + (5.0 if t >= 50 else 0.0) for t, cost in enumerate(early)]
    measured = growth(latencies)
    assert measured["first_turns_ms"] == 30.0
    assert measured["last_turns_ms"] == 35.0
    assert measured["ratio"] == round(35 / 30, 2)
    last_start = (100 // cycle - 1) * cycle
    assert measured["turns_compared"] == f"1-{cycle} and {last_start + 1}-{last_start + cycle}"


def test_too_short_a_conversation_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        growth([1.0] * (2 * len(SCRIPT) - 1))
