"""The reflection path and question choice, without Rasa."""

from rasa_project.conversation.questions import LEVELS, question_bank
from rasa_project.conversation.reflection import GOOD_NEWS, next_turn
from rasa_project.conversation.summary import closing_summary

BANK = question_bank()


def turn(level, intent, text, themes=(), asked=(), n=1):  # type: ignore[no-untyped-def]
    return next_turn(BANK, level, intent, text, themes, list(asked), n)


def test_a_vague_answer_to_the_opening_asks_to_describe() -> None:
    result = turn(None, "going_badly", "honestly its been hard")
    assert result.level == "describe"
    assert result.question is not None and result.question.key.startswith("general:describe")


def test_a_setback_moves_on_to_feelings_with_the_themes_questions() -> None:
    result = turn("describe", "share_setback", "two months and no sale", ["no_early_wins"])
    assert result.level == "feel"
    assert result.question is not None and result.question.key.startswith(
        "themes:no_early_wins:feel"
    )
    assert result.text.startswith("It sounds like ")


def test_the_path_runs_through_every_level_in_order() -> None:
    level, asked, seen = None, [], []
    for n, intent in enumerate(
        [
            "going_badly",
            "share_setback",
            "share_feeling",
            "share_insight",
            "share_insight",
            "share_next_step",
        ],
        start=1,
    ):
        result = turn(level, intent, "a full sentence about it", ["long_cycle"], asked, n)
        assert result.question is not None
        asked.append(result.question.key)
        level = result.level
        seen.append(level)
    assert seen == list(LEVELS)
    assert turn(level, "share_insight", "my manager maybe", ["long_cycle"], asked, 7).close


def test_a_short_answer_gets_a_gentler_question_at_the_same_level() -> None:
    result = turn("feel", "dont_know", "idk", ["workload"])
    assert result.level == "feel"
    assert result.question is not None and result.question.key.startswith("gentle:feel")


def test_no_question_is_repeated_for_the_same_candidate() -> None:
    asked: list[str] = []
    for n in range(40):
        result = turn("feel", "dont_know", "idk", ["workload"], asked, n)
        if result.question is None:
            break
        assert result.question.key not in asked
        asked.append(result.question.key)
    assert len(asked) == len(set(asked)) >= 9  # 4 gentle + 5 general wordings at least


def test_questions_follow_the_theme_heard() -> None:
    a = turn("describe", "share_setback", "deals take forever here", ["long_cycle"])
    b = turn("describe", "share_setback", "my manager ignores me", ["manager_relationship"])
    assert a.question is not None and b.question is not None
    assert a.question.key.split(":")[1] == "long_cycle"
    assert b.question.key.split(":")[1] == "manager_relationship"


def test_a_next_step_is_kept_in_the_candidates_words() -> None:
    step = "ask a senior colleague to listen in on a call"
    assert turn("learn", "share_next_step", step).next_step == step
    assert turn("next_step", "share_insight", step).next_step == step
    assert turn("next_step", "dont_know", "idk").next_step is None


def test_good_news_asks_what_contributed_then_what_to_build_on() -> None:
    first = turn(None, "going_well", "really good actually, closed my first deal")
    assert first.level == GOOD_NEWS and first.question is not None
    assert first.question.key.startswith("good_news")
    second = turn(GOOD_NEWS, "share_insight", "my manager helped a lot", asked=[first.question.key])
    assert second.level == "next_step"


def test_the_summary_names_themes_and_the_next_step() -> None:
    summary = closing_summary(BANK, ["no_early_wins", "long_cycle"], "ask Priya to listen in.")
    lines = summary.splitlines()
    assert 2 <= len(lines) <= 4
    assert BANK.reflection("no_early_wins", 0) in summary
    assert '"ask Priya to listen in"' in summary


def test_after_the_close_a_short_answer_starts_again_with_a_question() -> None:
    """After the summary and consent (level "closed"), "yes" or "idk" is answered with a
    question from the start of the path, as a longer message is; it used to fail."""
    for intent, text, level in (
        ("affirm", "yes", "describe"),
        ("dont_know", "idk", "describe"),
        ("share_setback", "my lead ignored my plan", "feel"),  # a setback is described
    ):
        result = turn("closed", intent, text)
        assert (result.level, result.close) == (level, False)
        assert result.question is not None and result.question.text.endswith("?")
