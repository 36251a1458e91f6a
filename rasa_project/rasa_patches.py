"""One measured fix to Rasa 3.6, installed by `serve-rasa` before Rasa starts.

Rasa checks each action server response with `jsonschema.validate(response, spec)`,
which first checks the spec itself against JSON Schema's meta-schema: on every action
call, the same work again. In the profile of a turn (docs/benchmarks.md) that check was
over a third of the time. Here the validator is built once; a valid response passes as
before, and an invalid one goes to Rasa's own check, which raises Rasa's own error.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for


def install() -> None:
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction, "_validator_built_once", False):
        return
    spec = RemoteAction.action_response_format_spec()
    validator = validator_for(spec)(spec)
    rasa_check = RemoteAction._validate_action_result

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if best_match(validator.iter_errors(result)) is None:
            return True
        return bool(rasa_check(self, result))  # raises Rasa's ValidationError

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    RemoteAction._validator_built_once = True  # type: ignore[attr-defined]
