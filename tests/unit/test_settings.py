from pathlib import Path

import pytest

from rasa_project.settings import SECRET_NAMES, Settings, SettingsError


def test_production_refuses_missing_secrets_and_names_them(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"APP_ENV": "production", "VAR_DIR": str(tmp_path), "SECRET_KEY": "x"})
    assert "CHECKIN_TOKEN_SECRET" in str(error.value)
    assert "RASA_JWT_SECRET" in str(error.value)
    assert not (tmp_path / "dev-secrets.json").exists()


def test_development_generates_secrets_once_and_reuses_them(tmp_path: Path) -> None:
    first = Settings.from_env({"VAR_DIR": str(tmp_path)})
    second = Settings.from_env({"VAR_DIR": str(tmp_path)})
    assert first.checkin_token_secret == second.checkin_token_secret
    assert len({first.secret_key, first.checkin_token_secret, first.rasa_jwt_secret}) == 3
    assert oct((tmp_path / "dev-secrets.json").stat().st_mode)[-3:] == "600"


def test_given_secrets_win_over_generated_ones(tmp_path: Path) -> None:
    env = {"VAR_DIR": str(tmp_path), **{name: f"given-{name}" for name in SECRET_NAMES}}
    settings = Settings.from_env(env)
    assert settings.rasa_jwt_secret == "given-RASA_JWT_SECRET"
    assert not (tmp_path / "dev-secrets.json").exists()


def test_defaults_use_sqlite_under_var_and_the_documented_ports(tmp_path: Path) -> None:
    settings = Settings.from_env({"VAR_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'app.db'}"
    assert settings.tracker_store_url == f"sqlite:///{tmp_path / 'tracker.db'}"
    assert (settings.rasa_port, settings.action_port, settings.web_port) == (5005, 5055, 8080)


def test_database_url_switches_the_app_database(tmp_path: Path) -> None:
    url = "postgresql://postgres@127.0.0.1:5432/test"
    assert Settings.from_env({"VAR_DIR": str(tmp_path), "DATABASE_URL": url}).database_url == url


@pytest.mark.parametrize(
    ("name", "value"), [("RASA_PORT", "abc"), ("WEB_PORT", "-1"), ("APP_ENV", "staging")]
)
def test_malformed_values_are_refused_by_name(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({"VAR_DIR": str(tmp_path), name: value})


def test_secrets_are_kept_out_of_repr(tmp_path: Path) -> None:
    settings = Settings.from_env({"VAR_DIR": str(tmp_path)})
    assert settings.secret_key not in repr(settings)


def test_production_refuses_short_secrets(tmp_path: Path) -> None:
    env = {"APP_ENV": "production", "VAR_DIR": str(tmp_path)}
    env.update({name: "x" * 40 for name in SECRET_NAMES})
    env["RASA_JWT_SECRET"] = "short"
    with pytest.raises(SettingsError, match="RASA_JWT_SECRET"):
        Settings.from_env(env)
    env["RASA_JWT_SECRET"] = "y" * 40
    assert Settings.from_env(env).is_production
