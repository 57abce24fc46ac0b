"""Every bad input to the command line ends in one line on stderr and exit code 2, never a traceback."""

import io
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.output import central_store_file

PASSPHRASE = "correct horse battery staple"
SECRET = "Geheimnotiz-Hafenkran"


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    desk = Desk.create(root / "desk.casedesk", PASSPHRASE, worker_name="Anna", team="", language="de")
    for name in ("Quirin", "Quentin"):
        client_id = desk.clients.create(ClientDraft(first_name=name, last_name="Wendeborn", emergency_notes=SECRET))
        desk.contacts.record(ContactDraft(client_id=client_id, note=SECRET, duration_minutes=10,
                                          occurred_at=datetime(2026, 1, 5, 10, 0)))
    desk.close()
    (root / "folder").mkdir()
    (root / "notes.txt").write_text("my notes")
    (root / "old.pdf").write_bytes(b"%PDF-1.4 old")
    (root / "empty.casedesk").touch()
    (root / "zeros.casedesk").write_bytes(bytes(4096))
    sqlite3.connect(root / "plain.db").execute("CREATE TABLE t (x)").connection.close()
    (root / "central.db").write_bytes(b"central")
    (root / "desk.casedesk-wal").write_bytes(b"")
    return root


def _cases() -> list[tuple[list[str], bytes]]:
    good = PASSPHRASE.encode() + b"\n"
    desk = ["--desk", "{root}/desk.casedesk"]
    plan = ["print", "plan", "Quirin", *desk, "--passphrase-stdin", "--out"]
    report = ["print", "report", *desk, "--passphrase-stdin", "--out", "{root}/r.pdf"]
    cases: list[tuple[list[str], bytes]] = [
        # Arguments argparse refuses.
        (["--nonsense"], b""), (["--desk"], b""), (["--language", "xx", "workers"], b""), (["bogus"], b""),
        (["print"], b""), (["print", "plan"], b""), (["print", "bogus", "--out", "x.pdf"], b""),
        (["workers", "--language"], b""), (["demo", "--clients", "many"], b""),
        (["demo", "--clients", "0", "--path", "{root}/d.casedesk"], b""),
        (["demo", "--contacts", "-1", "--path", "{root}/d.casedesk"], b""),
        (["demo", "--passphrase", "short", "--path", "{root}/d.casedesk"], b""),
        (["demo", "--passphrase", "x'" + "ab" * 32 + "'", "--path", "{root}/d.casedesk"], b""),
        (["demo", "--path", "{root}/desk.casedesk"], b""),
        (["demo", "--path", "{root}/folder", "--force"], b""),
        (["central", "init", "--url", "sqlite:///{root}/c.db", "--tombstone-days", "-5"], b""),
        (["central", "init", "--url", "sqlite:///{root}/c.db", "--tombstone-days", "soon"], b""),
        # Where a document must never go.
        ([*plan, "{root}/desk.casedesk"], good), ([*plan, "{root}/desk.casedesk-wal"], good),
        ([*plan, "{root}/desk.casedesk-shm"], good), ([*plan, "{root}/folder"], good),
        ([*plan, "{root}/notes.txt"], good), ([*plan, "{root}/notes.txt", "--force"], good),
        ([*plan, "{root}/old.pdf"], good), ([*plan, "{root}/central.db"], good),
        ([*plan, "{root}/no/such/folder/x.pdf"], good),
        # Report months.
        *[([*report[:2], month, *report[2:]], good) for month in (
            "0-01", "99999-01", "2026-13", "2026-00", "abc", "2026-1-1", "-5", "2026-", "1e3-01", "2026-01-",
            "--", "9999-12", "0000-00")],
        # Clients and contacts that are not there.
        ([*plan[:2], "", *plan[3:], "{root}/p.pdf"], good),
        ([*plan[:2], "Nobody", *plan[3:], "{root}/p.pdf"], good),
        ([*plan[:2], "Qu", *plan[3:], "{root}/p.pdf"], good),
        ([*plan[:2], "\x00", *plan[3:], "{root}/p.pdf"], good),
        ([*plan[:2], "Q" * 100_000, *plan[3:], "{root}/p.pdf"], good),
        (["print", "protocol", "not-a-contact", *desk, "--passphrase-stdin", "--out", "{root}/p.pdf"], good),
        (["print", "card", "Quirin", *desk, "--passphrase-stdin", "--out", "{root}/p.pdf"], good),
        (["print", "cards", *desk, "--passphrase-stdin", "--out", "{root}/p.pdf"], good),
        (["erase", "Nobody", "--yes", *desk, "--passphrase-stdin"], good),
        (["handover", "Quirin", "--to", "Nobody", *desk, "--passphrase-stdin"], good),
        (["deputy", "Quirin", "--to", "", *desk, "--passphrase-stdin"], good),
        # Passphrases.
        (["workers", *desk, "--passphrase-stdin"], b""), (["workers", *desk, "--passphrase-stdin"], b"\n"),
        (["workers", *desk, "--passphrase-stdin"], b"\x00\n"),
        (["workers", *desk, "--passphrase-stdin"], b"long enough\x00but nul\n"),
        (["workers", *desk, "--passphrase-stdin"], b"\xff\xfe\xfa\n"),
        (["workers", *desk, "--passphrase-stdin"], b"\xed\xb2\x80 lone surrogate\n"),
        (["workers", *desk, "--passphrase-stdin"], b"wrong passphrase\n"),
        (["workers", *desk, "--passphrase-stdin"], b"x'" + b"ab" * 32 + b"'\n"),
        (["workers", *desk, "--passphrase-stdin"], b"p" * 1_000_000 + b"\n"),
        # Desks that are no desk.
        *[(["workers", "--desk", f"{{root}}/{name}", "--passphrase-stdin"], good) for name in (
            "missing.casedesk", "folder", "notes.txt", "empty.casedesk", "zeros.casedesk", "plain.db",
            "desk.casedesk-wal", "old.pdf", "no/such/folder/desk.casedesk")],
        (["workers", "--desk", "/dev/null", "--passphrase-stdin"], good),
        (["workers", "--desk", "", "--passphrase-stdin"], good),
        # Global options after the subcommand go to the same place.
        (["workers", "--desk", "{root}/missing.casedesk", "--passphrase-stdin"], good),
        (["--desk", "{root}/missing.casedesk", "workers", "--passphrase-stdin"], good),
        (["--desk", "{root}/missing.casedesk", "sync", "--passphrase-stdin"], good),
        (["sync", "--desk", "{root}/missing.casedesk", "--passphrase-stdin"], good),
        # Sync and the central store.
        (["sync", *desk, "--passphrase-stdin"], good),
        (["sync-setup", "--url", "bogus://x", "--login", "a", *desk, "--passphrase-stdin"], good),
        (["central", "init", "--url", "not a url"], b""),
        (["central", "init", "--url", "sqlite:///{root}/desk.casedesk"], b""),
        (["central", "init", "--url", "sqlite:///{root}/folder"], b""),
        (["central", "init", "--url", "postgresql://nobody@127.0.0.1:1/none"], b""),
    ]
    return cases


CASES = _cases()


@pytest.mark.parametrize(("argv", "stdin"), CASES, ids=[f"{n:02d}" for n in range(len(CASES))])
def test_a_bad_input_is_one_line_and_exit_code_2(place: Path, argv: list[str], stdin: bytes,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CASEDESK_HOME", str(place / "home"))
    monkeypatch.setenv("CASEDESK_CENTRAL_URL", f"sqlite:///{place}/central.db")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    before = (place / "desk.casedesk").read_bytes()

    code = main([arg.replace("{root}", str(place)) for arg in argv])

    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert SECRET not in err
    assert (place / "desk.casedesk").read_bytes() == before
    assert not os.path.exists(place / "d.casedesk")


def test_there_are_many_hostile_inputs() -> None:
    assert len(CASES) >= 67


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_count_before_and_after_the_subcommand(place: Path, where: str, monkeypatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CASEDESK_HOME", str(place / "home"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    given = ["--desk", str(place / "elsewhere.casedesk")]
    argv = [*given, "sync", "--passphrase-stdin"] if where == "before" else ["sync", *given, "--passphrase-stdin"]

    assert main(argv) == 2

    assert "elsewhere.casedesk" in capsys.readouterr().err


def test_a_document_is_written_0600_and_replaced_only_with_force(place: Path, monkeypatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = place / "plan.pdf"
    argv = ["print", "plan", "Quirin", "--desk", str(place / "desk.casedesk"), "--passphrase-stdin", "--out", str(out)]

    def run(*extra: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        return main([*argv, *extra])

    assert run() == 0
    out.chmod(0o644)
    assert run() == 2
    assert "--force" in capsys.readouterr().err
    assert run("--force") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:////srv/central.db", "/srv/central.db"), ("sqlcipher:////srv/c.db?keyfile=/k", "/srv/c.db"),
    ("sqlite:///relative.db", "relative.db"), ("postgresql://u@host/db", None), ("", None)])
def test_a_local_central_store_is_known_by_its_file(url: str, expected: str | None) -> None:
    found = central_store_file(url)
    assert (str(found) if found else None) == expected
