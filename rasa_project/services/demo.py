"""Demo data for a first `make run`: one recruiter, one admin, five placements."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from rasa_project.models import Candidate, Placement, Recruiter
from rasa_project.services.accounts import create_recruiter

DEMO_RECRUITER_EMAIL = "sam@agency.example"
DEMO_ADMIN_EMAIL = "admin@agency.example"

# (first, last, company, role, days since start, time zone)
DEMO_PLACEMENTS = [
    ("Daniel", "Okafor", "Acme Software", "Account Executive", 58, "Europe/London"),
    ("Maya", "Lindqvist", "Northwind Logistics", "Shift Supervisor", 6, "Europe/Stockholm"),
    ("Priya", "Raman", "Helix Health", "Staff Nurse", 29, "Asia/Kolkata"),
    ("Tom", "Becker", "Brightline Retail", "Store Manager", 88, "Europe/Berlin"),
    ("Ana", "Souza", "Fjord Analytics", "Data Analyst", 15, "America/Sao_Paulo"),
]


@dataclass(frozen=True)
class DemoLogin:
    email: str
    password: str


def create_demo_data(sessions: sessionmaker, today: date) -> DemoLogin | None:
    """Creates the demo accounts and placements once; None when they already exist."""
    with sessions() as session:
        if session.scalar(select(Recruiter.id).where(Recruiter.email == DEMO_RECRUITER_EMAIL)):
            return None
    password = secrets.token_urlsafe(12)
    recruiter_id = create_recruiter(sessions, DEMO_RECRUITER_EMAIL, "Sam Carter", password)
    create_recruiter(sessions, DEMO_ADMIN_EMAIL, "Alex Admin", password, is_admin=True)
    with sessions.begin() as session:
        for first, last, company, role, days, tz in DEMO_PLACEMENTS:
            candidate = Candidate(
                first_name=first,
                last_name=last,
                email=f"{first.lower()}.{last.lower()}@candidate.example",
                timezone=tz,
            )
            session.add(candidate)
            session.add(
                Placement(
                    candidate=candidate,
                    recruiter_id=recruiter_id,
                    company=company,
                    role=role,
                    start_date=today - timedelta(days=days),
                )
            )
    return DemoLogin(DEMO_RECRUITER_EMAIL, password)
