"""The command line: `python -m rasa_project COMMAND`. Each command prints what it did
or a clear error, and exits non-zero on error."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from datetime import date

from rasa_project.settings import Settings, SettingsError, get_settings

Command = Callable[[argparse.Namespace, Settings], int]


def _database(settings: Settings):  # type: ignore[no-untyped-def]
    from rasa_project.db import Database

    database = Database.connect(settings.database_url)
    database.upgrade()
    return database


def _create_databases(*urls: str) -> None:
    """PostgreSQL databases that do not exist yet are created (SQLite makes its own)."""
    from rasa_project.db import create_database_if_missing

    for url in urls:
        if create_database_if_missing(url):
            print(f"Created the database {url.rsplit('/', 1)[-1]}")


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    _create_databases(settings.database_url)
    _database(settings)
    print("The app database is at the newest schema.")
    return 0


def cmd_placements(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.services.checkins import CheckInService

    service = CheckInService(_database(settings).sessions, settings)
    for row in service.list_placements():
        print(
            f"{row.id}\t{row.candidate_name}\t{row.company}\t{row.role}\t"
            f"started {row.start_date.isoformat()}\t{row.recruiter_email}"
        )
    return 0


def cmd_checkin_link(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.services.checkins import CheckInService, UnknownPlacement

    service = CheckInService(_database(settings).sessions, settings)
    try:
        print(service.checkin_link(args.placement_id))
    except UnknownPlacement as error:
        print(f"error: {error} `python -m rasa_project placements` lists them.", file=sys.stderr)
        return 1
    return 0


def cmd_create_recruiter(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.services.accounts import AccountError, create_recruiter

    password = args.password or getpass.getpass("Password (at least 10 characters): ")
    try:
        recruiter_id = create_recruiter(
            _database(settings).sessions, args.email, args.name, password, is_admin=args.admin
        )
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    role = "admin" if args.admin else "recruiter"
    print(f"Created {role} {args.email} (id {recruiter_id}).")
    return 0


def cmd_demo_data(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.services.demo import create_demo_data

    login = create_demo_data(_database(settings).sessions, date.today())
    login_file = settings.var_dir / "demo-login.txt"
    if login is not None:
        login_file.write_text(f"{login.email} {login.password}\n")
        login_file.chmod(0o600)
        print("Created demo data: 5 placements, a recruiter and an admin.")
    else:
        print("Demo data already exists.")
    return 0


def cmd_serve_rasa(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.rasa_server import serve

    serve(settings)
    return 0


def cmd_serve_scaled(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.scale import Deployment, Layout, ScaleConfigError, check_settings

    try:
        check_settings(settings)
    except ScaleConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    _create_databases(settings.database_url, settings.tracker_store_url)
    _database(settings).engine.dispose()  # migrated; the instances open their own
    layout = Layout.from_settings(settings, args.rasa_instances, args.action_instances)
    deployment = Deployment(os.environ, layout)
    deployment.start_all()
    print(
        f"nginx on {deployment.rasa_url()} → Rasa on {list(layout.rasa_ports)}; "
        f"actions on :{layout.action_port} → {list(layout.action_ports)}",
        flush=True,
    )
    deployment.supervise()
    return 0


def cmd_serve_web(args: argparse.Namespace, settings: Settings) -> int:
    import waitress

    from rasa_project.web import create_app

    app = create_app(settings, _database(settings))
    waitress.serve(app, host=settings.web_host, port=settings.web_port, threads=8, ident=None)
    return 0


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (http only)
            return bool(response.status < 500)
    except (urllib.error.URLError, OSError):
        return False


def cmd_wait_ready(args: argparse.Namespace, settings: Settings) -> int:
    """Waits until the three servers answer, then prints where to go (and stays up,
    because the process runner stops everything when one process ends)."""
    checks = {
        "Rasa server": f"http://127.0.0.1:{settings.rasa_port}/",
        "action server": f"http://127.0.0.1:{settings.action_port}/health",
        "web app": f"http://127.0.0.1:{settings.web_port}/healthz",
    }
    deadline = time.monotonic() + args.timeout
    waiting = dict(checks)
    while waiting and time.monotonic() < deadline:
        waiting = {name: url for name, url in waiting.items() if not _answers(url)}
        if waiting:
            time.sleep(1)
    if waiting:
        print(f"error: no answer after {args.timeout}s from: {', '.join(waiting)}", file=sys.stderr)
        return 1
    from rasa_project.services.checkins import CheckInService

    service = CheckInService(_database(settings).sessions, settings)
    placements = service.list_placements()
    login_file = settings.var_dir / "demo-login.txt"
    lines = [
        "",
        "Sounding Board is up.",
        f"  Web app:        {settings.public_base_url}/",
        f"  Rasa server:    {settings.public_rasa_url}/ (HTTP API behind the JWT secret)",
        f"  Action server:  http://127.0.0.1:{settings.action_port}/health",
    ]
    if login_file.exists():
        email, password = login_file.read_text().split()
        lines.append(f"  Demo recruiter: {email} / {password}")
    if placements:
        first = placements[0]
        lines.append(f"  Check-in link for {first.candidate_name} (placement {first.id}):")
        lines.append(f"    {service.checkin_link(first.id)}")
    lines.append("Stop with Ctrl-C.")
    print("\n".join(lines), flush=True)
    while True:
        time.sleep(3600)


def cmd_export_training_data(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from rasa_project.services.themes import ThemeService

    exported = ThemeService(_database(settings).sessions).corrections_as_training_data()
    if args.out == "-":
        print(exported, end="")
    else:
        Path(args.out).write_text(exported)
        print(f"Wrote the recruiters' theme corrections to {args.out}.")
    return 0


def cmd_evaluate_nlu(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from rasa_project.nlu.evaluation import evaluate, write_report

    baseline = Path(args.baseline_model) if args.baseline_model else None
    report = evaluate(Path(args.model), baseline, split=args.split)
    path = write_report(report, Path(args.out))
    print(path.read_text())
    return 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    """Background work: opens handoffs the action server missed, delivers due alerts
    with retries, carries out candidates' erasure requests, and purges expired data
    once an hour."""
    from datetime import datetime, timedelta, timezone

    from rasa_project.db import create_db_engine
    from rasa_project.services.alerts import AlertService
    from rasa_project.services.handoff import HandoffService, reconcile_from_tracker_store
    from rasa_project.services.privacy import PrivacyService

    database = _database(settings)
    tracker_store = create_db_engine(settings.tracker_store_url)
    alerts = AlertService(database.sessions, settings)
    handoffs = HandoffService(database.sessions, settings)
    privacy = PrivacyService(database.sessions, tracker_store)
    next_purge = time.monotonic()
    while True:
        try:
            since = datetime.now(timezone.utc) - timedelta(hours=args.lookback_hours)
            recovered = reconcile_from_tracker_store(handoffs, tracker_store, since)
            if recovered:
                print(f"worker: opened {len(recovered)} missed handoff(s)", flush=True)
            sent = alerts.deliver_due()
            if sent:
                print(f"worker: sent {sent} alert(s)", flush=True)
            erased = privacy.carry_out_requests(timedelta(seconds=args.erasure_quiet_seconds))
            if erased:
                print(f"worker: erased {erased} candidate(s) at their request", flush=True)
            if time.monotonic() >= next_purge:
                purged = privacy.purge(settings.retention_days)
                if purged:
                    print(f"worker: purged {len(purged)} candidate(s) past retention", flush=True)
                next_purge = time.monotonic() + 3600
        except Exception as error:  # noqa: BLE001 - the worker outlives a database blip
            print(f"worker: {type(error).__name__}, retrying", file=sys.stderr, flush=True)
        if args.once:
            return 0
        time.sleep(args.interval)


def cmd_export_candidate(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from rasa_project import wiring
    from rasa_project.services.privacy import UnknownCandidate

    _database(settings)
    try:
        archive = wiring.privacy_service().export(args.candidate_id)
    except UnknownCandidate as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    text = json.dumps(archive, indent=2, ensure_ascii=False)
    if args.out == "-":
        print(text)
    else:
        from pathlib import Path

        Path(args.out).write_text(text)
        print(f"Wrote everything stored about candidate {args.candidate_id} to {args.out}.")
    return 0


def cmd_erase_candidate(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project import wiring
    from rasa_project.services.privacy import UnknownCandidate, remaining_mentions

    _database(settings)
    privacy = wiring.privacy_service()
    try:
        archive = privacy.export(args.candidate_id)  # what to look for afterwards
        events = privacy.erase(args.candidate_id, args.by)
    except UnknownCandidate as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    person = archive["candidate"]
    needles = [person["email"], f"{person['first_name']} {person['last_name']}"]
    needles += [c["conversation_id"] for c in archive["checkins"]]
    left = remaining_mentions(privacy.sessions, privacy.tracker_engine, needles)
    if left:
        print(f"error: rows still mention the candidate: {', '.join(left)}", file=sys.stderr)
        return 1
    print(
        f"Erased candidate {args.candidate_id} ({events} conversation events); a tombstone "
        "remains. Checked: no row in the app database or the tracker store mentions them."
    )
    return 0


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project import wiring

    _database(settings)
    days = args.retention_days or settings.retention_days
    purged = wiring.privacy_service().purge(days)
    print(f"Purged {len(purged)} candidate(s) whose placements ended more than {days} days ago.")
    return 0


def cmd_import_placements(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from rasa_project.services.placements_import import import_placements

    path = Path(args.file)
    if not path.is_file():
        print(f"error: {path} is not a file", file=sys.stderr)
        return 1
    report = import_placements(_database(settings).sessions, path.read_bytes())
    if not report.ok:
        print(f"error: nothing imported; fix these rows of {path}:", file=sys.stderr)
        for problem in report.errors:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(
        f"Imported {path} ({report.encoding}): {report.created} new placement(s), "
        f"{report.updated} updated."
    )
    return 0


def cmd_send_due_checkins(args: argparse.Namespace, settings: Settings) -> int:
    """Sends due invitations and reminders; safe to run from cron every few minutes."""
    from rasa_project.services.schedule import ScheduleService

    schedule = ScheduleService(_database(settings).sessions, settings)
    while True:
        try:
            report = schedule.send_due()
            print(
                f"send-due-checkins: {report.invitations} invitation(s), "
                f"{report.reminders} reminder(s), {report.not_sent} not sent",
                flush=True,
            )
        except Exception as error:  # noqa: BLE001 - a loop outlives a database blip
            if not args.every:
                raise
            print(f"send-due-checkins: {type(error).__name__}, retrying", file=sys.stderr)
        if not args.every:
            return 0
        time.sleep(args.every)


def cmd_end_placement(args: argparse.Namespace, settings: Settings) -> int:
    from rasa_project.services.schedule import ScheduleService

    try:
        ScheduleService(_database(settings).sessions, settings).end_placement(
            args.placement_id, date.fromisoformat(args.on) if args.on else date.today()
        )
    except (LookupError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"Placement {args.placement_id} ended; its remaining check-ins are cancelled.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m rasa_project", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(func=func)
        return command

    add("migrate", cmd_migrate, "Bring the app database to the newest schema.")
    add("placements", cmd_placements, "List placements, one a line, id first.")
    link = add("checkin-link", cmd_checkin_link, "Print a signed, expiring check-in link.")
    link.add_argument("placement_id", type=int)
    account = add("create-recruiter", cmd_create_recruiter, "Create a recruiter account.")
    account.add_argument("email")
    account.add_argument("name")
    account.add_argument("--admin", action="store_true", help="an admin sees all candidates")
    account.add_argument("--password", help="asked for when not given")
    add("demo-data", cmd_demo_data, "Create demo placements and logins (once).")
    add("serve-rasa", cmd_serve_rasa, "Run the Rasa server with the settings.")
    scaled = add(
        "serve-scaled",
        cmd_serve_scaled,
        "Run N Rasa instances and M action servers behind nginx (PostgreSQL, Redis).",
    )
    scaled.add_argument("--rasa-instances", type=int, default=2)
    scaled.add_argument("--action-instances", type=int, default=2)
    add("serve-web", cmd_serve_web, "Run the web app.")
    ready = add("wait-ready", cmd_wait_ready, "Wait for all servers, then print the URLs.")
    ready.add_argument("--timeout", type=int, default=300)
    importer = add("import-placements", cmd_import_placements, "Import placements from a CSV.")
    importer.add_argument("file")
    due = add("send-due-checkins", cmd_send_due_checkins, "Email due check-in invitations.")
    due.add_argument("--every", type=float, default=0, help="repeat every N seconds")
    end = add("end-placement", cmd_end_placement, "Mark a placement ended (stops check-ins).")
    end.add_argument("placement_id", type=int)
    end.add_argument("--on", help="the end date, YYYY-MM-DD (default today)")
    worker = add("worker", cmd_worker, "Background work: missed handoffs, alerts, erasure.")
    worker.add_argument("--once", action="store_true", help="one pass, then exit")
    worker.add_argument("--interval", type=float, default=2.0, help="seconds between passes")
    worker.add_argument(
        "--lookback-hours",
        type=float,
        default=24.0,
        help="how far back to look for handoffs the action server missed",
    )
    worker.add_argument(
        "--erasure-quiet-seconds",
        type=float,
        default=10.0,
        help="how long a conversation must be quiet before a requested erasure runs",
    )
    export_candidate = add(
        "export-candidate", cmd_export_candidate, "Everything stored about a candidate, as JSON."
    )
    export_candidate.add_argument("candidate_id", type=int)
    export_candidate.add_argument("--out", default="-", help="a file, or - for standard output")
    erase = add("erase-candidate", cmd_erase_candidate, "Erase a candidate everywhere.")
    erase.add_argument("candidate_id", type=int)
    erase.add_argument("--by", required=True, help="who erases (an admin's email)")
    purge = add("purge", cmd_purge, "Erase candidates past the retention period.")
    purge.add_argument("--retention-days", type=int, help="default: RETENTION_DAYS")
    export = add(
        "export-training-data",
        cmd_export_training_data,
        "Export recruiters' theme corrections as Rasa NLU training data.",
    )
    export.add_argument("--out", default="-", help="a file, or - for standard output")
    evaluation = add("evaluate-nlu", cmd_evaluate_nlu, "Evaluate themes, risk and intents.")
    evaluation.add_argument("--model", default="models/sounding-board.tar.gz")
    evaluation.add_argument("--baseline-model", help="the same pipeline without the detectors")
    evaluation.add_argument("--out", default="docs")
    evaluation.add_argument("--split", choices=("test", "dev"), default="test")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return int(args.func(args, settings))
