"""``casedesk merge``: two records of one person become one, after the typed name or with --yes."""

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.domain import ClientStatus
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft

Run = Callable[..., int]


class TerminalInput(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def pair(desk: Desk) -> dict[str, str]:
    ids = {
        "stays": desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier")),
        "goes": desk.clients.create(ClientDraft(first_name="Carl", last_name="Maier", alias="Kalle", phone="0170 1")),
    }
    desk.contacts.record(ContactDraft(client_id=ids["goes"], note="am Bahnhof"))
    desk.close()
    return ids


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, desk_path: Path, passphrase: str) -> Run:
    def run_command(*args: str, typed: str | None = None) -> int:
        text = passphrase + "\n" + (typed + "\n" if typed is not None else "")
        monkeypatch.setattr("sys.stdin", TerminalInput(text) if typed is not None else io.StringIO(text))
        return main([*args, "--desk", str(desk_path), "--passphrase-stdin"])

    return run_command


def reopened(desk_path: Path, passphrase: str) -> Desk:
    return Desk.open(desk_path, passphrase)


def test_merge_after_typing_the_name_of_the_record_that_goes(run: Run, pair, desk_path, passphrase, capsys) -> None:
    assert run("merge", pair["stays"], pair["goes"], "--take", "first_name", typed="Carl Maier Kalle") == 0
    out = capsys.readouterr().out
    assert "cannot be undone" in out and f"merged client {pair['goes']} into {pair['stays']}" in out
    desk = reopened(desk_path, passphrase)
    try:
        kept = desk.clients.get(pair["stays"]).draft
        assert (kept.first_name, kept.last_name, kept.alias, kept.phone) == ("Carl", "Meier", "Kalle", "0170 1")
        assert len(desk.contacts.timeline(pair["stays"])) == 1
        assert desk.clients.get(pair["goes"]).status == ClientStatus.MERGED.value
    finally:
        desk.close()


def test_merge_refused_when_the_name_differs_or_without_a_terminal(run: Run, pair, desk_path, passphrase,
                                                                   capsys) -> None:
    assert run("merge", pair["stays"], pair["goes"], typed="Karl Meier") == 2
    assert "nothing was merged" in capsys.readouterr().err
    assert run("merge", pair["stays"], pair["goes"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert run("merge", pair["stays"], pair["stays"], "--yes") == 2
    assert "itself" in capsys.readouterr().err
    desk = reopened(desk_path, passphrase)
    try:
        assert desk.clients.get(pair["goes"]).status == ClientStatus.ACTIVE.value
    finally:
        desk.close()
    assert run("merge", pair["stays"], pair["goes"], "--yes") == 0
    assert run("merge", pair["stays"], pair["goes"], "--yes") == 2
    assert "merged already" in capsys.readouterr().err
