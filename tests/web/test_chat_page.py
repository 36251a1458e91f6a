import pytest
from flask.testing import FlaskClient

from rasa_project.db import Database
from rasa_project.settings import Settings
from rasa_project.web import create_app


@pytest.fixture
def client(settings: Settings, database: Database) -> FlaskClient:
    return create_app(settings, database).test_client()


def test_the_chat_page_loads_the_widget_pointed_at_rasa(
    client: FlaskClient, settings: Settings
) -> None:
    response = client.get("/chat")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'src="/static/widget.js"' in html
    assert f'data-server-url="{settings.public_rasa_url}"' in html
    assert 'data-token-from="hash"' in html


def test_pages_carry_security_headers(client: FlaskClient, settings: Settings) -> None:
    headers = client.get("/chat").headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert f"connect-src 'self' {settings.public_rasa_url}" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"


def test_the_page_loads_nothing_from_outside(client: FlaskClient) -> None:
    html = client.get("/chat").get_data(as_text=True)
    assert "http://" not in html.replace('data-server-url="http://127.0.0.1', "")
    assert "https://" not in html


def test_health_and_unknown_routes(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/no-such-page").status_code == 404
