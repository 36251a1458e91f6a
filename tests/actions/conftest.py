import pytest

import actions.handoff


@pytest.fixture(autouse=True)
def deliver_alerts_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Alerts are delivered in the test's own thread, so the test sees the result."""
    monkeypatch.setattr(actions.handoff, "start_alert_delivery", actions.handoff.deliver_alerts)
