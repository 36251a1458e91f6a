"""What the benchmarks compute from their runs: a long conversation's growth on the same
script messages early and late, and a load level's medians over repeated runs."""

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


def _summary(rate: float, p95: float, errors: int = 0) -> dict:
    return {
        "conversations": 20,
        "turns": 320,
        "messages_per_s": rate,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "errors": errors,
    }


def test_a_level_reports_medians_and_the_ratio_of_each_back_to_back_pair() -> None:
    from bench.run import median_level

    row = median_level(
        {
            "stock": [_summary(40, 600), _summary(50, 500, errors=1), _summary(45, 550)],
            "project": [_summary(130, 250), _summary(140, 240), _summary(120, 260)],
        }
    )
    assert row["ratios"] == [3.25, 2.8, 2.67]
    assert row["ratio"] == 2.8  # the pairs' median, not 130 / 45
    assert row["stock"]["messages_per_s"] == 45 and row["project"]["p95_ms"] == 250
    assert (row["stock"]["errors"], row["stock"]["turns"], row["stock"]["conversations"]) == (
        1,
        960,
        20,
    )


def test_each_load_run_talks_to_candidates_of_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The project side of `make bench` and `make soak`: every run gets fresh candidates
    on their first check-in, so no candidate piles up check-ins during a benchmark."""
    from sqlalchemy import func, select

    from bench.run import Project
    from rasa_project.models import CheckIn
    from tests.stack import free_port

    project = Project(tmp_path, free_port(), runs=2)
    first, second = project.body("a"), project.body("b")
    assert first(0, "hi")["token"] != second(0, "hi")["token"]
    with project.stack.database.sessions() as session:
        per_placement = session.execute(
            select(CheckIn.placement_id, func.count()).group_by(CheckIn.placement_id)
        ).all()
    assert len(per_placement) == 2 * Project.PER_RUN
    assert {count for _, count in per_placement} == {1}
    project.stack.database.engine.dispose()
    assert Project(tmp_path / "soak", free_port()).next_placement == 6  # as `make soak` makes it
