"""A recruiter takes over through Rasa's API and hands back, seen from the widget's
socket (the socket.io protocol the widget speaks)."""

from collections.abc import Iterator

import pytest
import socketio

from rasa_project.rasa_api import RasaClient
from tests.stack import Stack
from tests.widget_socket import WidgetSocket

pytestmark = pytest.mark.system


@pytest.fixture
def widgets() -> Iterator[list[WidgetSocket]]:
    opened: list[WidgetSocket] = []
    yield opened
    for widget in opened:
        widget.client.disconnect()


def test_a_recruiter_takes_over_and_hands_back(stack: Stack, widgets: list[WidgetSocket]) -> None:
    token, conversation_id = stack.new_checkin(3)
    widget = WidgetSocket(stack.rasa_url, token)
    other = WidgetSocket(stack.rasa_url, stack.new_checkin(4)[0])
    widgets += [widget, other]

    widget.say("hello")
    assert widget.next()["text"].startswith(("Hi Priya!", "Welcome back, Priya."))
    widget.say("can i talk to sam please")
    assert widget.next()["text"].startswith("I've let Sam know you'd like to talk.")

    rasa = RasaClient(stack.settings)
    rasa.send_recruiter_message(conversation_id, "Hi Priya, it's Sam. A call at 3?", "Sam")
    assert widget.next(10) == {
        "text": "Hi Priya, it's Sam. A call at 3?",
        "sender": "recruiter",
        "name": "Sam",
    }
    widget.say("yes 3 works")  # paused: stored for the recruiter, no bot reply
    assert widget.nothing_within(2)
    assert stack.user_texts(conversation_id)[-1] == "yes 3 works"

    rasa.hand_back(conversation_id, "Sam")
    assert widget.next(10) == {"notice": "handed_back", "name": "Sam"}
    assert widget.next(10)["text"].startswith("Thanks for waiting, Priya.")
    widget.say("the night shifts are wrecking my sleep")
    reply = widget.next()["text"]  # the check-in goes on along the rules
    assert reply.endswith("?")
    assert not reply.startswith(("Sorry, I didn't quite follow", "Thank you for telling me"))

    assert other.nothing_within(1)  # another candidate's socket heard none of it


def test_a_socket_without_a_valid_token_is_refused(stack: Stack) -> None:
    client = socketio.Client(reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(stack.rasa_url, auth={"token": "forged"}, transports=["polling"])
