"""Alerting the recruiter about a handoff: email over SMTP and an optional
Slack-compatible webhook. Alert rows are written in the same transaction as the
handoff, then delivered at once and retried with backoff by the alert worker; a failed
delivery stays visible on the handoff and never loses it.

Alerts carry no words of the candidate: who, why, how urgent, and where to look.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import requests
from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from rasa_project.models import CheckIn, Handoff, HandoffAlert, Placement
from rasa_project.settings import Settings

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
MAX_BACKOFF_SECONDS = 300
LEASE = timedelta(seconds=60)
URGENCY_LABEL = {0: "CRISIS", 1: "Urgent", 2: "Handoff"}
REASON_TEXT = {
    "crisis": "said something that suggests a risk to their life or others",
    "urgent": "reported harassment, discrimination, an unsafe workplace, or leaving today",
    "distress": "is in distress",
    "requested": "asked to talk to you",
    "fallback": "was not understood by the assistant and accepted your help",
}


@dataclass(frozen=True)
class AlertMessage:
    to: str
    subject: str
    body: str


Sender = Callable[[AlertMessage], None]


def alert_channels(settings: Settings) -> list[str]:
    return ["email", "webhook"] if settings.alert_webhook_url else ["email"]


def add_alerts(session: Session, handoff: Handoff, settings: Settings) -> None:
    """Called inside the transaction that opens the handoff."""
    for channel in alert_channels(settings):
        session.add(HandoffAlert(handoff_id=handoff.id, channel=channel))


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(MAX_BACKOFF_SECONDS, 2 ** max(0, attempts - 1)))


class SmtpSender:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, message: AlertMessage) -> None:
        s = self.settings
        email = EmailMessage()
        email["From"], email["To"], email["Subject"] = s.alert_sender, message.to, message.subject
        email.set_content(message.body)
        if s.smtp_security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                s.smtp_host, s.smtp_port, timeout=5, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=5)
        with client:
            if s.smtp_security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if s.smtp_username:
                client.login(s.smtp_username, s.smtp_password or "")
            client.send_message(email)


class WebhookSender:
    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, message: AlertMessage) -> None:
        response = requests.post(
            self.url, json={"text": f"*{message.subject}*\n{message.body}"}, timeout=5
        )
        response.raise_for_status()


class AlertService:
    def __init__(
        self,
        sessions: sessionmaker,
        settings: Settings,
        senders: dict[str, Sender] | None = None,
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        if senders is None:
            senders = {"email": SmtpSender(settings)}
            if settings.alert_webhook_url:
                senders["webhook"] = WebhookSender(settings.alert_webhook_url)
        self.senders = senders

    def _message(self, session: Session, handoff: Handoff) -> AlertMessage:
        checkin = session.get(CheckIn, handoff.checkin_id) if handoff.checkin_id else None
        placement: Placement | None = checkin.placement if checkin else None
        if placement is None:
            recipient, who, where = self.settings.alert_sender, "A candidate", ""
        else:
            candidate = placement.candidate
            recipient = placement.recruiter.email
            who = f"{candidate.first_name} {candidate.last_name}"
            where = f" ({placement.role} at {placement.company})"
        label = URGENCY_LABEL.get(handoff.urgency, "Handoff")
        reason = REASON_TEXT.get(handoff.reason, handoff.reason)
        link = f"{self.settings.public_base_url}/console/handoffs/{handoff.id}"
        body = (
            f"{who}{where} {reason}.\n\n"
            f"Urgency: {label}. Opened {handoff.created_at:%Y-%m-%d %H:%M} UTC.\n"
            f"The assistant has paused; the conversation waits for you:\n{link}\n"
        )
        return AlertMessage(recipient, f"[Sounding Board] {label}: {who} needs you", body)

    def _claim(self, alert_id: int, now: datetime) -> bool:
        with self.sessions.begin() as session:
            claimed = session.execute(
                update(HandoffAlert)
                .where(
                    HandoffAlert.id == alert_id,
                    or_(
                        and_(HandoffAlert.status == "pending", HandoffAlert.next_attempt_at <= now),
                        and_(HandoffAlert.status == "sending", HandoffAlert.locked_until < now),
                    ),
                )
                .values(status="sending", locked_until=now + LEASE)
                .execution_options(synchronize_session=False)
            )
            return bool(claimed.rowcount == 1)

    def deliver(self, alert_id: int, now: datetime | None = None) -> str:
        """Sends one due alert; returns its status afterwards."""
        now = now or datetime.now(timezone.utc)
        if not self._claim(alert_id, now):
            return "not due"
        with self.sessions() as session:
            alert = session.get(HandoffAlert, alert_id)
            assert alert is not None
            channel = alert.channel
            message = self._message(session, session.get(Handoff, alert.handoff_id))
        error: str | None = None
        try:
            self.senders[channel](message)
        except Exception as failure:  # noqa: BLE001 - any delivery failure is retried
            error = f"{type(failure).__name__}: {failure}"[:300]
            logger.warning("alert %s over %s failed: %s", alert_id, channel, type(failure).__name__)
        with self.sessions.begin() as session:
            alert = session.get(HandoffAlert, alert_id)
            assert alert is not None
            alert.attempts += 1
            alert.locked_until = None
            if error is None:
                alert.status, alert.sent_at, alert.last_error = (
                    "sent",
                    datetime.now(timezone.utc),
                    None,
                )
            else:
                alert.last_error = error
                alert.status = "failed" if alert.attempts >= MAX_ATTEMPTS else "pending"
                alert.next_attempt_at = now + backoff(alert.attempts)
            return str(alert.status)

    def deliver_due(self, now: datetime | None = None, limit: int = 50) -> int:
        """Delivers every due alert; returns how many were sent."""
        now = now or datetime.now(timezone.utc)
        with self.sessions() as session:
            due = session.scalars(
                select(HandoffAlert.id)
                .where(
                    or_(
                        and_(HandoffAlert.status == "pending", HandoffAlert.next_attempt_at <= now),
                        and_(HandoffAlert.status == "sending", HandoffAlert.locked_until < now),
                    )
                )
                .order_by(HandoffAlert.id)
                .limit(limit)
            ).all()
        return sum(self.deliver(alert_id, now) == "sent" for alert_id in due)

    def alerts_for(self, handoff_id: int) -> list[HandoffAlert]:
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(HandoffAlert)
                    .where(HandoffAlert.handoff_id == handoff_id)
                    .order_by(HandoffAlert.id)
                )
            )
