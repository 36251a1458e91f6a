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
    # the recruiter's first name, so that "is sam around?" reads as asking for them
    recruiter_name: str | None = None


def issue_checkin_token(
    secret: str,
    checkin_id: int,
    conversation_id: str,
    ttl: timedelta,
    now: datetime | None = None,
    recruiter_name: str | None = None,
) -> str:
    issued = now or datetime.now(timezone.utc)
    claims: dict[str, object] = {
        "aud": AUDIENCE,
        "sub": conversation_id,
        "chk": checkin_id,
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
    }
    if recruiter_name:
        claims["rec"] = recruiter_name
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
    recruiter_name = claims.get("rec")
    if recruiter_name is not None and not (
        isinstance(recruiter_name, str) and 0 < len(recruiter_name) <= 60
    ):
        raise InvalidCheckinToken("invalid")
    return CheckinClaims(
        checkin_id=claims["chk"],
        conversation_id=claims["sub"],
        expires_at=datetime.fromtimestamp(claims["exp"], timezone.utc),
        recruiter_name=recruiter_name,
    )
