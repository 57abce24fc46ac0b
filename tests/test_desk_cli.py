"""``casedesk backup``, ``restore`` and ``rekey``: the same rules as every command (one line on
stderr and exit code 2 on failure, ``--force`` to replace), and a restored backup whose
``casedesk export`` equals the original's."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from service_fixtures import casedesk_home  # noqa: F401

from casedesk.cli import main
from casedesk.services.demo import DemoGenerator
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter
from casedesk.services.errors import WrongPassphrase

PASSPHRASE = "correct horse battery staple"
NEW = "a brand new passphrase"


@pytest.fixture
def desk_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk.casedesk"
    desk = Desk.create(path, PASSPHRASE, "Anna Test", "Streetwork", "de")
    DemoGenerator(desk, seed=5).populate(4, 60)
    desk.close()
    return path


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str,
        *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_failure(code: int, err: str) -> str:
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("casedesk: ")
    assert "Traceback" not in err
    return err


def exports(monkeypatch, capsys, desk: Path, passphrase: str, folder: Path) -> dict[str, bytes]:
    opened = Desk.open(desk, passphrase)
    try:
        ids = [client.id for client in opened.clients.list(ClientFilter(include_closed=True))]
    finally:
        opened.close()
    folder.mkdir()
    result = {}
    for client_id in ids:
        out = folder / f"{client_id}.json"
        code, _out, err = run(monkeypatch, capsys, passphrase + "\n", "export", client_id, "--out", str(out),
                              "--desk", str(desk), "--passphrase-stdin")
        assert code == 0, err
        result[client_id] = out.read_bytes()
    return result


def test_a_restored_backup_exports_what_the_desk_did(monkeypatch, capsys, desk_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "usb" / "desk.casedesk-backup"
    code, out, err = run(monkeypatch, capsys, PASSPHRASE + "\n", "backup", "--out", str(backup),
                         "--desk", str(desk_file), "--passphrase-stdin")
    assert code == 0, err
    assert out.strip() == str(backup)
    assert backup.stat().st_mode & 0o777 == 0o600

    restored = tmp_path / "new-laptop" / "desk.casedesk"
    code, out, err = run(monkeypatch, capsys, PASSPHRASE + "\n", "restore", str(backup), "--to", str(restored),
                         "--passphrase-stdin")
    assert code == 0, err
    assert out.strip() == str(restored)
    assert restored.stat().st_mode & 0o777 == 0o600

    original = exports(monkeypatch, capsys, desk_file, PASSPHRASE, tmp_path / "original")
    assert len(original) >= 4
    assert exports(monkeypatch, capsys, restored, PASSPHRASE, tmp_path / "restored") == original


def test_a_backup_with_its_own_passphrase(monkeypatch, capsys, desk_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "own.casedesk-backup"
    code, _out, err = run(monkeypatch, capsys, f"{PASSPHRASE}\nthe backup's own one\n", "backup", "--out",
                          str(backup), "--own-passphrase", "--desk", str(desk_file), "--passphrase-stdin")
    assert code == 0, err
    restored = tmp_path / "r.casedesk"
    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", "restore", str(backup), "--to",
                                str(restored), "--passphrase-stdin")[::2])
    assert "passphrase does not open" in err
    assert not restored.exists()
    code, _out, err = run(monkeypatch, capsys, "the backup's own one\n", "restore", str(backup), "--to",
                          str(restored), "--passphrase-stdin")
    assert code == 0, err
    Desk.open(restored, "the backup's own one").close()


def test_a_backup_replaces_only_with_force_and_never_the_desk(monkeypatch, capsys, desk_file: Path,
                                                              tmp_path: Path) -> None:
    backup = tmp_path / "b.casedesk-backup"
    args = ("backup", "--out", str(backup), "--desk", str(desk_file), "--passphrase-stdin")
    assert run(monkeypatch, capsys, PASSPHRASE + "\n", *args)[0] == 0
    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", *args)[::2])
    assert "--force" in err
    assert run(monkeypatch, capsys, PASSPHRASE + "\n", *args, "--force")[0] == 0
    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", "backup", "--out", str(desk_file),
                                "--desk", str(desk_file), "--passphrase-stdin", "--force")[::2])
    assert "the desk itself" in err
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear office")
    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", "backup", "--out", str(letter),
                                "--desk", str(desk_file), "--passphrase-stdin", "--force")[::2])
    assert "never replaced" in err
    assert letter.read_text() == "Dear office"
    err = one_line_failure(*run(monkeypatch, capsys, "not it\n", "backup", "--out", str(tmp_path / "x"),
                                "--desk", str(desk_file), "--passphrase-stdin")[::2])
    assert "wrong passphrase" in err


def test_a_restore_refuses_a_damaged_backup_and_replaces_a_desk_only_with_force(
        monkeypatch, capsys, desk_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.casedesk-backup"
    assert run(monkeypatch, capsys, PASSPHRASE + "\n", "backup", "--out", str(backup), "--desk", str(desk_file),
               "--passphrase-stdin")[0] == 0
    damaged = tmp_path / "damaged.casedesk-backup"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2:len(data) // 2 + 32] = bytes(32)
    damaged.write_bytes(data)
    target = tmp_path / "t.casedesk"
    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", "restore", str(damaged), "--to", str(target),
                                "--passphrase-stdin")[::2])
    assert "is damaged" in err and "nothing was restored" in err
    assert not target.exists()
    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", "restore", str(tmp_path / "nothing"),
                                "--to", str(target), "--passphrase-stdin")[::2])
    assert "no backup" in err

    err = one_line_failure(*run(monkeypatch, capsys, PASSPHRASE + "\n", "restore", str(backup), "--to",
                                str(desk_file), "--passphrase-stdin")[::2])
    assert "--force" in err
    assert run(monkeypatch, capsys, PASSPHRASE + "\n", "restore", str(backup), "--to", str(desk_file),
               "--passphrase-stdin", "--force")[0] == 0
    Desk.open(desk_file, PASSPHRASE).close()


def test_rekey_takes_the_current_and_the_new_passphrase_from_stdin(monkeypatch, capsys, desk_file: Path) -> None:
    code, out, err = run(monkeypatch, capsys, f"{PASSPHRASE}\n{NEW}\n", "rekey", "--desk", str(desk_file),
                         "--passphrase-stdin")
    assert code == 0, err
    assert "passphrase changed" in out
    with pytest.raises(WrongPassphrase):
        Desk.open(desk_file, PASSPHRASE)
    Desk.open(desk_file, NEW).close()


@pytest.mark.parametrize(("stdin", "says"), [
    (f"{PASSPHRASE}\nshort\n", "at least 8 characters"),
    (f"{PASSPHRASE}\n{PASSPHRASE}\n", "is the current one"),
    (f"not the passphrase\n{NEW}\n", "wrong passphrase"),
    (f"{PASSPHRASE}\n", "no new passphrase on standard input"),
])
def test_a_refused_rekey_is_one_line_and_changes_nothing(monkeypatch, capsys, desk_file: Path, stdin: str,
                                                         says: str) -> None:
    err = one_line_failure(*run(monkeypatch, capsys, stdin, "rekey", "--desk", str(desk_file),
                                "--passphrase-stdin")[::2])
    assert says in err
    Desk.open(desk_file, PASSPHRASE).close()


def test_the_commands_fail_in_one_line_in_a_real_process(desk_file: Path, tmp_path: Path) -> None:
    environment = {**os.environ, "CASEDESK_HOME": str(tmp_path / "home")}
    for args, stdin in ((["restore", str(tmp_path / "missing"), "--to", str(tmp_path / "t.casedesk"),
                          "--passphrase-stdin"], "x\n"),
                        (["rekey", "--desk", str(desk_file), "--passphrase-stdin"], f"{PASSPHRASE}\n"),
                        (["backup", "--out", str(tmp_path), "--desk", str(desk_file), "--passphrase-stdin"],
                         f"{PASSPHRASE}\n")):
        completed = subprocess.run([sys.executable, "-m", "casedesk", *args], input=stdin, capture_output=True,
                                   text=True, env=environment, timeout=120, check=False)
        assert completed.returncode == 2, completed.stderr
        assert len(completed.stderr.strip().splitlines()) == 1, completed.stderr
        assert "Traceback" not in completed.stderr
