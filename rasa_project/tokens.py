"""Signed, expiring check-in tokens: the only source of a conversation id.

A token names one check-in and its conversation; the channel trusts nothing else the
client sends about who it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt

AUDIENCE = "sounding-board-checkin"
ALGORITHM = "HS256"


class InvalidCheckinToken(Exception):
    """The token is missing, forged, malformed or expired; `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CheckinClaims:
    checkin_id: int
    conversation_id: str
    expires_at: datetime


def issue_checkin_token(
    secret: str,
    checkin_id: int,
    conversation_id: str,
    ttl: timedelta,
    now: datetime | None = None,
) -> str:
    issued = now or datetime.now(timezone.utc)
    claims = {
        "aud": AUDIENCE,
        "sub": conversation_id,
        "chk": checkin_id,
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_checkin_token(secret: str, token: object) -> CheckinClaims:
    if not isinstance(token, str) or not token:
        raise InvalidCheckinToken("missing")
    if len(token) > 2048:
        raise InvalidCheckinToken("invalid")
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "chk", "aud"]},
        )
    except jwt.ExpiredSignatureError:
        raise InvalidCheckinToken("expired") from None
    except jwt.PyJWTError:
        raise InvalidCheckinToken("invalid") from None
    if not isinstance(claims["sub"], str) or not isinstance(claims["chk"], int):
        raise InvalidCheckinToken("invalid")
    return CheckinClaims(
        checkin_id=claims["chk"],
        conversation_id=claims["sub"],
        expires_at=datetime.fromtimestamp(claims["exp"], timezone.utc),
    )
