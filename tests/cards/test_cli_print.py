"""``casedesk print …``: every document kind from the command line, and one-line errors."""

import io
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from card_fixtures import PASSPHRASE, contains, long_card

from casedesk.cli import main
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft


def _run(monkeypatch: pytest.MonkeyPatch, desk_path: Path, *args: str, passphrase: str = PASSPHRASE) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    return main(["print", *args, "--desk", str(desk_path), "--passphrase-stdin"])


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def prepared(desk: Desk, client_id: str) -> dict[str, str]:
    desk.cards.save(client_id, long_card("da"))
    contact_id = desk.contacts.record(ContactDraft(
        client_id=client_id, type="street", occurred_at=datetime(2025, 3, 5, 21, 30), duration_minutes=20,
        note="Am Südausgang getroffen, wirkt erschöpft."))
    desk.close()
    return {"client": client_id, "contact": contact_id}


@pytest.mark.parametrize(("document", "subject", "expected"), [
    ("card", "Jürgen", "tilbagefald"),
    ("cards", "", "Jürgen"),
    ("plan", "Großmann", "Hilfeplan"),
    ("protocol", "{contact}", "Südausgang"),
    ("handover", "Jojo", "Übergabebogen"),
    ("report", "2025-03", "März"),
])
def test_each_document_is_written(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                  tmp_path: Path, desk_path: Path, prepared: dict[str, str], document: str,
                                  subject: str, expected: str) -> None:
    out = tmp_path / f"{document}.pdf"
    arguments = [document, subject.format(**prepared)] if subject else [document]

    assert _run(monkeypatch, desk_path, *arguments, "--out", str(out)) == 0

    assert contains(_text(out), expected)
    assert capsys.readouterr().out.strip() == str(out)


def test_language_option_overrides_the_desk_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     desk_path: Path, prepared: dict[str, str]) -> None:
    out = tmp_path / "plan.pdf"
    assert _run(monkeypatch, desk_path, "plan", prepared["client"], "--out", str(out), "--language", "da") == 0
    assert contains(_text(out), "Serviceplan") or contains(_text(out), "Handleplan")


def _assert_one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("casedesk: ")
    assert "Traceback" not in captured.err
    for word in words:
        assert word in lines[0]


def test_ambiguous_client(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                          desk: Desk, desk_path: Path, client_id: str) -> None:
    desk.clients.create(ClientDraft(first_name="Jürgen", last_name="Møller"))
    desk.close()
    out = tmp_path / "card.pdf"
    assert _run(monkeypatch, desk_path, "plan", "Jürgen", "--out", str(out)) == 2
    _assert_one_line_error(capsys, "2 clients match")
    assert not out.exists()


def test_unknown_client(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                        desk_path: Path, prepared: dict[str, str]) -> None:
    assert _run(monkeypatch, desk_path, "handover", "Niemand", "--out", str(tmp_path / "x.pdf")) == 2
    _assert_one_line_error(capsys, "no client matches")


def test_client_without_card(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                             desk: Desk, desk_path: Path) -> None:
    desk.clients.create(ClientDraft(alias="Kalle"))
    desk.close()
    assert _run(monkeypatch, desk_path, "card", "Kalle", "--out", str(tmp_path / "x.pdf")) == 2
    _assert_one_line_error(capsys, "no relapse card")


def test_unknown_contact(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                         desk_path: Path, prepared: dict[str, str]) -> None:
    assert _run(monkeypatch, desk_path, "protocol", "no-such-contact", "--out", str(tmp_path / "x.pdf")) == 2
    _assert_one_line_error(capsys, "not found")


def test_wrong_passphrase(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                          desk_path: Path, prepared: dict[str, str]) -> None:
    out = tmp_path / "card.pdf"
    assert _run(monkeypatch, desk_path, "card", "Jürgen", "--out", str(out), passphrase="falsch falsch") == 2
    _assert_one_line_error(capsys, "wrong passphrase")
    assert not out.exists()


def test_bad_month(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                   desk_path: Path, prepared: dict[str, str]) -> None:
    assert _run(monkeypatch, desk_path, "report", "März", "--out", str(tmp_path / "x.pdf")) == 2
    _assert_one_line_error(capsys, "2026-11")


def test_card_that_does_not_fit(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                tmp_path: Path, desk: Desk, desk_path: Path, client_id: str) -> None:
    draft = long_card("de")
    draft.situations[0].alternatives = "Zum Kontaktladen gehen und reden. " * 60
    desk.cards.save(client_id, draft)
    desk.close()
    out = tmp_path / "card.pdf"
    assert _run(monkeypatch, desk_path, "card", "Jürgen", "--out", str(out)) == 2
    _assert_one_line_error(capsys, "does not fit")
    assert not out.exists()


def test_a_card_that_does_not_fit_is_refused_naming_client_panel_field_and_amount(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, desk: Desk,
        desk_path: Path, client_id: str) -> None:
    card = long_card("de")
    card.situations[0].alternatives = "Ich gehe zum Kontaktladen und rede mit jemandem darüber. " * 40
    desk.cards.save(client_id, card)
    desk.close()
    out = tmp_path / "card.pdf"
    assert _run(monkeypatch, desk_path, "card", "Jürgen", "--out", str(out)) == 2
    _assert_one_line_error(capsys, "Jürgen Großmann", "what to do panel", "situations.0.alternatives",
                           "characters", "too long")
    assert not out.exists()
