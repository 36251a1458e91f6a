"""Recruiter and admin accounts; passwords hashed with argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from rasa_project.models import Recruiter

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 10


class AccountError(ValueError):
    pass


def create_recruiter(
    sessions: sessionmaker, email: str, name: str, password: str, is_admin: bool = False
) -> int:
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise AccountError(f"{email!r} is not an email address.")
    if not name.strip():
        raise AccountError("A recruiter needs a name.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    with sessions.begin() as session:
        if session.scalar(select(Recruiter.id).where(func.lower(Recruiter.email) == email)):
            raise AccountError(f"There is already an account for {email}.")
        recruiter = Recruiter(
            email=email, name=name.strip(), password_hash=_hasher.hash(password), is_admin=is_admin
        )
        session.add(recruiter)
        session.flush()
        return int(recruiter.id)


def authenticate(sessions: sessionmaker, email: str, password: str) -> int | None:
    """The recruiter's id when the password matches, else None."""
    with sessions() as session:
        recruiter = session.scalars(
            select(Recruiter).where(func.lower(Recruiter.email) == email.strip().lower())
        ).first()
        if recruiter is None:
            _hasher.hash(password)  # same work either way, so timing reveals no accounts
            return None
        try:
            _hasher.verify(recruiter.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        return int(recruiter.id)
