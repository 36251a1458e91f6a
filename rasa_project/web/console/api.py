"""The console's JSON API under /api/, for the console's own polling and for ATS
integrations: the same data and the same access rules as the pages. Signed out: 401."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from flask import Blueprint, Response, abort, g, jsonify, request

from rasa_project.services.console import NotFound, QueueFilters, whole_number
from rasa_project.web.console.auth import (
    POLL_HEADER,
    client_ip,
    current_viewer,
    load_viewer,
    service,
)

api = Blueprint("api", __name__, url_prefix="/api")

CONVERSATION_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
# The transcript page's live refresh is recorded at most once in this time per person
# and conversation; every other read is recorded each time.
POLL_AUDIT_WINDOW = timedelta(minutes=10)


@api.before_request
def require_sign_in() -> tuple[Response, int] | None:
    load_viewer()
    if g.viewer is None:
        return jsonify(error="unauthenticated", reason=g.signed_out or "signed_out"), 401
    return None


@api.after_request
def no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    return response


@api.errorhandler(404)
def not_found(_error: Exception) -> tuple[Response, int]:
    return jsonify(error="not_found"), 404


def _conversation_id(value: str) -> str:
    if not CONVERSATION_ID.match(value):
        abort(404)
    return value


@api.get("/handoffs")
def handoffs() -> Response:
    viewer = current_viewer()
    page = service().queue(viewer, QueueFilters.from_args(request.args))
    now = datetime.now(timezone.utc)
    return jsonify(
        handoffs=[row.to_json(now) for row in page.rows],
        total=page.total,
        limit=page.filters.limit,
        offset=page.filters.offset,
        now=now.isoformat(),
    )


@api.get("/handoffs/<id:handoff_id>")
def handoff(handoff_id: int) -> Response:
    viewer = current_viewer()
    try:
        detail = service().handoff(viewer, handoff_id)
    except NotFound:
        abort(404)
    body: dict[str, Any] = detail.row.to_json(datetime.now(timezone.utc))
    body["notes"] = [
        {
            "kind": n.kind,
            "text": n.text,
            "outcome": n.outcome,
            "by": n.recruiter_name,
            "at": n.created_at.isoformat(),
        }
        for n in detail.notes
    ]
    return jsonify(body)


@api.get("/conversations/<conversation_id>/transcript")
def transcript(conversation_id: str) -> Response:
    """`?after=N` leaves out the first N lines (the live refresh asks only for new ones)."""
    viewer = current_viewer()
    conversation_id = _conversation_id(conversation_id)
    try:
        view = service().conversation(viewer, conversation_id)
    except NotFound:
        abort(404)
    if view.transcript_visible:
        polled = request.headers.get(POLL_HEADER) is not None
        service().audit(
            viewer,
            "view_transcript",
            f"conversation:{conversation_id}",
            client_ip(),
            coalesce=POLL_AUDIT_WINDOW if polled else None,
        )
    body = view.to_json()
    after = request.args.get("after", "")
    seen = whole_number(after)
    if seen is not None:
        body["lines"] = body["lines"][seen:]
    body["count"] = len(view.lines)
    return jsonify(body)


@api.get("/conversations/<conversation_id>/themes")
def themes(conversation_id: str) -> Response:
    viewer = current_viewer()
    conversation_id = _conversation_id(conversation_id)
    try:
        result = service().themes(viewer, conversation_id)
    except NotFound:
        abort(404)
    if result["transcript_visible"]:
        service().audit(viewer, "view_themes", f"conversation:{conversation_id}", client_ip())
    return jsonify(result)
