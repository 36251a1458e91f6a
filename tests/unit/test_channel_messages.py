import pytest

from rasa_project.channel import MessageRefused, clean_message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  hello  ", "hello"),
        ("line one\nline two", "line one\nline two"),
        ("bell\x07 and nul\x00 removed", "bell and nul removed"),
        ("/affirm", "/affirm"),
        ("/request_human", "/request_human"),
        ("/restart", "restart"),
        ("/session_start", "session_start"),
    ],
)
def test_messages_are_cleaned(raw: str, expected: str) -> None:
    assert clean_message(raw, 2000) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "not_text"),
        (42, "not_text"),
        (["hi"], "not_text"),
        ("   ", "empty"),
        ("\x00\x01", "empty"),
        ("//", "empty"),
        ("x" * 2001, "too_long"),
    ],
)
def test_bad_messages_are_refused_with_a_reason(raw: object, reason: str) -> None:
    with pytest.raises(MessageRefused) as refused:
        clean_message(raw, 2000)
    assert refused.value.reason == reason
