"""The command line: version, the demo command, and one-line errors without tracebacks."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import os
import subprocess
import sys
from pathlib import Path

import pytest
from service_fixtures import casedesk_home  # noqa: F401

from casedesk import __version__
from casedesk.cli import main
from casedesk.paths import data_dir
from casedesk.services.demo import DEMO_PASSPHRASE
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter


def run_casedesk(*args: str, home: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "CASEDESK_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, check=False,
                          env=environment, timeout=120, stdin=subprocess.DEVNULL)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"CaseDesk {__version__}"


def test_demo_writes_a_desk_to_the_data_folder_by_default(casedesk_home: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--clients", "12", "--contacts", "50", "--seed", "5"]) == 0
    path = data_dir() / "demo.casedesk"
    assert str(path) in capsys.readouterr().out
    assert path.stat().st_mode & 0o777 == 0o600
    desk = Desk.open(path, DEMO_PASSPHRASE)
    try:
        listed = desk.clients.list(ClientFilter(include_closed=True))
        assert len([client for client in listed if not client.is_code_person]) == 12  # and a few code persons
        assert desk.setting("demo") == "1"
    finally:
        desk.close()


def test_demo_refuses_to_overwrite_unless_forced(casedesk_home: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.casedesk"
    path.write_bytes(b"a worker's real desk")
    assert main(["demo", "--path", str(path), "--clients", "3", "--contacts", "5"]) == 2
    assert "--force" in capsys.readouterr().err
    assert path.read_bytes() == b"a worker's real desk"

    assert main(["demo", "--path", str(path), "--clients", "3", "--contacts", "5", "--passphrase", "other pass",
                 "--force"]) == 0
    Desk.open(path, "other pass").close()


@pytest.mark.parametrize("args", [
    ["demo", "--clients", "0"],
    ["demo", "--contacts", "-1"],
    ["demo", "--passphrase", "short"],
    ["demo", "--path", "{home}"],
])
def test_bad_input_ends_with_exit_2_and_one_line(tmp_path: Path, args: list[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    completed = run_casedesk(*[arg.format(home=home) for arg in args], home=home)
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1
    assert completed.stderr.startswith("casedesk: ")


def test_unparsable_arguments_exit_2_without_traceback(tmp_path: Path) -> None:
    completed = run_casedesk("demo", "--clients", "many", home=tmp_path)
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert "invalid int value" in completed.stderr.strip().splitlines()[-1]
