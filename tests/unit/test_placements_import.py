from sqlalchemy import func, select

from rasa_project.db import Database
from rasa_project.models import Candidate, Placement
from rasa_project.services.accounts import create_recruiter
from rasa_project.services.placements_import import import_placements

HEADER = "first_name,last_name,email,phone,company,role,start_date,recruiter_email,timezone\n"
GOOD = (
    "Léa,Martin,lea@candidate.example,,Acme,Sales Rep,2026-10-01,pat@agency.example,Europe/Paris\n"
    "Kofi,Mensah,kofi@candidate.example,+44 20 7946 0000,Northwind,Driver,2026-09-15,"
    "pat@agency.example,Europe/London\n"
)


def counts(database: Database) -> tuple[int, int]:
    with database.sessions() as session:
        return (
            session.scalar(select(func.count(Candidate.id))),
            session.scalar(select(func.count(Placement.id))),
        )


def setup(database: Database) -> None:
    create_recruiter(database.sessions, "pat@agency.example", "Pat Lee", "long enough pw")


def test_a_good_file_imports_and_reimporting_updates(database: Database) -> None:
    setup(database)
    report = import_placements(database.sessions, (HEADER + GOOD).encode())
    assert (report.ok, report.created, report.updated) == (True, 2, 0)
    again = import_placements(
        database.sessions, (HEADER + GOOD.replace("Sales Rep", "Account Exec")).encode()
    )
    assert (again.created, again.updated) == (0, 2)
    assert counts(database) == (2, 2)
    with database.sessions() as session:
        assert (
            session.scalar(select(Placement.role).where(Placement.company == "Acme"))
            == "Account Exec"
        )


def test_one_bad_row_imports_nothing_and_names_every_problem(database: Database) -> None:
    setup(database)
    bad = (
        HEADER
        + GOOD
        + "Ana,,not-an-email,,Acme,Rep,2026-13-01,nobody@agency.example,Mars/Base\n"
        + "Léa,Martin,lea@candidate.example,,Acme,Sales Rep,2026-10-01,pat@agency.example,Europe/Paris\n"
    )
    report = import_placements(database.sessions, bad.encode())
    assert not report.ok
    assert report.errors[0].startswith("line 4: last_name is empty")
    assert "not an email address" in report.errors[0]
    assert "2026-13-01" in report.errors[0] and "no recruiter account" in report.errors[0]
    assert "Mars/Base" in report.errors[0]
    assert report.errors[1] == "line 5: the same placement as line 2"
    assert counts(database) == (0, 0)


def test_missing_columns_are_named(database: Database) -> None:
    report = import_placements(database.sessions, b"name,email\nx,y\n")
    assert report.errors == [
        "line 1: missing columns: first_name, last_name, company, role, start_date, recruiter_email, timezone"
    ]


def test_encodings_utf8_bom_and_windows_1252(database: Database) -> None:
    setup(database)
    assert import_placements(database.sessions, b"\xef\xbb\xbf" + (HEADER + GOOD).encode()).ok
    report = import_placements(database.sessions, (HEADER + GOOD).encode("cp1252"))
    assert (report.ok, report.encoding, report.created) == (True, "windows-1252", 0)
    with database.sessions() as session:
        assert (
            session.scalar(
                select(Candidate.first_name).where(Candidate.email == "lea@candidate.example")
            )
            == "Léa"
        )


def test_an_empty_file_is_refused(database: Database) -> None:
    assert import_placements(database.sessions, HEADER.encode()).errors == ["the file has no rows"]
