"""The audit key lives outside the database: from the environment, or (in development) a file of
the instance folder that only its owner may read; production refuses to start without one."""

import secrets
import stat

import pytest

from governance import audit_key
from governance.config import Config


def test_the_environment_key_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("AUDIT_KEY", "k" * 40)
    assert audit_key.load(tmp_path) == b"k" * 40
    assert not (tmp_path / audit_key.KEY_FILE).exists()


def test_development_makes_a_private_key_file_once(monkeypatch, tmp_path):
    monkeypatch.delenv("AUDIT_KEY", raising=False)
    first = audit_key.load(tmp_path / "instance")
    path = tmp_path / "instance" / audit_key.KEY_FILE
    assert len(first) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert audit_key.load(tmp_path / "instance") == first


@pytest.mark.parametrize("key", [None, "", "too short"])
def test_production_refuses_to_start_without_a_real_audit_key(monkeypatch, tmp_path, key):
    monkeypatch.setenv("GOVERNANCE_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(48))
    if key is None:
        monkeypatch.delenv("AUDIT_KEY", raising=False)
    else:
        monkeypatch.setenv("AUDIT_KEY", key)
    with pytest.raises(RuntimeError, match="AUDIT_KEY must be set in production"):
        Config(str(tmp_path)).check()


def test_production_starts_with_one(monkeypatch, tmp_path):
    monkeypatch.setenv("GOVERNANCE_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(48))
    monkeypatch.setenv("AUDIT_KEY", secrets.token_urlsafe(32))
    Config(str(tmp_path)).check()
