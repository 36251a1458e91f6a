"""The console's pages: sign-in, the handoff queue, a handoff with its transcript, live
reply and hand-back, candidates, trends, exports and the audit log."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from rasa_project.nlu.taxonomy import THEMES
from rasa_project.rasa_api import RasaUnavailable
from rasa_project.services.accounts import authenticate
from rasa_project.services.console import (
    AUDIT_ACTIONS,
    OUTCOMES,
    REASON_LABELS,
    RISK_FLAGS,
    THEME_LABELS,
    URGENCY_LABELS,
    ConsoleError,
    LoginThrottle,
    NotFound,
    QueueFilters,
    transcript_text,
    whole_number,
)
from rasa_project.services.placements_import import import_placements
from rasa_project.services.privacy import PrivacyService, UnknownCandidate
from rasa_project.services.schedule import ScheduleService, response_rates, schedule_rows
from rasa_project.services.themes import ThemeService
from rasa_project.web.console.auth import (
    client_ip,
    current_viewer,
    load_viewer,
    rasa,
    safe_next,
    service,
    sign_in,
    sign_out,
    throttle,
)

console = Blueprint("console", __name__, url_prefix="/console")

PUBLIC_ENDPOINTS = {"console.login", "console.login_form"}
CONVERSATION_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
STATUS_LABELS = {
    "active": "Open and claimed",
    "open": "Open",
    "claimed": "Claimed",
    "resolved": "Resolved",
    "all": "All",
}
SIGNED_OUT_MESSAGES = {
    "idle": "You were signed out after 30 minutes without activity.",
    "expired": "Your session ended after 12 hours. Please sign in again.",
    "ended": "Please sign in again.",
}


@console.before_request
def require_sign_in() -> BaseResponse | None:
    load_viewer()
    if g.viewer is None and request.endpoint not in PUBLIC_ENDPOINTS:
        if g.signed_out in SIGNED_OUT_MESSAGES:
            flash(SIGNED_OUT_MESSAGES[g.signed_out], "info")
        target = request.full_path if request.method == "GET" else None
        return redirect(url_for("console.login_form", next=safe_next(target)))
    return None


@console.after_request
def no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    return response


@console.context_processor
def template_globals() -> dict[str, Any]:
    return {
        "viewer": g.get("viewer"),
        "theme_labels": THEME_LABELS,
        "themes": THEMES,
        "risk_flags": RISK_FLAGS,
        "outcomes": OUTCOMES,
        "now": datetime.now(timezone.utc),
        "max_reply_chars": current_app.extensions["settings"].max_message_chars,
        "console_timezone": current_app.extensions["settings"].recruiter_timezone,
    }


@console.app_template_filter("duration")
def duration(value: timedelta | float | int) -> str:
    seconds = int(value.total_seconds() if isinstance(value, timedelta) else value)
    minutes = max(0, seconds) // 60
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{hours // 24} days"


@console.app_template_filter("when")
def when(value: datetime | str | None) -> str:
    """A stored time for people, in the recruiters' time zone: 05 Mar 2026 14:05 GMT."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    zone = ZoneInfo(current_app.extensions["settings"].recruiter_timezone)
    return moment.astimezone(zone).strftime("%d %b %Y %H:%M %Z")


@console.errorhandler(404)
def not_found(_error: Exception) -> tuple[str, int]:
    return render_template(
        "console/error.html", title="Not found", message="There is nothing here for you."
    ), 404


@console.errorhandler(403)
def forbidden(_error: Exception) -> tuple[str, int]:
    return render_template(
        "console/error.html", title="Not allowed", message="This page is for admins."
    ), 403


def _conversation_id(value: str) -> str:
    if not CONVERSATION_ID.match(value):
        abort(404)
    return value


def _visible(work: Callable[[], Any]) -> Any:
    """Runs a service call; a record the viewer may not reach is a 404."""
    try:
        return work()
    except NotFound:
        abort(404)


# --- signing in and out -----------------------------------------------------------------


@console.get("/login")
def login_form() -> BaseResponse | str:
    if g.viewer is not None:
        return redirect(url_for("console.queue"))
    reason = request.args.get("reason", "")
    return render_template(
        "console/login.html",
        next=safe_next(request.args.get("next")),
        notice=SIGNED_OUT_MESSAGES.get(reason) if reason in ("idle", "expired") else None,
    )


@console.post("/login")
def login() -> BaseResponse | tuple[str, int]:
    email = (request.form.get("email") or "").strip()[:254]
    password = request.form.get("password") or ""
    target = safe_next(request.form.get("next"))
    ip_address = client_ip()
    limiter: LoginThrottle = throttle()
    wait = limiter.retry_after(email, ip_address)
    if wait:
        minutes = max(1, round(wait / 60))
        page = render_template(
            "console/login.html",
            next=target,
            email=email,
            error=f"Too many failed sign-ins. Try again in {minutes} minute"
            + ("s." if minutes != 1 else "."),
        )
        return page, 429
    sessions = current_app.extensions["database"].sessions
    recruiter_id = authenticate(sessions, email, password) if email and password else None
    if recruiter_id is None:
        limiter.failed(email, ip_address)
        page = render_template(
            "console/login.html", next=target, email=email, error="Email or password is wrong."
        )
        return page, 401
    limiter.succeeded(email, ip_address)
    sign_in(recruiter_id)
    g.pop("viewer", None)
    load_viewer()
    service().audit(current_viewer(), "sign_in", f"recruiter:{recruiter_id}", ip_address)
    return redirect(target or url_for("console.queue"))


@console.post("/logout")
def logout() -> BaseResponse:
    viewer = current_viewer()
    service().audit(viewer, "sign_out", f"recruiter:{viewer.id}", client_ip())
    sign_out()
    flash("You are signed out.", "info")
    return redirect(url_for("console.login_form"))


# --- the queue ------------------------------------------------------------------------


@console.get("/")
def queue() -> str:
    viewer = current_viewer()
    filters = QueueFilters.from_args(request.args)
    page = service().queue(viewer, filters)
    return render_template(
        "console/queue.html",
        page=page,
        filters=filters,
        status_labels=STATUS_LABELS,
        urgency_labels=URGENCY_LABELS,
        recruiters=service().recruiters(viewer),
        poll_url=url_for(
            "api.handoffs", offset=filters.offset, limit=filters.limit, **filters.as_args()
        ),
        csv_url=url_for("console.handoffs_csv", **filters.as_args()),
    )


@console.get("/handoffs.csv")
def handoffs_csv() -> Response:
    viewer = current_viewer()
    filters = QueueFilters.from_args(request.args)
    body = service().handoffs_csv(viewer, filters)
    service().audit(viewer, "export_handoffs", f"handoffs:{filters.status}", client_ip())
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M")
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="handoffs-{stamp}.csv"'},
    )


# --- one handoff -----------------------------------------------------------------------


@console.get("/handoffs/<id:handoff_id>")
def handoff(handoff_id: int) -> str:
    viewer = current_viewer()
    detail = _visible(lambda: service().handoff(viewer, handoff_id))
    conversation = _visible(lambda: service().conversation(viewer, detail.row.conversation_id))
    if conversation.transcript_visible:
        service().audit(
            viewer, "view_transcript", f"conversation:{conversation.conversation_id}", client_ip()
        )
    return render_template(
        "console/handoff.html",
        detail=detail,
        row=detail.row,
        conversation=conversation,
        reason_labels=REASON_LABELS,
    )


def _back_to_handoff(handoff_id: int, anchor: str = "") -> BaseResponse:
    return redirect(url_for("console.handoff", handoff_id=handoff_id) + anchor)


def _handoff_action(handoff_id: int, work: Callable[[], None], done: str, anchor: str = "") -> Any:
    try:
        _visible(work)
    except ConsoleError as error:
        flash(str(error), "error")
    else:
        flash(done, "success")
    return _back_to_handoff(handoff_id, anchor)


@console.post("/handoffs/<id:handoff_id>/claim")
def claim(handoff_id: int) -> Any:
    viewer = current_viewer()

    def work() -> None:
        service().claim(viewer, handoff_id)
        service().audit(viewer, "claim", f"handoff:{handoff_id}", client_ip())

    return _handoff_action(handoff_id, work, "You have claimed this handoff.")


@console.post("/handoffs/<id:handoff_id>/notes")
def add_note(handoff_id: int) -> Any:
    viewer = current_viewer()

    def work() -> None:
        service().add_note(viewer, handoff_id, request.form.get("text", ""))
        service().audit(viewer, "note", f"handoff:{handoff_id}", client_ip())

    return _handoff_action(handoff_id, work, "Note added.", "#timeline")


@console.post("/handoffs/<id:handoff_id>/resolve")
def resolve(handoff_id: int) -> Any:
    viewer = current_viewer()

    def work() -> None:
        service().resolve(
            viewer, handoff_id, request.form.get("outcome", ""), request.form.get("text", "")
        )
        service().audit(viewer, "resolve", f"handoff:{handoff_id}", client_ip())

    return _handoff_action(handoff_id, work, "Handoff resolved.")


@console.post("/handoffs/<id:handoff_id>/reply")
def reply(handoff_id: int) -> Any:
    viewer = current_viewer()
    detail = _visible(lambda: service().handoff(viewer, handoff_id))
    text = (request.form.get("text") or "").strip()
    limit = current_app.extensions["settings"].max_message_chars
    if not text:
        flash("Write a reply first.", "error")
    elif len(text) > limit:
        flash(f"A reply can have at most {limit} characters.", "error")
    elif detail.row.status == "resolved":
        flash("This handoff is resolved; open a new conversation to write again.", "error")
    else:
        try:
            rasa().send_recruiter_message(detail.row.conversation_id, text, viewer.first_name)
        except RasaUnavailable as error:
            flash(f"Your reply was not sent: {error}. Please try again.", "error")
        else:
            service().record_action(viewer, handoff_id, "replied")
            service().audit(viewer, "reply", f"handoff:{handoff_id}", client_ip())
            flash(f"Sent to {detail.row.candidate_name.split()[0]}.", "success")
    return _back_to_handoff(handoff_id, "#reply")


@console.post("/handoffs/<id:handoff_id>/hand-back")
def hand_back(handoff_id: int) -> Any:
    viewer = current_viewer()
    detail = _visible(lambda: service().handoff(viewer, handoff_id))
    try:
        rasa().hand_back(detail.row.conversation_id, viewer.first_name)
    except RasaUnavailable as error:
        flash(f"The conversation was not handed back: {error}. Please try again.", "error")
    else:
        service().record_action(viewer, handoff_id, "handed_back")
        service().audit(viewer, "hand_back", f"handoff:{handoff_id}", client_ip())
        flash("The assistant has the conversation again.", "success")
    return _back_to_handoff(handoff_id)


# --- conversations -----------------------------------------------------------------------


@console.get("/conversations/<conversation_id>")
def conversation(conversation_id: str) -> str:
    viewer = current_viewer()
    conversation_id = _conversation_id(conversation_id)
    view = _visible(lambda: service().conversation(viewer, conversation_id))
    if view.transcript_visible:
        service().audit(viewer, "view_transcript", f"conversation:{conversation_id}", client_ip())
    return render_template("console/conversation.html", conversation=view)


@console.get("/conversations/<conversation_id>/transcript.txt")
def transcript_export(conversation_id: str) -> Response:
    viewer = current_viewer()
    conversation_id = _conversation_id(conversation_id)
    view = _visible(lambda: service().conversation(viewer, conversation_id))
    if not view.transcript_visible:
        abort(404)
    service().audit(viewer, "export_transcript", f"conversation:{conversation_id}", client_ip())
    return Response(
        transcript_text(view),
        mimetype="text/plain",
        headers={"Content-Disposition": f'attachment; filename="transcript-{conversation_id}.txt"'},
    )


@console.post("/conversations/<conversation_id>/themes")
def correct_themes(conversation_id: str) -> Any:
    viewer = current_viewer()
    conversation_id = _conversation_id(conversation_id)
    turn_raw = request.form.get("turn", "")
    chosen = request.form.getlist("themes")
    handoff_raw = request.form.get("handoff_id", "")
    turn = whole_number(turn_raw) or 0
    try:
        text = _visible(lambda: service().candidate_message(viewer, conversation_id, turn))
        ThemeService(current_app.extensions["database"].sessions).correct(
            conversation_id, turn, text, chosen, viewer.id
        )
    except (ConsoleError, ValueError) as error:
        flash(str(error), "error")
    else:
        service().audit(
            viewer, "correct_themes", f"conversation:{conversation_id}#{turn}", client_ip()
        )
        flash("Theme correction saved for retraining.", "success")
    anchor = f"#turn-{turn}"
    back_to = whole_number(handoff_raw)
    if back_to is not None:
        return _back_to_handoff(back_to, anchor)
    return redirect(url_for("console.conversation", conversation_id=conversation_id) + anchor)


# --- candidates and trends -------------------------------------------------------------


@console.get("/candidates/")
def candidates() -> str:
    return render_template("console/candidates.html", rows=service().candidates(current_viewer()))


@console.get("/candidates/<id:candidate_id>")
def candidate(candidate_id: int) -> str:
    viewer = current_viewer()
    detail = _visible(lambda: service().candidate(viewer, candidate_id))
    columns, theme_rows = detail.theme_table()
    schedule = schedule_rows(service().sessions, [p.id for p in detail.placements])
    return render_template(
        "console/candidate.html",
        candidate=detail,
        schedule=schedule,
        theme_columns=columns,
        theme_rows=theme_rows,
        reason_labels=REASON_LABELS,
    )


# --- check-ins: send now, import (admins) -----------------------------------------------


def _schedule() -> ScheduleService:
    return ScheduleService(service().sessions, current_app.extensions["settings"])


@console.post("/placements/<id:placement_id>/send-checkin")
def send_checkin(placement_id: int) -> Any:
    """Sends a check-in invitation now, outside the schedule."""
    viewer = current_viewer()
    candidate_id = _visible(lambda: service().candidate_of_placement(viewer, placement_id))
    try:
        sent = _schedule().send_now(placement_id)
    except LookupError:
        abort(404)
    service().audit(viewer, "send_checkin", f"candidate:{candidate_id}", client_ip())
    if sent:
        flash("The check-in invitation was emailed.", "success")
    else:
        flash("The email could not be sent now; it will be retried.", "error")
    return redirect(url_for("console.candidate", candidate_id=candidate_id))


@console.route("/placements/import", methods=["GET", "POST"])
def import_placements_form() -> Any:
    """Placements from an ATS export (admins): every row checked, all or nothing."""
    viewer = current_viewer()
    if not viewer.is_admin:
        abort(403)
    report = None
    if request.method == "POST":
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            flash("Choose a CSV file to import.", "error")
        else:
            report = import_placements(service().sessions, upload.read())
            service().audit(viewer, "import_placements", "placements", client_ip())
    return render_template("console/import.html", report=report)


# --- data rights (admins) ---------------------------------------------------------------


def _privacy() -> PrivacyService:
    engine = service().tracker_engine
    if engine is None:
        abort(503)
    return PrivacyService(service().sessions, engine)


@console.get("/candidates/<id:candidate_id>/export.json")
def candidate_export(candidate_id: int) -> Response:
    """Everything stored about the candidate, as a JSON archive (admins)."""
    viewer = current_viewer()
    if not viewer.is_admin:
        abort(403)
    try:
        archive = _privacy().export(candidate_id)
    except UnknownCandidate:
        abort(404)
    service().audit(viewer, "export_candidate", f"candidate:{candidate_id}", client_ip())
    return Response(
        json.dumps(archive, indent=2, ensure_ascii=False),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="candidate-{candidate_id}.json"'},
    )


@console.post("/candidates/<id:candidate_id>/erase")
def candidate_erase(candidate_id: int) -> Any:
    """Erases the candidate everywhere (admins), once their email is typed to confirm."""
    viewer = current_viewer()
    if not viewer.is_admin:
        abort(403)
    detail = _visible(lambda: service().candidate(viewer, candidate_id))
    typed = (request.form.get("confirm_email") or "").strip().lower()
    if typed != detail.email.lower():
        flash("Nothing was erased: type the candidate's email exactly to confirm.", "error")
        return redirect(url_for("console.candidate", candidate_id=candidate_id))
    _privacy().erase(candidate_id, viewer.email)
    # the audit trail keeps only the tombstone's id, never who the candidate was
    service().audit(viewer, "erase_candidate", f"tombstone:{candidate_id}", client_ip())
    flash(f"Candidate {candidate_id} was erased; a tombstone remains.", "success")
    return redirect(url_for("console.candidates"))


@console.get("/trends")
def trends() -> str:
    viewer = current_viewer()
    weeks = request.args.get("weeks", "12")
    weeks_n = int(weeks) if weeks in ("4", "12", "26", "52") else 12
    recruiter = request.args.get("recruiter", "")
    recruiter_id = whole_number(recruiter) if viewer.is_admin else None
    data = service().trends(viewer, weeks=weeks_n, recruiter_id=recruiter_id)
    rates_for = recruiter_id if viewer.is_admin else viewer.id
    return render_template(
        "console/trends.html",
        response_rates=response_rates(service().sessions, rates_for),
        trends=data,
        weeks=weeks_n,
        recruiter_id=recruiter_id,
        recruiters=service().recruiters(viewer),
    )


# --- audit (admins) --------------------------------------------------------------------


@console.get("/audit")
def audit() -> str:
    viewer = current_viewer()
    if not viewer.is_admin:
        abort(403)
    action = request.args.get("action") or None
    if action not in AUDIT_ACTIONS:
        action = None
    offset = request.args.get("offset", "0")
    start = whole_number(offset) or 0
    entries, total = service().audit_entries(viewer, action=action, limit=100, offset=start)
    return render_template(
        "console/audit.html",
        entries=entries,
        total=total,
        action=action,
        offset=start,
        actions=AUDIT_ACTIONS,
    )
