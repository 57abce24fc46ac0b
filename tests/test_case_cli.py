"""``casedesk erase|handover|deputy|workers``: the case commands, and their one-line refusals."""

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.domain import ClientStatus
from casedesk.models import TeamSetting, Worker
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter

Run = Callable[..., int]
Reopen = Callable[[], Desk]


class TerminalInput(io.StringIO):
    """Standard input as a worker typing at a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def caseload(desk: Desk) -> dict[str, str]:
    ids = {
        "kalle": desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle")),
        "mette": desk.clients.create(ClientDraft(first_name="Mette", last_name="Sørensen")),
    }
    with desk.session() as session:
        for worker_id, name in (("w-ben", "Ben Olsen"), ("w-bente", "Bente Olsen"), ("w-clara", "Clara Hansen")):
            session.add(Worker(id=worker_id, name=name, team="Streetwork Nord"))
    ids["me"] = desk.identity.worker_id
    desk.close()
    return ids


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, desk_path: Path, passphrase: str) -> Run:
    """Run a command with the passphrase on stdin; ``typed`` is what the worker types at the terminal after it."""

    def run_command(*args: str, typed: str | None = None) -> int:
        text = passphrase + "\n" + (typed + "\n" if typed is not None else "")
        monkeypatch.setattr("sys.stdin", TerminalInput(text) if typed is not None else io.StringIO(text))
        return main([*args, "--desk", str(desk_path), "--passphrase-stdin"])

    return run_command


@pytest.fixture
def reopen(desk_path: Path, passphrase: str) -> Reopen:
    return lambda: Desk.open(desk_path, passphrase)


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casedesk: "), err
    return lines[0]


def test_erase_with_yes_blanks_the_client(run: Run, reopen: Reopen,
                                          capsys: pytest.CaptureFixture[str],
                                          caseload: dict[str, str]) -> None:
    assert run("erase", "Kalle", "--yes") == 0

    assert caseload["kalle"] in capsys.readouterr().out
    desk = reopen()
    try:
        details = desk.clients.get(caseload["kalle"])
        assert (details.status, details.draft.first_name, details.draft.alias) == (ClientStatus.ERASED.value, "", "")
        assert desk.clients.list(ClientFilter(text="Kalle", include_closed=True)) == []
        assert desk.clients.get(caseload["mette"]).draft.first_name == "Mette"
    finally:
        desk.close()


def test_erase_after_typing_the_displayed_name(run: Run, reopen: Reopen, caseload: dict[str, str]) -> None:
    assert run("erase", "Mette", typed="Mette Sørensen") == 0

    desk = reopen()
    try:
        assert desk.clients.get(caseload["mette"]).status == ClientStatus.ERASED.value
    finally:
        desk.close()


def test_erase_refused_when_the_typed_name_differs(run: Run, reopen: Reopen,
                                                   capsys: pytest.CaptureFixture[str],
                                                   caseload: dict[str, str]) -> None:
    assert run("erase", "Kalle", typed="Karl") == 2

    assert "nothing was erased" in _one_line_error(capsys)
    desk = reopen()
    try:
        assert desk.clients.get(caseload["kalle"]).draft.first_name == "Karl"
    finally:
        desk.close()


def test_erase_without_yes_refuses_when_stdin_is_no_terminal(run: Run, reopen: Reopen,
                                                             capsys: pytest.CaptureFixture[str],
                                                             caseload: dict[str, str]) -> None:
    assert run("erase", "Kalle") == 2

    assert "--yes" in _one_line_error(capsys)
    desk = reopen()
    try:
        assert desk.clients.get(caseload["kalle"]).status == ClientStatus.ACTIVE.value
    finally:
        desk.close()


def test_handover_by_worker_name(run: Run, reopen: Reopen, caseload: dict[str, str]) -> None:
    assert run("handover", "Kalle", "--to", "clara hansen") == 0

    desk = reopen()
    try:
        details = desk.clients.get(caseload["kalle"])
        assert (details.responsible_name, details.is_mine) == ("Clara Hansen", False)
    finally:
        desk.close()


def test_deputy_by_unique_part_of_a_name_and_removed_again(run: Run, reopen: Reopen,
                                                           caseload: dict[str, str]) -> None:
    assert run("deputy", "Mette", "--to", "Clara") == 0
    desk = reopen()
    try:
        assert desk.clients.get(caseload["mette"]).deputy_name == "Clara Hansen"
    finally:
        desk.close()

    assert run("deputy", "Mette", "--none") == 0
    desk = reopen()
    try:
        assert desk.clients.get(caseload["mette"]).deputy_name == ""
    finally:
        desk.close()


def test_deputy_for_a_period_and_a_handover_with_a_note(run: Run, reopen: Reopen, caseload: dict[str, str],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run("deputy", "Mette", "--to", "Clara", "--from", "2026-12-21", "--until", "2027-01-03") == 0
    assert "Clara Hansen deputises for Mette Sørensen from 2026-12-21 until 2027-01-03" in capsys.readouterr().out
    assert run("handover", "Kalle", "--to", "Clara", "--note", "Termin Jobcenter am Montag") == 0
    desk = reopen()
    try:
        assignment = desk.workers.assignment(caseload["mette"])
        assert (assignment.deputy_from, assignment.deputy_until) == (date(2026, 12, 21), date(2027, 1, 3))
        assert desk.documents.handover_summary(caseload["kalle"], "de").handover_note == "Termin Jobcenter am Montag"
    finally:
        desk.close()


def test_a_date_that_is_no_date_ends_with_one_line(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("deputy", "Mette", "--to", "Clara", "--until", "31.12.2026") == 2
    assert "'31.12.2026' is no date (YYYY-MM-DD)" in _one_line_error(capsys)


def test_assigning_past_the_teams_caseload_limit_warns_and_assigns(run: Run, reopen: Reopen,
                                                                  caseload: dict[str, str],
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    desk = reopen()
    try:
        with desk.session() as session:
            session.add(TeamSetting(team="Streetwork Nord", caseload_limit=1))
    finally:
        desk.close()
    assert run("handover", "Mette", "--to", "Clara") == 0
    assert "warning" not in capsys.readouterr().err
    assert run("handover", "Kalle", "--to", "Clara") == 0
    assert "warning: Clara Hansen now has 2 clients; the team's limit is 1" in capsys.readouterr().err
    assert run("deputy", "Kalle", "--to", "Ben Olsen") == 0
    assert "warning" not in capsys.readouterr().err
    desk = reopen()
    try:
        assert desk.clients.get(caseload["kalle"]).responsible_name == "Clara Hansen"
    finally:
        desk.close()


def test_exact_worker_name_wins_over_a_longer_name_containing_it(run: Run, reopen: Reopen,
                                                                 caseload: dict[str, str]) -> None:
    assert run("deputy", "Kalle", "--to", "ben olsen") == 0

    desk = reopen()
    try:
        assert desk.clients.get(caseload["kalle"]).deputy_name == "Ben Olsen"
    finally:
        desk.close()


@pytest.mark.parametrize(("args", "expected"), [
    (("handover", "Kalle", "--to", "Olsen"), "2 workers match"),
    (("handover", "Kalle", "--to", "Nobody"), "no worker matches"),
    (("deputy", "Kalle", "--to", "Anna Becker"), "cannot deputise"),
    (("handover", "Niemand", "--to", "Clara"), "no client matches"),
    (("erase", "M", "--yes"), "2 clients match"),
    (("deputy", "Kalle", "--to", "Clara", "--from", "2026-12-10", "--until", "2026-12-01"), "before it starts"),
])
def test_unknown_or_ambiguous_names_end_with_one_line(run: Run, reopen: Reopen,
                                                      capsys: pytest.CaptureFixture[str],
                                                      caseload: dict[str, str],
                                                      args: tuple[str, ...], expected: str) -> None:
    assert run(*args) == 2

    assert expected in _one_line_error(capsys)
    desk = reopen()
    try:
        kalle = desk.clients.get(caseload["kalle"])
        assert (kalle.status, kalle.is_mine, kalle.deputy_name) == (ClientStatus.ACTIVE.value, True, "")
    finally:
        desk.close()


def test_workers_lists_every_known_worker(run: Run, capsys: pytest.CaptureFixture[str],
                                          caseload: dict[str, str]) -> None:
    assert run("workers") == 0

    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].split() == ["ID", "NAME", "TEAM", "ROLE"]
    assert [line.split("  ")[0].strip() for line in lines[1:]] == [caseload["me"], "w-ben", "w-bente", "w-clara"]
    assert all("Streetwork Nord" in line and line.endswith("caseworker") for line in lines[1:])
