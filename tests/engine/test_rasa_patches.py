"""The action-response check built once accepts and refuses exactly as Rasa's does."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from rasa_project import rasa_patches

VALID = {
    "events": [{"event": "slot", "name": "awaiting", "value": None}],
    "responses": [{"text": "What did that teach you?"}],
}


@pytest.fixture
def action() -> RemoteAction:
    rasa_patches.install()
    return RemoteAction("action_reflect", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_a_valid_response_passes_without_checking_the_schema_again(
    action: RemoteAction, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[object] = []
    validator = jsonschema.validators.validator_for(RemoteAction.action_response_format_spec())
    monkeypatch.setattr(validator, "check_schema", classmethod(lambda cls, s: checked.append(s)))
    assert action._validate_action_result(VALID) is True
    assert checked == []  # Rasa's own path checks the spec on every call


@pytest.mark.parametrize(
    "response",
    [{"events": "not a list"}, {"events": [{"no": "event key"}]}, {"responses": "not a list"}],
)
def test_an_invalid_response_raises_rasas_own_error(action: RemoteAction, response: dict) -> None:
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server"):
        action._validate_action_result(response)


def test_installing_twice_changes_nothing() -> None:
    rasa_patches.install()
    patched = RemoteAction._validate_action_result
    rasa_patches.install()
    assert RemoteAction._validate_action_result is patched
