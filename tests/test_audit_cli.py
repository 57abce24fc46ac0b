"""``casedesk audit [CLIENT] [--limit N]``: the access log newest first, one line on bad input."""

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.models import AccessKind, AuditEntry, Worker, new_id
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft


@pytest.fixture
def logged(desk: Desk) -> dict[str, str]:
    ids = {"kalle": desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle")),
           "mette": desk.clients.create(ClientDraft(first_name="Mette", last_name="Sørensen"))}
    desk.clients.open(ids["kalle"])
    desk.clients.open(ids["mette"])
    with desk.session() as session:
        session.add(Worker(id="w-ben", name="Ben Olsen", team="Streetwork Nord"))
        # A colleague's entry a team lead's laptop would have received: not this caseworker's to read.
        session.add(AuditEntry(id=new_id(), at=datetime.now() + timedelta(hours=1), worker_id="w-ben",
                               device_id=new_id(), client_id=ids["kalle"], table_name="client",
                               record_id=ids["kalle"], kind=AccessKind.VIEW.value, sent=True))
    desk.close()
    return ids


def _run(monkeypatch, desk_path: Path, passphrase: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    return main(["audit", *args, "--desk", str(desk_path), "--passphrase-stdin"])


def test_the_log_of_one_client_newest_first(logged, monkeypatch, capsys, desk_path, passphrase):
    assert _run(monkeypatch, desk_path, passphrase, "Kalle") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["WHEN", "WORKER", "ACCESS"]
    body = lines[1:]
    assert body[0].split("  ")[0] >= body[-1].split("  ")[0]
    assert "view" in body[0] and "Anna" in body[0] and logged["kalle"] in body[0]
    assert any("create" in line for line in body)
    assert not any(logged["mette"] in line for line in body)
    assert not any("Ben Olsen" in line for line in body)


def test_the_whole_log_with_a_limit(logged, monkeypatch, capsys, desk_path, passphrase):
    assert _run(monkeypatch, desk_path, passphrase, "--limit", "1") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "view" in lines[1] and logged["mette"] in lines[1]
    assert _run(monkeypatch, desk_path, passphrase) == 0
    out = capsys.readouterr().out
    assert logged["kalle"] in out and logged["mette"] in out


def test_an_erased_client_keeps_its_entries_by_id(logged, monkeypatch, capsys, desk_path, passphrase):
    desk = Desk.open(desk_path, passphrase)
    desk.erasure.erase_client(logged["kalle"])
    desk.close()
    assert _run(monkeypatch, desk_path, passphrase, logged["kalle"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[1]
    assert "erase" in first and "(erased)" in first
    assert "Karl" not in out and "Kalle" not in out


@pytest.mark.parametrize(("args", "message"), [
    (("Nobody",), "no client matches 'Nobody'"),
    (("--limit", "0"), "is not a whole number of 1 or more"),
    (("--limit", "x"), "is not a whole number of 1 or more"),
])
def test_bad_input_fails_in_one_line(logged, monkeypatch, capsys, desk_path, passphrase, args, message):
    assert _run(monkeypatch, desk_path, passphrase, *args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and "Traceback" not in err[0]
