"""Rasa 3.6 with the fixes of rasa_patches behaves as without: the action-response
check accepts and refuses exactly as Rasa's does, events resolve to the same types, and
YAML scalars to the same types, and a bad training file gets Rasa's own error."""

from __future__ import annotations

import copy
import logging
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import rasa.shared.utils.io
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOMAIN_SCHEMA_FILE
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.training_data.story_reader.yaml_story_reader import CORE_SCHEMA_FILE
from rasa.shared.nlu.training_data.formats.rasa_yaml import NLU_SCHEMA_FILE
from rasa.shared.utils import validation
from rasa.shared.utils.common import all_subclasses
from rasa.shared.utils.io import read_yaml
from rasa.utils.endpoints import EndpointConfig
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

from rasa_project import rasa_patches

ROOT = Path(__file__).resolve().parents[2]

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


EVENTS = [
    {"event": "slot", "name": "awaiting", "value": None},
    {"event": "slot", "name": "awaiting"},  # no value: refused
    {"event": "bot", "text": "hi", "data": {}, "metadata": {}},
    {"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0},
    {"event": "action", "name": 3},  # a number as the name: refused
    {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
    {"event": "user", "text": 5},  # refused
    {"event": "pause"},
    {"event": "resume", "timestamp": 1.5},
    {"event": "followup", "name": "utter_greet"},
    {"event": "entities", "entities": [{"entity": "x", "value": 1}]},
    {"event": "entities", "entities": [{"entity": "x"}]},  # no value: refused
    {"event": "no_such_event"},  # refused
    {"event": 7},  # refused
    {"event": "bot", "timestamp": "yesterday"},  # refused
    "not an object",  # refused
]


def _rasa_accepts(response: Any) -> bool:
    try:
        jsonschema.validate(response, RemoteAction.action_response_format_spec())
    except jsonschema.ValidationError:
        return False
    return True


def _patched_accepts(action: RemoteAction, response: Any) -> bool:
    try:
        return action._validate_action_result(response)
    except jsonschema.ValidationError:
        return False


@pytest.mark.parametrize("event", EVENTS)
def test_each_event_is_accepted_or_refused_as_rasa_does(action: RemoteAction, event: Any) -> None:
    response = {"events": [{"event": "pause"}, event], "responses": []}
    assert _patched_accepts(action, response) == _rasa_accepts(response)


def test_the_event_list_holds_both_kinds() -> None:  # so that the test above can fail
    accepted = [_rasa_accepts({"events": [e]}) for e in EVENTS]
    assert True in accepted and False in accepted


def test_every_event_type_resolves_to_rasas_class() -> None:
    rasa_patches.install()
    for cls in all_subclasses(Event):
        expected = next(c for c in all_subclasses(Event) if c.type_name == cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is expected
        assert Event.resolve_by_type(cls.type_name) is expected  # remembered, the same


def test_an_unknown_event_type_is_still_refused_or_defaulted() -> None:
    rasa_patches.install()
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", UserUttered) is UserUttered
    assert Event.from_parameters({"event": "pause"}).type_name == "pause"


SENT = {
    "text": 'a/b \\ "quoted" é 🙂 \u2028 <script>',
    "confidence": 0.1 + 0.2,
    "small": 1e-05,
    "big": 2**53 + 1,
    "nested": [{"none": None, "yes": True}, []],
}


def test_action_calls_reuse_one_connection() -> None:
    """Three calls through one endpoint go over one TCP connection to a real server, and
    each gets its own answer; the body the server reads is the one sent."""
    from aiohttp import web

    from tests.stack import free_port, run_async

    rasa_patches.install()
    peers: list[object] = []

    async def webhook(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername") if request.transport else None)
        body = await request.json()
        return web.json_response({"events": [], "responses": [{"text": body["n"]}], "got": body})

    async def scenario() -> list[Any]:
        app = web.Application()
        app.router.add_post("/webhook", webhook)
        runner = web.AppRunner(app)
        await runner.setup()
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        try:
            endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
            return [await endpoint.request(json={"n": str(n), **SENT}) for n in range(3)]
        finally:
            await runner.cleanup()

    answers = run_async(scenario())
    assert [a["responses"][0]["text"] for a in answers] == ["0", "1", "2"]
    assert [a["got"] for a in answers] == [{"n": str(n), **SENT} for n in range(3)]
    assert len(peers) == 3 and len(set(peers)) == 1


def test_debug_log_arguments_are_copied_only_when_debug_logs_are_on() -> None:
    from rasa.core import processor
    from rasa.core.policies import rule_policy

    rasa_patches.install()
    states = [{"prev_action": {"action_name": "action_listen"}}]
    rasa = logging.getLogger("rasa")
    level = rasa.level
    try:
        rasa.setLevel(logging.INFO)
        for module in (processor, rule_policy):
            assert module.copy.deepcopy(states) is states
        rasa.setLevel(logging.DEBUG)
        for module in (processor, rule_policy):
            copied = module.copy.deepcopy(states)
            assert copied == states and copied is not states
            assert copied[0] is not states[0]
    finally:
        rasa.setLevel(level)


def _event_kinds() -> list[Any]:
    from rasa.shared.core import events as e

    parse = {"intent": {"name": "share_setback", "confidence": 0.9}, "entities": [], "text": "x"}
    return [
        lambda: e.ActionExecuted("action_listen"),
        lambda: e.ActionExecuted("action_reflect", policy="rules", confidence=1.0),
        lambda: e.UserUttered("my manager ignores me", parse["intent"], parse_data=parse),
        lambda: e.BotUttered("What happened next?", {"elements": None}),
        lambda: e.SlotSet("reflection_level", "feel"),
        lambda: e.SlotSet("themes_heard", ["workload"]),
        lambda: e.SlotSet("handoff_open", True),
        lambda: e.ConversationPaused(),
        lambda: e.ConversationResumed(),
        lambda: e.FollowupAction("action_reflect"),
        lambda: e.ActiveLoop("a_form"),
        lambda: e.ActiveLoop(None),
        lambda: e.LoopInterrupted(True),
        lambda: e.ActionExecutionRejected("a_form"),
        lambda: e.ActionReverted(),
        lambda: e.UserUtteranceReverted(),
        lambda: e.AllSlotsReset(),
        lambda: e.Restarted(),
        lambda: e.SessionStarted(),
    ]


def _state(tracker: Any) -> tuple[Any, ...]:
    from rasa.shared.core.trackers import EventVerbosity

    return (
        tracker.current_state(EventVerbosity.ALL),
        tracker.active_loop,
        tracker.latest_action,
        tracker.is_paused(),
        tracker.followup_action,
        {name: (slot.value, slot.has_been_set) for name, slot in tracker.slots.items()},
        tracker.model_id,
    )


def test_a_tracker_copy_is_the_state_a_replay_gives() -> None:
    """For random conversations of every kind of event: the copy equals Rasa's replay
    copy, and changing the copy leaves the original as it was."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

    from rasa_project.settings import PROJECT_ROOT

    rasa_patches.install()
    slots = Domain.load(str(PROJECT_ROOT / "domain.yml")).slots
    kinds = _event_kinds()

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.integers(0, len(kinds) - 1), max_size=40), st.integers(0, len(kinds) - 1))
    def check(sequence: list[int], extra: int) -> None:
        events = [kinds[i]() for i in sequence]
        for t, event in enumerate(events):
            event.timestamp = 1000.0 + t
        tracker = DialogueStateTracker.from_events("c", events, slots)
        before = (tracker.current_state(EventVerbosity.ALL), copy.copy(tracker.active_loop))
        fast = tracker.copy()
        replayed = tracker.travel_back_in_time(float("inf"))  # Rasa's own copy
        assert _state(fast) == _state(replayed)
        fast.update(kinds[extra]())
        fast.slots["reflection_level"].value = "changed"
        if fast.active_loop is not None:
            fast.active_loop.is_interrupted = not fast.active_loop.is_interrupted
        assert (tracker.current_state(EventVerbosity.ALL), tracker.active_loop) == before

    check()


@pytest.fixture(scope="module")
def trained_agent() -> Any:
    from rasa.core.agent import Agent

    from rasa_project.rasa_server import MODEL_PATH

    if not MODEL_PATH.exists():
        pytest.fail(f"no trained model at {MODEL_PATH}: `make train` first")
    rasa_patches.install()
    return Agent.load(str(MODEL_PATH))


RUNNER_TEXTS = [
    "hi", "yes", "idk", "two months in and no sale yet and theres talk of cuts",
    "i feel like a failure after every call", "can i talk to my recruiter",
    "i dont want to wake up tomorrow", "my manager touches my shoulders and calls me sweetheart",
    "what's the weather in paris", "asdf qwerty", "", "stop",
]  # fmt: skip


def test_the_graph_runner_gives_dasks_results(trained_agent: Any) -> None:
    """The model's NLU graph and policy graph, run in order, answer what dask answers,
    for each message and for the conversation it makes."""
    from rasa.core.channels.channel import UserMessage
    from rasa.engine.constants import PLACEHOLDER_MESSAGE, PLACEHOLDER_TRACKER
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    processor = trained_agent.processor
    runner = processor.graph_runner
    nlu, core = processor.model_metadata.nlu_target, processor.model_metadata.core_target
    tracker = DialogueStateTracker.from_events("runner", [], slots=processor.domain.slots)
    tracker.update(ActionExecuted("action_listen"))
    compared = 0
    for text in RUNNER_TEXTS:
        parsed = [
            run(
                inputs={PLACEHOLDER_MESSAGE: [UserMessage(text)], PLACEHOLDER_TRACKER: tracker},
                targets=[nlu],
            )[nlu][0].as_dict(only_output_properties=True)
            for run in (runner.run_with_dask, runner.run)
        ]
        assert parsed[0] == parsed[1]
        tracker.update(UserUttered(text, parsed[1].get("intent"), parse_data=parsed[1]))
        predictions = [
            run(inputs={PLACEHOLDER_TRACKER: tracker}, targets=[core])[core]
            for run in (runner.run_with_dask, runner.run)
        ]
        assert predictions[0].probabilities == predictions[1].probabilities
        assert predictions[0].policy_name == predictions[1].policy_name
        best = predictions[1].max_confidence_index
        tracker.update(ActionExecuted(processor.domain.action_names_or_texts[best]))
        tracker.update(ActionExecuted("action_listen"))
        compared += 1
    assert compared == len(RUNNER_TEXTS)


def test_a_graph_input_named_like_a_node_is_refused(trained_agent: Any) -> None:
    from rasa.engine.exceptions import GraphRunError

    runner = trained_agent.processor.graph_runner
    node = trained_agent.processor.model_metadata.core_target
    with pytest.raises(GraphRunError, match="clashes with a node name"):
        runner.run(inputs={"x": node}, targets=[node])


def test_the_action_server_reads_the_same_from_the_lighter_conversation() -> None:
    """What the actions read of a conversation (turns, intents, themes, risk, who said
    what and when, the latest message, the slots) is the same in the lighter call; the
    call is smaller; the tracker's own events are unchanged."""
    import json

    from rasa.shared.core import events as e
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
    from rasa_sdk import Tracker

    from actions.checkin import user_turns
    from actions.handoff import handoff_reason, latest_user_event
    from rasa_project.conversation.transcript import transcript_lines
    from rasa_project.settings import PROJECT_ROOT

    rasa_patches.install()
    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    model = {"model_id": "m1", "assistant_id": "sounding-board"}
    logged: list[Any] = [e.ActionExecuted("action_session_start"), e.SessionStarted()]
    for n, intent in enumerate(["share_setback", "nlu_fallback", "risk_distress", "deny"]):
        parse = {
            "intent": {"name": intent, "confidence": 0.9},
            "entities": [],
            "text": f"message {n}",
            "message_id": f"id{n}",
            "metadata": {"checkin_id": 1},
            "text_tokens": [[0, 7], [8, 9]],
            "intent_ranking": [{"name": intent, "confidence": 0.9}] * 10,
            "themes": [{"name": "workload", "confidence": 0.8}],
            "risk": {"level": "distress" if "risk" in intent else "none", "confidence": 0.9},
        }
        logged += [
            e.ActionExecuted("action_listen", metadata=model),
            e.UserUttered(
                f"message {n}", parse["intent"], parse_data=parse, metadata={"checkin_id": 1}
            ),
            e.DefinePrevUserUtteredFeaturization(False),
            e.ActionExecuted("action_reflect", policy="rules", confidence=1.0, metadata=model),
            e.SlotSet("reflection_level", f"level {n}", metadata=model),
            e.BotUttered(f"question {n}?", {"elements": None}, metadata=model),
        ]
    logged.append(
        e.BotUttered("Hi, it's Sam.", {}, metadata={"sender": "recruiter", "name": "Sam"})
    )
    for t, event in enumerate(logged):
        event.timestamp = 1000.0 + t
    tracker = DialogueStateTracker.from_events("c", logged, domain.slots)
    before = [event.as_dict() for event in tracker.events]

    action = RemoteAction("action_reflect", EndpointConfig("http://127.0.0.1:1/webhook"))
    call = action._action_call_format(tracker, domain)
    full = tracker.current_state(EventVerbosity.ALL)
    assert len(json.dumps(call["tracker"])) < 0.6 * len(json.dumps(full))
    assert [event.as_dict() for event in tracker.events] == before

    light_view, full_view = Tracker.from_dict(call["tracker"]), Tracker.from_dict(full)

    def read(view: Tracker) -> tuple[Any, ...]:
        return (
            user_turns(view),
            handoff_reason(view),
            latest_user_event(view)["parse_data"]["risk"],
            transcript_lines(view.events),
            view.latest_message,
            view.slots,
            [event["event"] for event in view.events if event["event"] != "user_featurization"],
        )

    assert read(light_view) == read(full_view)
    assert full_view.latest_message["intent_ranking"]  # the latest message goes whole


def test_a_domains_emptiness_is_rasas_answer_kept() -> None:
    from rasa.shared.core.domain import Domain

    rasa_patches.install()
    from rasa_project.settings import PROJECT_ROOT

    loaded = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    empty = Domain.empty()
    assert [loaded.is_empty(), empty.is_empty()] == [False, True]
    assert [loaded.is_empty(), empty.is_empty()] == [False, True]  # kept, the same
    assert Domain.from_dict({}).is_empty() is True


YAML_SCALARS = """
count: 3
ratio: 0.5
flag: true
nothing: null
text: two months in
quoted: "42"
home: ${HOME}
"""


def test_yaml_scalars_keep_their_types() -> None:
    rasa_patches.fix_yaml_resolver()
    assert read_yaml(YAML_SCALARS) == {
        "count": 3,
        "ratio": 0.5,
        "flag": True,
        "nothing": None,
        "text": "two months in",
        "quoted": "42",
        "home": os.environ["HOME"],  # Rasa's ${...} resolver, the one for any character
    }


def test_the_resolver_lists_keep_their_length() -> None:
    rasa_patches.fix_yaml_resolver()
    resolver = VersionedResolver(version=(1, 2))
    lengths = {key: len(kept) for key, kept in resolver.versioned_resolver.items()}
    for value in ["two months in", "3", "true", "${HOME}"] * 50:
        resolver.resolve(ScalarNode, value, (True, False))
    assert {key: len(kept) for key, kept in resolver.versioned_resolver.items()} == lengths
    assert resolver.resolve(ScalarNode, "3", (True, False)) == "tag:yaml.org,2002:int"
    assert resolver.resolve(ScalarNode, "${HOME}", (True, False)) == "!env_var"
    assert resolver.resolve(ScalarNode, "3", (False, True)) == "tag:yaml.org,2002:str"


NLU, STORIES, DOMAIN = NLU_SCHEMA_FILE, CORE_SCHEMA_FILE, DOMAIN_SCHEMA_FILE
BAD_FILES = {
    "an unknown key": ('version: "3.1"\nnlu:\n- intnt: greet\n  examples: |\n    - hi\n', NLU),
    "examples a number": ('version: "3.1"\nnlu:\n- intent: greet\n  examples: 3\n', NLU),
    "not YAML": ("nlu:\n- intent: greet\n  examples: |\n - hi\n  : [\n", NLU),
    "a key twice": ('version: "3.1"\nnlu:\n- intent: a\n  intent: b\n  examples: "- hi"\n', NLU),
    "steps not a list": ('version: "3.1"\nrules:\n- rule: r\n  steps: 3\n', STORIES),
    "intents a string": ('version: "3.1"\nintents: greet\n', DOMAIN),
}


@pytest.mark.parametrize("content, schema", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_gets_rasas_own_error(content: str, schema: str) -> None:
    rasa_patches.quick_schema_check()
    with pytest.raises(Exception) as rasas:
        validation.validate_yaml_schema.__wrapped__(content, schema)
    with pytest.raises(type(rasas.value)) as ours:
        validation.validate_yaml_schema(content, schema)
    assert str(ours.value) == str(rasas.value)


def test_the_projects_files_pass_without_the_round_trip_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rasa_patches.quick_schema_check()
    readers: list[Any] = []
    rasa_read_yaml = rasa.shared.utils.io.read_yaml

    def read_yaml_seen(content: str, reader_type: Any = "safe") -> Any:
        readers.append(reader_type)
        return rasa_read_yaml(content, reader_type)

    monkeypatch.setattr(rasa.shared.utils.io, "read_yaml", read_yaml_seen)
    files = [(path, NLU) for path in sorted(ROOT.glob("data/nlu/*.yml"))]
    files += [(path, STORIES) for path in sorted(ROOT.glob("data/rules/*.yml"))]
    files.append((ROOT / "domain.yml", DOMAIN))
    for path, schema in files:
        validation.validate_yaml_schema(path.read_text(), schema)
    assert len(files) > 10 and readers and ["safe", "rt"] not in readers
    validation.validate_yaml_schema.__wrapped__(files[0][0].read_text(), NLU)
    assert ["safe", "rt"] in readers  # what Rasa's own check reads with
