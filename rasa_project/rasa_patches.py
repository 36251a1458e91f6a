"""Fixes to Rasa 3.6's per-turn work, installed by `serve-rasa` before Rasa starts
(`make profile` shows where a turn's CPU goes), and two to its training, installed by
the project's training data importer (`importer.py`): the YAML reading (also for
`serve-rasa`) and the schema check of training files.

- YAML scalars. Rasa reads YAML with ruamel.yaml 0.17.21 (the newest Rasa 3.6 allows;
  0.17.22 is the same here), whose resolver finds a scalar's type by appending the
  resolvers for any first character to the list kept for the scalar's own first
  character (`resolvers += ...`), in place: the lists grow with every scalar of a file,
  and a file takes time with the square of its length (4,000 scalars: 2.2 s; here
  0.05 s). Here the two lists are joined into a new one; the first match, and so the
  type, is the same, as the appended resolvers only ever came after.
- The schema check of training files. Rasa parses each file a second time with
  ruamel's pure-Python round-trip reader to check it against its schema (7 of the 8 s
  the project's files took); here the check runs on the file as Rasa reads it for
  training, and only a file that fails goes to Rasa's own check and error.

- The action-response check. Rasa checks each action server response with
  `jsonschema.validate(response, spec)`, which first checks the spec itself against
  JSON Schema's meta-schema (on every action call, the same work again), and then
  checks each event against all 25 event schemas of a `oneOf`. Here the validators are
  built once and each event is checked against the one schema its `event` names: the
  only one of the `oneOf` it can match, since each fixes `event` to its own constant.
  A valid response passes as before; an invalid one goes to Rasa's own check, which
  raises Rasa's own error.
- Event types by name. Rasa finds an event's class by walking all subclasses of
  `Event` for every event it reads (from the tracker store, from the action server);
  here a name found once is remembered. The classes are fixed once Rasa is imported.
- Connections to the action server. Rasa opens a new HTTP client, and so a new TCP
  connection, for every action call; here each endpoint keeps one client per event loop,
  whose connections are reused. It writes the request body (the whole conversation) with
  ujson, Sanic's own JSON library, three times faster than the standard one.
- Debug log arguments. Rasa's processor and rule policy deep-copy the events and the
  conversation states for a debug log line on every turn, also when debug logs are off;
  here they are copied only when debug logs are on.
- Tracker copies. Before each action Rasa copies the conversation's tracker by
  replaying every event into a new one, so the copies cost more as a check-in grows
  (three per turn); here the copy takes the events as they are and the state they led to.
- The graph runner. Rasa runs its NLU and its policies as graphs through dask, which for
  a dozen nodes and one message costs more than some of the nodes (and builds a pruned
  copy of the graph schema on every run, and formats the inputs for a debug line also
  when debug logs are off). Here each target set's nodes are put in order once and run
  one after the other, each with its needs' outputs, as dask's synchronous scheduler
  does.
- The domain's emptiness. For every message Rasa checks that the domain is not empty
  before it checks the parsed intent against it, by building an empty domain and
  comparing both as dictionaries; a loaded domain does not change, so the answer is
  kept.
- A lighter conversation for the action server. Every action call carries the whole
  conversation, so it grows with every turn; past candidate messages go without the NLU
  internals no action reads (the intent ranking, token offsets, message ids), past
  actions and slots without the model ids in their metadata, and Rasa's internal
  featurisation events are left out. The latest message, the slots and everything the
  actions read (texts, times, intents, themes, risk, who spoke) are as before.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import logging
from types import TracebackType
from typing import Any

import aiohttp
import ujson
from jsonschema.validators import validator_for

# Below the 5 s after which the action server (Sanic) closes an idle connection, so
# that a request never goes out on a connection the server is closing.
KEEPALIVE_SECONDS = 2.0


def install() -> None:
    fix_yaml_resolver()
    _install_action_response_check()
    _install_event_type_lookup()
    _install_kept_sessions()
    _install_lazy_debug_copies()
    _install_tracker_copy()
    _install_graph_runner()
    _install_domain_emptiness_memo()
    _install_lighter_action_calls()


def fix_yaml_resolver() -> None:
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    if getattr(VersionedResolver, "_lists_kept", False):
        return
    ruamel_resolve = VersionedResolver.resolve

    def resolve(self: VersionedResolver, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            table = self.versioned_resolver
            first = table.get("" if value == "" else value[0], [])
            for tag, regexp in first + table.get(None, []):
                if regexp.match(value):
                    return tag
        # ruamel's own rules for what no implicit resolver matched
        return ruamel_resolve(self, kind, value, (False, False))

    VersionedResolver.resolve = resolve  # type: ignore[method-assign]
    VersionedResolver._lists_kept = True  # type: ignore[attr-defined]


def quick_schema_check() -> None:
    """Rasa checks a training file against its schema on the file parsed again with
    ruamel's pure-Python round-trip reader (for line numbers in errors). Here the check
    runs first on the file as Rasa reads it for training (the safe reader); only a file
    that fails it, or that the safe reader refuses, goes to Rasa's own check, which raises
    Rasa's own error."""
    from pykwalify.core import Core
    from rasa.shared.utils import validation

    if getattr(validation, "_quick_schema_check", False):
        return
    rasa_check = validation.validate_yaml_schema

    def passes(content: str, schema_path: str, package_name: str) -> bool:
        import pkg_resources
        from rasa.shared.utils.io import read_yaml, read_yaml_file

        try:
            data = read_yaml(content)
        except Exception:  # Rasa's check says what is wrong
            return False
        schema = dict(
            read_yaml_file(pkg_resources.resource_filename(package_name, schema_path)),
            **read_yaml_file(
                pkg_resources.resource_filename(
                    validation.PACKAGE_NAME, validation.RESPONSES_SCHEMA_FILE
                )
            ),
        )
        extensions = pkg_resources.resource_filename(
            validation.PACKAGE_NAME, validation.SCHEMA_EXTENSIONS_FILE
        )
        core = Core(source_data=data, schema_data=schema, extensions=[extensions])
        logging.getLogger("pykwalify").setLevel(logging.CRITICAL)
        try:
            core.validate(raise_exception=False)
        except Exception:  # pykwalify's own trouble with the data: Rasa's check decides
            return False
        return not core.errors

    @functools.wraps(rasa_check)
    def validate_yaml_schema(
        yaml_file_content: str, schema_path: str, package_name: str = validation.PACKAGE_NAME
    ) -> None:
        if not passes(yaml_file_content, schema_path, package_name):
            rasa_check(yaml_file_content, schema_path, package_name)

    validation.validate_yaml_schema = validate_yaml_schema
    validation._quick_schema_check = True  # type: ignore[attr-defined]


def _install_action_response_check() -> None:
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.utils.schemas.events import EVENT_SCHEMA

    if getattr(RemoteAction, "_validator_built_once", False):
        return
    spec = RemoteAction.action_response_format_spec()
    shape = _without_event_kinds(spec, EVENT_SCHEMA)
    outer = validator_for(shape)(shape)
    by_kind = {
        kind["properties"]["event"]["const"]: validator_for(kind)(kind)
        for kind in EVENT_SCHEMA["oneOf"]
    }
    rasa_check = RemoteAction._validate_action_result

    def valid(result: Any) -> bool:
        if not outer.is_valid(result):
            return False
        for event in result.get("events") or ():
            validator = by_kind.get(event["event"])
            if validator is None or not validator.is_valid(event):
                return False
        return True

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if valid(result):
            return True
        return bool(rasa_check(self, result))  # raises Rasa's ValidationError

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    RemoteAction._validator_built_once = True  # type: ignore[attr-defined]


def _without_event_kinds(spec: dict[str, Any], event_schema: dict[str, Any]) -> dict[str, Any]:
    """The response spec with each event checked for its common fields only."""
    common = {key: value for key, value in event_schema.items() if key != "oneOf"}
    events = {**spec["properties"]["events"], "items": common}
    return {**spec, "properties": {**spec["properties"], "events": events}}


def _install_event_type_lookup() -> None:
    from rasa.shared.core.events import Event

    if getattr(Event, "_types_remembered", False):
        return
    rasa_lookup = Event.resolve_by_type
    known: dict[str, type[Event]] = {}

    def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
        found = known.get(type_name)
        if found is None:
            found = rasa_lookup(type_name, default)  # raises for an unknown name
            if found is not None and found is not default:
                known[type_name] = found
        return found

    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign,assignment]
    Event._types_remembered = True  # type: ignore[attr-defined]


class _KeptSession:
    """`async with endpoint.session() as session` without closing the session."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None


def _install_kept_sessions() -> None:
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    if getattr(EndpointConfig, "_sessions_kept", False):
        return

    def session(self: EndpointConfig) -> _KeptSession:
        loop = asyncio.get_running_loop()
        kept: tuple[asyncio.AbstractEventLoop, aiohttp.ClientSession] | None
        kept = getattr(self, "_kept_session", None)
        if kept is None or kept[0] is not loop or kept[1].closed:
            auth = (
                aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth
                else None
            )
            client = aiohttp.ClientSession(  # as Rasa's, with connections kept
                headers=self.headers,
                auth=auth,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS),
                json_serialize=ujson.dumps,
            )
            kept = self._kept_session = (loop, client)  # type: ignore[attr-defined]
        return _KeptSession(kept[1])

    EndpointConfig.session = session  # type: ignore[assignment,method-assign]
    EndpointConfig._sessions_kept = True  # type: ignore[attr-defined]


class _CopyForDebugLogs:
    """Stands in for the `copy` module in Rasa's processor and rule policy, which use it
    only to copy the arguments of debug log lines: copied when debug logs are on, as
    before; otherwise passed as they are to a log line that is dropped anyway."""

    @staticmethod
    def deepcopy(value: Any) -> Any:
        if logging.getLogger("rasa").isEnabledFor(logging.DEBUG):
            return copy.deepcopy(value)
        return value


def _install_lazy_debug_copies() -> None:
    from rasa.core import processor
    from rasa.core.policies import rule_policy

    for module in (processor, rule_policy):
        module.copy = _CopyForDebugLogs  # type: ignore[assignment]


def _install_tracker_copy() -> None:
    from rasa.shared.core.trackers import DialogueStateTracker

    if getattr(DialogueStateTracker, "_copied_without_replay", False):
        return
    replaying_copy = DialogueStateTracker.copy

    def copy_tracker(self: DialogueStateTracker) -> DialogueStateTracker:
        if type(self.slots) is not dict:  # slots made on demand (no domain): Rasa's way
            return replaying_copy(self)
        new = self.init_copy()
        # Events are not changed once logged; a replay would share them too.
        new.events = self._create_events(list(self.events))
        # What a replay of those events would set, each as a copy or an object the
        # replay would share as well (the latest messages are the events themselves).
        new.slots = {name: copy.copy(slot) for name, slot in self.slots.items()}
        new._paused = self._paused
        new.followup_action = self.followup_action
        new.latest_action = copy.copy(self.latest_action)
        new.latest_message = self.latest_message
        new.latest_bot_utterance = self.latest_bot_utterance
        new.active_loop = copy.copy(self.active_loop)
        return new

    DialogueStateTracker.copy = copy_tracker  # type: ignore[method-assign]
    DialogueStateTracker._copied_without_replay = True  # type: ignore[attr-defined]


def _install_graph_runner() -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    if getattr(DaskGraphRunner, "_runs_in_order", False):
        return

    def run(
        self: DaskGraphRunner,
        inputs: dict[str, Any] | None = None,
        targets: list[str] | None = None,
    ) -> dict[str, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        plans = self.__dict__.setdefault("_plans", {})
        plan = plans.get(tuple(run_targets))
        if plan is None:
            plan = plans[tuple(run_targets)] = _run_order(self._graph_schema, run_targets)
        results: dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and value in plan.needs:
                raise GraphRunError(
                    f"Input value '{value}' clashes with a node name. Make sure that none "
                    f"of the input names passed to the `run` method are the same as node "
                    f"names in the graph schema."
                )
            results[name] = (name, value)
        try:
            for node_name in plan.order:
                node = self._instantiated_nodes[node_name]
                results[node_name] = node(*[results[need] for need in plan.needs[node_name]])
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(results[target] for target in run_targets)

    DaskGraphRunner.run_with_dask = DaskGraphRunner.run  # type: ignore[attr-defined]
    DaskGraphRunner.run = run  # type: ignore[method-assign]
    DaskGraphRunner._runs_in_order = True  # type: ignore[attr-defined]


def _install_domain_emptiness_memo() -> None:
    from rasa.shared.core.domain import Domain

    if getattr(Domain, "_emptiness_kept", False):
        return
    compare = Domain.is_empty

    def is_empty(self: Domain) -> bool:
        if "_is_empty" not in self.__dict__:
            self.__dict__["_is_empty"] = compare(self)
        return bool(self.__dict__["_is_empty"])

    Domain.is_empty = is_empty  # type: ignore[method-assign]
    Domain._emptiness_kept = True  # type: ignore[attr-defined]


class _RunPlan:
    def __init__(self, order: list[str], needs: dict[str, list[str]]) -> None:
        self.order = order
        self.needs = needs


def _run_order(schema: Any, targets: list[str]) -> _RunPlan:
    """The nodes the targets need, each after what it needs (dask's order for a graph
    whose nodes have no side effects on each other)."""
    minimal = schema.minimal_graph_schema(targets)
    needs = {name: list(node.needs.values()) for name, node in minimal.nodes.items()}
    order: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> None:
        if name in done or name not in needs:  # an input, not a node
            return
        done.add(name)
        for need in needs[name]:
            visit(need)
        order.append(name)

    for target in targets:
        visit(target)
    return _RunPlan(order, needs)


# what no action reads in a past message's parse data (the latest message goes whole)
_PARSE_DATA_LEFT_OUT = frozenset(
    {"intent_ranking", "text_tokens", "metadata", "message_id", "text"}
)


def lighter_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conversation as the action server gets it; the event dicts are not changed."""
    lighter = []
    for event in events:
        kind = event.get("event")
        if kind == "user_featurization":
            continue
        if kind == "user" and event.get("parse_data"):
            parse_data = event["parse_data"]
            event = {
                **event,
                "parse_data": {
                    k: v for k, v in parse_data.items() if k not in _PARSE_DATA_LEFT_OUT
                },
            }
        elif kind in ("action", "slot") and "metadata" in event:
            event = {k: v for k, v in event.items() if k != "metadata"}
        lighter.append(event)
    return lighter


def _install_lighter_action_calls() -> None:
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction, "_calls_lighter", False):
        return
    rasa_format = RemoteAction._action_call_format

    def _action_call_format(self: RemoteAction, tracker: Any, domain: Any) -> dict[str, Any]:
        call = rasa_format(self, tracker, domain)
        state = call["tracker"]
        state["events"] = lighter_events(state.get("events") or [])
        return call

    RemoteAction._action_call_format = _action_call_format  # type: ignore[method-assign]
    RemoteAction._calls_lighter = True  # type: ignore[attr-defined]
