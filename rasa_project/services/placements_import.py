"""Placements from a CSV an applicant tracking system exports.

Every row is checked before anything is written: a file with a bad row imports
nothing and the report names each bad row by line number and reason. Importing the
same file again updates candidates (by email) and placements (by candidate, company
and start date) instead of adding them twice.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from rasa_project.models import Candidate, Placement, Recruiter

REQUIRED = (
    "first_name",
    "last_name",
    "email",
    "company",
    "role",
    "start_date",
    "recruiter_email",
    "timezone",
)
OPTIONAL = ("phone",)
MAX_FIELD = 200


@dataclass(frozen=True)
class Row:
    line: int
    first_name: str
    last_name: str
    email: str
    phone: str | None
    company: str
    role: str
    start_date: date
    recruiter_email: str
    timezone: str


@dataclass
class ImportReport:
    errors: list[str]
    created: int = 0
    updated: int = 0
    encoding: str = "utf-8"

    @property
    def ok(self) -> bool:
        return not self.errors


def decode(raw: bytes) -> tuple[str, str]:
    """UTF-8 (with or without a byte-order mark), else Windows-1252 as spreadsheets
    on Windows write it."""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="strict"), "windows-1252"


def parse_rows(text: str, known_recruiters: set[str]) -> tuple[list[Row], list[str]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [f"line 1: missing columns: {', '.join(missing)}"]
    reader.fieldnames = header
    rows: list[Row] = []
    errors: list[str] = []
    seen: dict[tuple[str, str, date], int] = {}
    for record in reader:
        line = reader.line_num
        values = {k: (v or "").strip() for k, v in record.items() if k is not None}
        problems = [f"{c} is empty" for c in REQUIRED if not values.get(c)]
        problems += [
            f"{c} is longer than {MAX_FIELD} characters"
            for c in REQUIRED + OPTIONAL
            if len(values.get(c, "")) > MAX_FIELD
        ]
        email = values.get("email", "").lower()
        if email and ("@" not in email or " " in email):
            problems.append(f"email {email!r} is not an email address")
        recruiter = values.get("recruiter_email", "").lower()
        if recruiter and recruiter not in known_recruiters:
            problems.append(f"no recruiter account for {recruiter}")
        start: date | None = None
        if values.get("start_date"):
            try:
                start = date.fromisoformat(values["start_date"])
            except ValueError:
                problems.append(f"start_date {values['start_date']!r} is not YYYY-MM-DD")
        if values.get("timezone"):
            try:
                ZoneInfo(values["timezone"])
            except (ZoneInfoNotFoundError, ValueError):
                problems.append(f"timezone {values['timezone']!r} is unknown")
        if start and email and values.get("company"):
            key = (email, values["company"].lower(), start)
            if key in seen:
                problems.append(f"the same placement as line {seen[key]}")
            seen.setdefault(key, line)
        if problems:
            errors.append(f"line {line}: " + "; ".join(problems))
            continue
        assert start is not None
        rows.append(
            Row(
                line,
                values["first_name"],
                values["last_name"],
                email,
                values.get("phone") or None,
                values["company"],
                values["role"],
                start,
                recruiter,
                values["timezone"],
            )
        )
    if not rows and not errors:
        errors.append("the file has no rows")
    return rows, errors


def import_placements(sessions: sessionmaker, raw: bytes) -> ImportReport:
    try:
        text, encoding = decode(raw)
    except UnicodeDecodeError:
        return ImportReport(["the file is neither UTF-8 nor Windows-1252 text"])
    with sessions() as session:
        recruiters = {
            e.lower(): i for i, e in session.execute(select(Recruiter.id, Recruiter.email))
        }
    try:
        rows, errors = parse_rows(text, set(recruiters))
    except csv.Error as error:
        return ImportReport([f"not a readable CSV file: {error}"], encoding=encoding)
    report = ImportReport(errors, encoding=encoding)
    if errors:
        return report  # nothing is half-imported
    with sessions.begin() as session:
        for row in rows:
            candidate = session.scalars(
                select(Candidate).where(func.lower(Candidate.email) == row.email)
            ).first()
            if candidate is None:
                candidate = Candidate(
                    email=row.email, first_name=row.first_name, last_name=row.last_name
                )
                session.add(candidate)
            candidate.first_name, candidate.last_name = row.first_name, row.last_name
            candidate.phone, candidate.timezone = row.phone, row.timezone
            session.flush()
            placement = session.scalars(
                select(Placement).where(
                    Placement.candidate_id == candidate.id,
                    func.lower(Placement.company) == row.company.lower(),
                    Placement.start_date == row.start_date,
                )
            ).first()
            if placement is None:
                session.add(
                    Placement(
                        candidate_id=candidate.id,
                        company=row.company,
                        role=row.role,
                        start_date=row.start_date,
                        recruiter_id=recruiters[row.recruiter_email],
                    )
                )
                report.created += 1
            else:
                placement.role = row.role
                placement.recruiter_id = recruiters[row.recruiter_email]
                report.updated += 1
    return report
