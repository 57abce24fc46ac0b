"""The client's rights (issue 13, point 6): the retention rule and its review, and the command line
(``casedesk export --format pdf``, ``casedesk retention``)."""

import io
import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from casedesk.cli import main
from casedesk.domain import DEFAULT_RETENTION_YEARS, ClientStatus, Role
from casedesk.models import CaseEpisode, Client, Contact, TeamSetting, Worker
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.errors import ValidationFailed
from casedesk.services.rights import RightsService, add_years, whole_years

TODAY = date.today()


def years_ago(years: int, days: int = 0) -> date:
    return add_years(TODAY, -years) - timedelta(days=days)


def client(desk: Desk, name: str, *closed: date | None, contact: date | None = None, **fields) -> str:
    """A client whose episodes closed on ``closed`` (None: an open episode)."""
    client_id = desk.clients.create(ClientDraft(first_name=name, **fields))
    with desk.session() as session:
        [first] = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).all()
        first.deleted = not closed
        for index, closed_on in enumerate(closed):
            episode = first if index == 0 else CaseEpisode(client_id=client_id)
            episode.opened_on = (closed_on or TODAY) - timedelta(days=200)
            episode.closed_on = closed_on
            episode.phase = "closed" if closed_on else "monitoring"
            session.add(episode)
        if contact:
            session.add(Contact(client_id=client_id, occurred_at=datetime.combine(contact, datetime.min.time()),
                                type="street"))
    return client_id


def as_role(desk: Desk, role: Role) -> None:
    desk.identity = replace(desk.identity, role=role.value)


def test_a_case_closed_longer_ago_than_the_rule_is_listed_a_recent_or_open_one_not(desk: Desk):
    eleven = client(desk, "Elf", years_ago(11))
    client(desk, "Neun", years_ago(9))
    client(desk, "Offen", None)
    client(desk, "Alt und neu", years_ago(12), None)
    client(desk, "Wiedergekommen", years_ago(11), contact=years_ago(2))
    twelve = client(desk, "Zwei", years_ago(15), years_ago(12, days=3))
    client(desk, "Ohne Fall")

    due = RightsService(desk).due_for_erasure()

    assert [(c.name, c.years, c.retention_years) for c in due] == [("Zwei", 12, 10), ("Elf", 11, 10)]
    assert [c.client_id for c in due] == [twelve, eleven]
    assert due[0].closed_on == years_ago(12, days=3)


def test_the_rule_is_the_teams_and_only_a_lead_changes_it(desk: Desk):
    client(desk, "Neun", years_ago(9))
    rights = RightsService(desk)
    assert rights.retention_years() == DEFAULT_RETENTION_YEARS == 10
    with pytest.raises(ValidationFailed) as refused:
        rights.set_retention_years(5)
    assert refused.value.problems == {"retention_years": "leads_only"}
    as_role(desk, Role.TEAM_LEAD)
    for bad in (0, 101, True):
        with pytest.raises(ValidationFailed):
            rights.set_retention_years(bad)
    desk.caseload.set_limit(12)
    rights.set_retention_years(5)
    assert rights.retention_years() == 5 and desk.caseload.limit() == 12
    with desk.session() as session:
        assert len(session.scalars(select(TeamSetting)).all()) == 1, "one row per team carries both"
    assert [c.name for c in rights.due_for_erasure()] == ["Neun"]
    assert rights.retention_years("Other team") == 10


def test_a_client_follows_the_rule_of_their_case_managers_team(desk: Desk):
    as_role(desk, Role.ADMIN)
    RightsService(desk).set_retention_years(20)
    with desk.session() as session:
        session.add(Worker(id="w-nord", name="Nora Nord", team="Nord"))
        session.add(TeamSetting(team="Nord", retention_years=5))
    theirs = client(desk, "Nords", years_ago(6))
    with desk.session() as session:
        session.get(Client, theirs).responsible_worker_id = "w-nord"
    client(desk, "Meins", years_ago(11))
    assert [(c.name, c.retention_years) for c in RightsService(desk).due_for_erasure()] == [("Nords", 5)]


def test_the_reviewed_batch_is_erased_with_progress_and_stops_when_cancelled(desk: Desk):
    ids = [client(desk, f"K{n}", years_ago(11 + n)) for n in range(3)]
    rights = RightsService(desk)
    seen: list[tuple[int, int]] = []
    batch = rights.erase(ids[:2], progress=lambda done, total: seen.append((done, total)))
    assert batch.erased == ids[:2] and not batch.cancelled
    assert seen == [(0, 2), (1, 2), (2, 2)]
    with desk.session() as session:
        assert [session.get(Client, i).status for i in ids] == [ClientStatus.ERASED.value] * 2 + ["active"]
    assert [c.client_id for c in rights.due_for_erasure()] == [ids[2]]
    assert rights.erase(ids[2:], cancelled=lambda: True).cancelled
    assert [c.client_id for c in rights.due_for_erasure()] == [ids[2]]


def test_whole_years_and_leap_days():
    assert whole_years(date(2014, 6, 2), date(2025, 6, 1)) == 10
    assert whole_years(date(2014, 6, 2), date(2025, 6, 2)) == 11
    assert add_years(date(2024, 2, 29), 10) == date(2034, 2, 28)


# --- the command line ---------------------------------------------------------------------------
def _run(monkeypatch: pytest.MonkeyPatch, desk_path: Path, passphrase: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    return main([*args, "--desk", str(desk_path), "--passphrase-stdin"])


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casedesk: "), err
    return lines[0]


def test_export_pdf_writes_the_clients_copy_privately(desk: Desk, desk_path: Path, passphrase: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    client(desk, "Karla", years_ago(1), last_name="Meier", languages="dansk")
    desk.close()
    out = tmp_path / "copy.pdf"

    assert _run(monkeypatch, desk_path, passphrase, "export", "Karla", "--format", "pdf", "--out", str(out)) == 0

    assert os.stat(out).st_mode & 0o777 == 0o600
    reader = pypdf.PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Indsigt i dine oplysninger" in text and "Karla Meier" in text
    assert "Karla" not in " ".join(str(value) for value in (reader.metadata or {}).values())
    capsys.readouterr()
    assert _run(monkeypatch, desk_path, passphrase, "export", "Karla", "--format", "pdf", "--out", str(out)) == 2
    assert "exists; add --force" in _one_line_error(capsys)
    assert _run(monkeypatch, desk_path, passphrase, "export", "Karla", "--format", "pdf", "--language", "en",
                "--out", str(out), "--force") == 0
    assert "Your personal data" in "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)


@pytest.mark.parametrize(("args", "message"), [
    (("export", "Karla", "--format", "pdf", "--out", "notes.txt"), "is not a CaseDesk export"),
    (("export", "Karla", "--format", "pdf", "--out", "data.json"), "is not a CaseDesk export"),
    (("export", "Nobody", "--format", "pdf", "--out", "x.pdf"), "no client matches 'Nobody'"),
    (("export", "Karla", "--language", "da", "--out", "x.json"), "--language is for --format pdf"),
    (("retention", "--yes"), "--yes confirms --erase"),
])
def test_the_commands_refuse_in_one_line(desk: Desk, desk_path: Path, passphrase: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                         args: tuple[str, ...], message: str) -> None:
    client(desk, "Karla", years_ago(1))
    desk.close()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("notes", "utf-8")
    (tmp_path / "data.json").write_text("{}", "utf-8")

    assert _run(monkeypatch, desk_path, passphrase, *args) == 2

    assert message in _one_line_error(capsys)
    assert (tmp_path / "notes.txt").read_text("utf-8") == "notes"
    assert (tmp_path / "data.json").read_text("utf-8") == "{}"


def test_retention_lists_and_erases_only_with_yes(desk: Desk, desk_path: Path, passphrase: str,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    old = client(desk, "Alt", years_ago(11))
    client(desk, "Neu", years_ago(2))
    desk.close()

    assert _run(monkeypatch, desk_path, passphrase, "retention") == 0
    out = capsys.readouterr().out
    assert "Alt" in out and old in out and "11 years" in out and "Neu" not in out
    assert _run(monkeypatch, desk_path, passphrase, "retention", "--erase") == 2
    assert "add --yes" in _one_line_error(capsys)
    assert _run(monkeypatch, desk_path, passphrase, "retention", "--erase", "--yes") == 0
    assert "erased 1 client(s)" in capsys.readouterr().out
    assert _run(monkeypatch, desk_path, passphrase, "retention") == 0
    assert "no client is due: closed cases are kept 10 years" in capsys.readouterr().out
    reopened = Desk.open(desk_path, passphrase)
    try:
        with reopened.session() as session:
            assert session.get(Client, old).status == ClientStatus.ERASED.value
    finally:
        reopened.close()
