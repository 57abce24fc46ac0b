"""Desk security below the UI: a new passphrase, backups to a chosen file, rolling backups, restore.

A rekeyed desk opens with the new passphrase only; a restored backup's export equals the
original's for every client; a wrong passphrase, a damaged or foreign file and a newer schema are
refused with their reason and leave nothing behind; the rolling backups keep the newest N.
"""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from service_fixtures import PASSPHRASE, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import text

from casedesk.paths import data_dir
from casedesk.services.demo import DemoGenerator
from casedesk.services.desk import Desk
from casedesk.services.desk_security import (
    BACKUP_SUFFIX,
    ROLLING_FAILED_KEY,
    BackupRefused,
    DeskBusy,
    OperationCancelled,
    prepare_restore,
    restore_backup,
    rolling_backup_folder,
)
from casedesk.services.dto import ClientDraft, ClientFilter
from casedesk.services.errors import ValidationFailed, WrongPassphrase

NEW_PASSPHRASE = "a new and longer passphrase"
OWN_PASSPHRASE = "the backup's own passphrase"


def _populated(desk: Desk) -> Desk:
    DemoGenerator(desk, seed=3).populate(8, 160)
    return desk


def _exports(desk: Desk) -> dict[str, bytes]:
    return {client.id: desk.export.client_json(client.id)
            for client in desk.clients.list(ClientFilter(include_closed=True))}


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".partial-" in path.name)


# --- the passphrase ----------------------------------------------------------------------------

def test_after_rekey_the_old_passphrase_fails_and_the_new_one_opens(desk: Desk, desk_path: Path) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Mette", last_name="Sørensen"))
    stages = []
    desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE,
                                    progress=lambda stage, fraction: stages.append((stage, fraction)))
    assert ("finish", 1.0) in stages
    assert all(fraction is None or 0 <= fraction <= 1 for _stage, fraction in stages)
    # The open desk goes on working, on its own connection and on new ones (a sync lane, a check).
    later = desk.clients.create(ClientDraft(first_name="Jonas"))
    desk.check_integrity()
    lane = desk.open_sync_lane()
    lane.close()
    desk.close()

    with pytest.raises(WrongPassphrase):
        Desk.open(desk_path, PASSPHRASE)
    reopened = Desk.open(desk_path, NEW_PASSPHRASE)
    try:
        assert {client_id, later} <= {client.id for client in reopened.clients.list(ClientFilter())}
    finally:
        reopened.close()
    assert desk_path.stat().st_mode & 0o777 == 0o600


def test_a_cancelled_passphrase_change_leaves_the_desk_as_it_was(desk: Desk, desk_path: Path) -> None:
    """Cancelled during the export under the new key: the desk file was never touched, the old
    passphrase opens it, the half-written copy is gone, and the desk goes on working."""
    _populated(desk)
    before = _exports(desk)
    with pytest.raises(OperationCancelled):
        desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, cancelled=lambda: True)
    assert _leftovers(desk_path.parent) == []
    desk.clients.create(ClientDraft(first_name="Jonas"))
    desk.close()
    with pytest.raises(WrongPassphrase):
        Desk.open(desk_path, NEW_PASSPHRASE)
    reopened = Desk.open(desk_path, PASSPHRASE)
    try:
        assert before.items() <= _exports(reopened).items()
    finally:
        reopened.close()


def test_a_copy_left_by_a_crash_during_a_passphrase_change_goes_at_the_next(desk: Desk, desk_path: Path) -> None:
    leftover = desk_path.with_name(f".{desk_path.name}.partial-deadbeef")
    leftover.write_bytes(b"half a desk")
    desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert _leftovers(desk_path.parent) == []


@pytest.mark.parametrize(("current", "new", "repeated", "problem"), [
    ("wrong passphrase", NEW_PASSPHRASE, NEW_PASSPHRASE, None),
    (PASSPHRASE, "short", "short", {"passphrase": "too_short"}),
    (PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "!", {"passphrase_repeat": "mismatch"}),
    (PASSPHRASE, PASSPHRASE, PASSPHRASE, {"passphrase": "unchanged"}),
    (PASSPHRASE, "x'" + "ab" * 32 + "'", "x'" + "ab" * 32 + "'", {"passphrase": "raw_key"}),
])
def test_a_refused_passphrase_change_changes_nothing(desk: Desk, desk_path: Path, current: str, new: str,
                                                     repeated: str, problem: dict | None) -> None:
    with pytest.raises(WrongPassphrase if problem is None else ValidationFailed) as refused:
        desk.security.change_passphrase(current, new, repeated)
    if problem is not None:
        assert refused.value.problems == problem
    desk.close()
    Desk.open(desk_path, PASSPHRASE).close()


def test_no_rekey_while_a_sync_holds_its_connection(desk: Desk, desk_path: Path) -> None:
    lane = desk.open_sync_lane()
    try:
        with pytest.raises(DeskBusy) as busy:
            desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
        assert busy.value.reason == "sync"
    finally:
        lane.close()
    desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)


def test_a_rekey_stops_a_running_integrity_check_first(desk: Desk) -> None:
    _populated(desk)
    entered, release = threading.Event(), threading.Event()

    def slow_check() -> None:
        # Holds the "check" use until the rekey asks checks to stop, as a long check would.
        with desk.security.use.side("check"):
            entered.set()
            desk.security.use.checks_must_stop.wait(10)
            release.set()

    thread = threading.Thread(target=slow_check)
    thread.start()
    entered.wait(10)
    desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    thread.join()
    assert release.is_set()


def test_a_rekey_replaces_the_rolling_backups_made_under_the_old_passphrase(desk: Desk) -> None:
    desk.security.set_rolling_settings(3, "lock")
    for minutes in (1, 2):
        assert desk.security.rolling_backup_if_due(datetime.now() - timedelta(minutes=minutes))
    old = [backup.path for backup in desk.security.rolling_backups()]
    assert len(old) == 2

    desk.security.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)

    now = desk.security.rolling_backups()
    assert len(now) == 1 and now[0].path not in old
    assert not any(path.exists() for path in old)
    target = data_dir() / "from-rolling.casedesk"
    with pytest.raises(BackupRefused) as refused:
        restore_backup(now[0].path, PASSPHRASE, target)
    assert refused.value.reason == "wrong_passphrase"
    restore_backup(now[0].path, NEW_PASSPHRASE, target)


# --- backup and restore ------------------------------------------------------------------------

@pytest.mark.parametrize("own", [False, True])
def test_a_restored_backup_exports_exactly_what_the_desk_did(desk: Desk, tmp_path: Path, own: bool) -> None:
    _populated(desk)
    before = _exports(desk)
    assert len(before) >= 8  # the demo's clients (and whatever else the generator adds)
    target = tmp_path / "chosen" / ("backup" + BACKUP_SUFFIX)
    stages = []
    passphrase = OWN_PASSPHRASE if own else PASSPHRASE
    desk.security.backup(target, OWN_PASSPHRASE if own else None, OWN_PASSPHRASE if own else None,
                         progress=lambda stage, fraction: stages.append(stage))
    assert "export" in stages
    assert target.stat().st_mode & 0o777 == 0o600
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert _leftovers(target.parent) == []
    if own:
        with pytest.raises(BackupRefused) as refused:
            restore_backup(target, PASSPHRASE, tmp_path / "restored.casedesk")
        assert refused.value.reason == "wrong_passphrase"

    restored_path = restore_backup(target, passphrase, tmp_path / "restored.casedesk")

    assert restored_path.stat().st_mode & 0o777 == 0o600
    restored = Desk.open(restored_path, passphrase)
    try:
        assert _exports(restored) == before
        assert restored.identity == desk.identity
        # A restored desk is a desk again: WAL, writable, and checked whole.
        restored.clients.create(ClientDraft(first_name="After restore"))
        restored.check_integrity()
    finally:
        restored.close()


def test_the_desks_own_files_are_never_a_backup_target(desk: Desk, desk_path: Path) -> None:
    for target in (desk_path, Path(f"{desk_path}-wal")):
        with pytest.raises(BackupRefused) as refused:
            desk.security.backup(target, overwrite=True)
        assert refused.value.reason == "desk_file"


def test_a_backup_replaces_a_file_only_when_asked_and_never_a_document(desk: Desk, tmp_path: Path) -> None:
    target = tmp_path / ("b" + BACKUP_SUFFIX)
    desk.security.backup(target)
    with pytest.raises(BackupRefused) as refused:
        desk.security.backup(target)
    assert refused.value.reason == "exists"
    desk.security.backup(target, overwrite=True)
    letter = tmp_path / "letter.odt"
    letter.write_bytes(b"PK\x03\x04 a worker's letter")
    with pytest.raises(BackupRefused) as refused:
        desk.security.backup(letter, overwrite=True)
    assert refused.value.reason == "not_replaceable"
    assert letter.read_bytes() == b"PK\x03\x04 a worker's letter"
    with pytest.raises(BackupRefused) as refused:
        desk.security.backup(tmp_path, overwrite=True)
    assert refused.value.reason == "folder"
    with pytest.raises(ValidationFailed) as invalid:
        desk.security.backup(tmp_path / "other.casedesk-backup", "short", "short")
    assert invalid.value.problems == {"passphrase": "too_short"}


def test_a_cancelled_backup_leaves_nothing(desk: Desk, tmp_path: Path) -> None:
    _populated(desk)
    target = tmp_path / ("b" + BACKUP_SUFFIX)
    with pytest.raises(OperationCancelled):
        desk.security.backup(target, cancelled=lambda: True)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


@pytest.fixture
def backup_file(desk: Desk, tmp_path: Path) -> Path:
    _populated(desk)
    return desk.security.backup(tmp_path / ("b" + BACKUP_SUFFIX))


def _refusal(backup: Path, passphrase: str, target: Path, **options) -> str:
    with pytest.raises(BackupRefused) as refused:
        restore_backup(backup, passphrase, target, **options)
    assert not target.exists()
    assert _leftovers(target.parent) == []
    return refused.value.reason


def test_a_wrong_passphrase_restores_nothing(backup_file: Path, tmp_path: Path) -> None:
    assert _refusal(backup_file, "not the passphrase", tmp_path / "r.casedesk") == "wrong_passphrase"


def test_a_damaged_backup_is_refused_with_its_finding(backup_file: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.casedesk-backup"
    data = bytearray(backup_file.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 100
    data[middle:middle + 64] = bytes(64)
    damaged.write_bytes(data)
    with pytest.raises(BackupRefused) as refused:
        restore_backup(damaged, PASSPHRASE, tmp_path / "r.casedesk")
    assert refused.value.reason == "damaged"
    assert refused.value.detail
    assert not (tmp_path / "r.casedesk").exists()
    assert _leftovers(tmp_path) == []


def test_files_that_are_no_backup_are_told_apart(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.casedesk"
    truncated = tmp_path / "truncated"
    truncated.write_bytes(backup_file.read_bytes()[:10_000])
    plain = tmp_path / "plain.db"
    connection = sqlcipher3.connect(str(plain))
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    foreign = tmp_path / "foreign.db"
    connection = sqlcipher3.connect(str(foreign))
    connection.execute(f'PRAGMA key = "{PASSPHRASE}"')
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert _refusal(truncated, PASSPHRASE, target) == "not_a_backup"
    assert _refusal(plain, PASSPHRASE, target) == "not_a_backup"
    assert _refusal(foreign, PASSPHRASE, target) == "not_a_backup"
    assert _refusal(empty, PASSPHRASE, target) == "not_a_backup"
    assert _refusal(tmp_path / "missing", PASSPHRASE, target) == "not_found"
    assert _refusal(tmp_path, PASSPHRASE, target) == "folder"


def test_a_backup_of_a_newer_casedesk_is_refused(backup_file: Path, tmp_path: Path) -> None:
    connection = sqlcipher3.connect(str(backup_file))
    connection.execute(f'PRAGMA key = "{PASSPHRASE}"')
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert _refusal(backup_file, PASSPHRASE, tmp_path / "r.casedesk") == "too_new"


def test_a_restore_replaces_a_desk_only_when_asked(backup_file: Path, tmp_path: Path) -> None:
    existing = tmp_path / "existing.casedesk"
    Desk.create(existing, "another passphrase", "Bo", "", "da").close()
    with pytest.raises(BackupRefused) as refused:
        restore_backup(backup_file, PASSPHRASE, existing)
    assert refused.value.reason == "exists"
    Path(f"{existing}-shm").write_bytes(b"")  # a leftover of the replaced desk
    restore_backup(backup_file, PASSPHRASE, existing, overwrite=True)
    assert not Path(f"{existing}-shm").exists()
    Desk.open(existing, PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Desk.open(existing, "another passphrase")


def test_a_restore_never_replaces_a_desk_another_program_has_open(backup_file: Path, tmp_path: Path) -> None:
    existing = tmp_path / "open.casedesk"
    Desk.create(existing, "another passphrase", "Bo", "", "da").close()
    script = ("import sys\nfrom pathlib import Path\nfrom casedesk.services.desk import Desk\n"
              f"desk = Desk.open(Path({str(existing)!r}), 'another passphrase')\n"
              "print('open', flush=True)\nsys.stdin.readline()\ndesk.close()\n")
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(BackupRefused) as refused:
            restore_backup(backup_file, PASSPHRASE, existing, overwrite=True)
        assert refused.value.reason == "in_use"
    finally:
        holder.communicate("\n", timeout=30)
    Desk.open(existing, "another passphrase").close()


def test_a_prepared_restore_changes_nothing_until_committed(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.casedesk"
    prepared = prepare_restore(backup_file, PASSPHRASE, target)
    assert not target.exists()
    prepared.discard()
    assert _leftovers(tmp_path) == []
    prepared = prepare_restore(backup_file, PASSPHRASE, target)
    assert prepared.commit() == target
    Desk.open(target, PASSPHRASE).close()


def test_a_cancelled_restore_leaves_nothing(backup_file: Path, tmp_path: Path) -> None:
    with pytest.raises(OperationCancelled):
        restore_backup(backup_file, PASSPHRASE, tmp_path / "r.casedesk", cancelled=lambda: True)
    assert not (tmp_path / "r.casedesk").exists()
    assert _leftovers(tmp_path) == []


# --- rolling backups ---------------------------------------------------------------------------

def test_rolling_backups_keep_the_newest_n(desk: Desk) -> None:
    desk.security.set_rolling_settings(3, "lock")
    start = datetime(2026, 3, 1, 9, 0, 0)
    made = [desk.security.rolling_backup_if_due(start + timedelta(hours=hour)) for hour in range(5)]
    assert all(made)
    # Made through the desk's own connection, which checks foreign keys again afterwards.
    with desk.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    kept = desk.security.rolling_backups()
    assert [backup.path for backup in kept] == list(reversed(made[2:]))
    assert all(backup.path.parent == rolling_backup_folder() for backup in kept)
    assert all(backup.path.stat().st_mode & 0o777 == 0o600 for backup in kept)
    # The names say which desk and when, nothing else.
    assert kept[0].path.name == f"test-20260301-130000{BACKUP_SUFFIX}"
    restore_backup(kept[0].path, PASSPHRASE, data_dir() / "restored.casedesk")

    desk.security.set_rolling_settings(1, "lock")
    assert len(desk.security.rolling_backups()) == 1


def test_daily_rolling_backups_are_made_once_a_day(desk: Desk) -> None:
    assert desk.security.rolling_settings().when == "daily"
    assert desk.security.rolling_settings().keep == 5
    morning = datetime(2026, 3, 2, 8, 0)
    assert desk.security.rolling_backup_if_due(morning)
    assert desk.security.rolling_backup_if_due(morning + timedelta(hours=6)) is None
    assert desk.security.rolling_backup_if_due(morning + timedelta(days=1))
    assert len(desk.security.rolling_backups()) == 2


def test_rolling_backups_can_be_turned_off(desk: Desk) -> None:
    desk.security.set_rolling_settings(0, "lock")
    assert desk.security.rolling_backup_if_due() is None
    assert desk.security.rolling_backups() == []
    with pytest.raises(ValidationFailed):
        desk.security.set_rolling_settings(-1, "lock")
    with pytest.raises(ValidationFailed):
        desk.security.set_rolling_settings(3, "hourly")


def test_a_failed_rolling_backup_never_stops_the_lock_and_is_remembered(desk: Desk) -> None:
    folder = rolling_backup_folder()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"")  # a file where the folder should be
    assert desk.security.rolling_backup_if_due() is None
    assert desk.setting(ROLLING_FAILED_KEY).startswith("other ")
    overview = desk.security.overview()
    assert overview.rolling_failure == "other" and overview.rolling_failed_at is not None
    folder.unlink()
    assert desk.security.rolling_backup_if_due()
    assert desk.setting(ROLLING_FAILED_KEY) == ""


def test_the_overview_tells_what_the_dialog_shows(desk: Desk, desk_path: Path) -> None:
    _populated(desk)
    overview = desk.security.overview()
    with desk.session() as session:
        counts = tuple(session.execute(text(f"SELECT count(*) FROM {table} WHERE NOT deleted")).scalar()
                       for table in ("client", "contact"))
    assert (overview.clients, overview.contacts) == counts
    assert overview.clients >= 8 and overview.contacts >= 160
    assert overview.path == desk_path
    assert overview.file_bytes >= desk_path.stat().st_size
    assert overview.cipher.kdf_iterations == 256_000
    assert overview.cipher.page_size == 4096
    assert overview.cipher.cipher == "AES-256-CBC"
    assert overview.cipher.hmac_algorithm == "HMAC_SHA512"
    assert overview.device_id == desk.identity.device_id
    assert not overview.sync.configured
    assert overview.schema_revision
