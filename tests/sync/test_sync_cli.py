"""``casedesk central …``, ``sync-setup`` and ``sync`` through ``casedesk.cli.main``."""

import io
import re

import pytest
from conftest import PASSPHRASE, encrypted_central_url

from casedesk.cli import main
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft


def _stdin(monkeypatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


@pytest.fixture
def laptop(tmp_path):
    path = tmp_path / "laptop.casedesk"
    desk = Desk.create(path, PASSPHRASE, worker_name="Anna", team="Nord", language="de")
    desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    desk.close()
    return path


def test_init_add_worker_setup_and_sync(tmp_path, laptop, monkeypatch, capsys):
    url = encrypted_central_url(tmp_path)
    assert main(["central", "init", "--url", url]) == 0
    assert main(["central", "add-worker", "--url", url, "--name", "Anna", "--team", "Nord"]) == 0
    printed = capsys.readouterr().out
    login = re.search(r"login:\s+(\S+)", printed).group(1)
    token = re.search(r"token:\s+(\S+)", printed).group(1)

    _stdin(monkeypatch, PASSPHRASE, token)
    assert main(["sync-setup", "--desk", str(laptop), "--passphrase-stdin", "--url", url, "--login", login]) == 0
    _stdin(monkeypatch, PASSPHRASE)
    assert main(["sync", "--desk", str(laptop), "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "sent 3 change(s)" in out
    # Credentials live only inside the encrypted desk.
    assert token.encode() not in laptop.read_bytes()
    assert main(["central", "devices", "--url", url]) == 0
    device_id = capsys.readouterr().out.split()[0]
    assert main(["central", "revoke-device", "--url", url, device_id]) == 0
    _stdin(monkeypatch, PASSPHRASE)
    assert main(["sync", "--desk", str(laptop), "--passphrase-stdin"]) == 2
    assert "revoked" in capsys.readouterr().err


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_sync_without_setup_is_one_line(laptop, monkeypatch, capsys):
    _stdin(monkeypatch, PASSPHRASE)
    assert main(["sync", "--desk", str(laptop), "--passphrase-stdin"]) == 2
    assert "sync-setup" in _one_line_error(capsys)


def test_unreachable_central_store_is_one_line(laptop, monkeypatch, capsys, tmp_path):
    _stdin(monkeypatch, PASSPHRASE, "token")
    assert main(["sync-setup", "--desk", str(laptop), "--passphrase-stdin", "--url",
                 encrypted_central_url(tmp_path, "missing"), "--login", "cd_x"]) == 2
    assert "cannot be reached" in _one_line_error(capsys)
    _stdin(monkeypatch, PASSPHRASE, "token")
    # Nothing listens on port 1 of the loopback address.
    assert main(["sync-setup", "--desk", str(laptop), "--passphrase-stdin", "--url",
                 "postgresql://127.0.0.1:1/casedesk", "--login", "cd_x"]) == 2
    assert "cannot be reached" in _one_line_error(capsys)


def test_wrong_credentials_and_missing_url_are_one_line(tmp_path, laptop, monkeypatch, capsys):
    url = encrypted_central_url(tmp_path)
    assert main(["central", "init", "--url", url]) == 0
    capsys.readouterr()
    _stdin(monkeypatch, PASSPHRASE, "wrong")
    assert main(["sync-setup", "--desk", str(laptop), "--passphrase-stdin", "--url", url, "--login", "cd_x"]) == 2
    assert "refused the login" in _one_line_error(capsys)
    monkeypatch.delenv("CASEDESK_CENTRAL_URL", raising=False)
    assert main(["central", "add-worker", "--name", "Ben"]) == 2
    assert "--url" in _one_line_error(capsys)


def test_postgres_init_and_add_worker(postgres_cluster, capsys):
    url = postgres_cluster.create_database("cli_central")
    assert main(["central", "init", "--url", url]) == 0
    assert main(["central", "add-worker", "--url", url, "--name", "Lea", "--role", "team_lead", "--team", "Nord"]) == 0
    assert "token:" in capsys.readouterr().out
