"""``casedesk statistics``: the funders' statistics of a period as a private CSV or PDF file."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import io
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from service_fixtures import PASSPHRASE, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.cli import main
from casedesk.models import local_now
from casedesk.services.desk import Desk
from casedesk.services.dto import ContactDraft
from casedesk.services.street import CodePersonDraft


def _earlier_today() -> datetime:
    """An hour ago, but today: the commands below count today only (also in the hour after midnight)."""
    return max(local_now() - timedelta(hours=1), datetime.combine(date.today(), time()))


def _run(monkeypatch: pytest.MonkeyPatch, desk_path: Path, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return main([*args, "--desk", str(desk_path), "--passphrase-stdin"])


def test_the_statistics_command_writes_the_period_and_names_no_one(desk: Desk, desk_path: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="QX99d", alias="Glimmerfrosch"))
    desk.contacts.record(ContactDraft(client_id=person, occurred_at=_earlier_today(),
                                      place="Bahnhof", items={"syringes": 10}))
    desk.close()
    out = tmp_path / "street.csv"
    today = date.today().isoformat()
    assert _run(monkeypatch, desk_path, "statistics", "--from", today, "--to", today, "--out", str(out)) == 0
    text = out.read_text("utf-8")
    assert "street_summary,anonymous_contacts,,1" in text and "street_items,syringes,,10" in text
    assert "street_places,Bahnhof,,1,0,0" in text and "kds_contacts,#definition" in text
    assert "QX99d" not in text and "Glimmerfrosch" not in text
    assert os.stat(out).st_mode & 0o777 == 0o600
    capsys.readouterr()
    assert _run(monkeypatch, desk_path, "statistics", "--from", today, "--to", today, "--out", str(out)) == 2
    assert "exists; add --force" in capsys.readouterr().err
    assert _run(monkeypatch, desk_path, "statistics", "--from", today, "--to", "2000-01-01", "--out", str(out),
                "--force") == 2
    assert capsys.readouterr().err.strip() == "casedesk: --to lies before --from"
    assert main(["statistics", "--from", "soon", "--to", today, "--out", str(out)]) == 2


def test_the_statistics_command_writes_a_pdf_in_the_chosen_language_and_the_team(desk: Desk, desk_path: Path,
                                                                                 tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    person = desk.street.create_code_person(CodePersonDraft(code="QX99d", alias="Glimmerfrosch"))
    desk.contacts.record(ContactDraft(client_id=person, occurred_at=_earlier_today(),
                                      place="Bahnhof", items={"naloxone": 3}))
    desk.close()
    out = tmp_path / "statistics.pdf"
    today = date.today().isoformat()
    assert _run(monkeypatch, desk_path, "statistics", "--from", today, "--to", today, "--format", "pdf",
                "--language", "de", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF") and os.stat(out).st_mode & 0o777 == 0o600
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Statistik für Zuwendungsgeber" in text and "Naloxon-Kits" in text and "Seite 1 von" in text
    assert "QX99d" not in text and "Glimmerfrosch" not in text
    # A CSV is never written over a PDF, nor a PDF over the CSV; --team on a caseworker's desk says so.
    csv_out = tmp_path / "team.csv"
    assert _run(monkeypatch, desk_path, "statistics", "--from", today, "--to", today, "--team",
                "--out", str(csv_out)) == 0
    assert "scope,team,,team Streetwork: this desk holds only the records of Anna Test" in csv_out.read_text("utf-8")
    assert _run(monkeypatch, desk_path, "statistics", "--from", today, "--to", today, "--out", str(out),
                "--force") == 2
