from datetime import datetime, timedelta, timezone

import jwt
import pytest

from rasa_project.tokens import (
    InvalidCheckinToken,
    issue_checkin_token,
    verify_checkin_token,
)

SECRET = "s3cret-for-tests-only-0123456789-abcdef"


def test_a_token_names_its_checkin_and_conversation() -> None:
    token = issue_checkin_token(SECRET, 7, "conv-abc", timedelta(hours=1))
    claims = verify_checkin_token(SECRET, token)
    assert (claims.checkin_id, claims.conversation_id) == (7, "conv-abc")

    assert claims.recruiter_name is None


def test_a_token_can_carry_the_recruiters_first_name() -> None:
    token = issue_checkin_token(SECRET, 7, "conv-abc", timedelta(hours=1), recruiter_name="Sam")
    assert verify_checkin_token(SECRET, token).recruiter_name == "Sam"


@pytest.mark.parametrize("name", [42, "", "x" * 61, ["Sam"]])
def test_a_signed_token_with_a_malformed_name_is_refused(name: object) -> None:
    token = jwt.encode(
        {"aud": "sounding-board-checkin", "sub": "c", "chk": 1, "exp": 9999999999, "rec": name},
        SECRET,
        algorithm="HS256",
    )
    with pytest.raises(InvalidCheckinToken) as error:
        verify_checkin_token(SECRET, token)
    assert error.value.reason == "invalid"


def test_an_expired_token_is_refused_as_expired() -> None:
    issued = datetime.now(timezone.utc) - timedelta(hours=2)
    token = issue_checkin_token(SECRET, 7, "conv-abc", timedelta(hours=1), now=issued)
    with pytest.raises(InvalidCheckinToken) as error:
        verify_checkin_token(SECRET, token)
    assert error.value.reason == "expired"


def test_a_token_signed_with_another_secret_is_refused() -> None:
    token = issue_checkin_token(
        "another-secret-0123456789abcdef-0123456", 7, "conv", timedelta(hours=1)
    )
    with pytest.raises(InvalidCheckinToken) as error:
        verify_checkin_token(SECRET, token)
    assert error.value.reason == "invalid"


def test_a_tampered_conversation_id_is_refused() -> None:
    token = issue_checkin_token(SECRET, 7, "conv-abc", timedelta(hours=1))
    header, _payload, signature = token.split(".")
    forged_payload = jwt.encode(
        {"aud": "sounding-board-checkin", "sub": "someone-else", "chk": 7, "exp": 9999999999},
        "a-guessed-secret-0123456789-abcdefghij",
    ).split(".")[1]
    with pytest.raises(InvalidCheckinToken):
        verify_checkin_token(SECRET, f"{header}.{forged_payload}.{signature}")


def test_an_unsigned_token_is_refused() -> None:
    token = jwt.encode(
        {"aud": "sounding-board-checkin", "sub": "c", "chk": 1, "exp": 9999999999},
        None,
        algorithm="none",
    )
    with pytest.raises(InvalidCheckinToken):
        verify_checkin_token(SECRET, token)


@pytest.mark.parametrize("token", [None, "", 42, ["a"], "not.a.token", "x" * 5000])
def test_missing_or_malformed_tokens_are_refused(token: object) -> None:
    with pytest.raises(InvalidCheckinToken) as error:
        verify_checkin_token(SECRET, token)
    assert error.value.reason in ("missing", "invalid")
