"""Store safety: nothing saved is ever lost or locked away by opening, creating or migrating."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from service_fixtures import PASSPHRASE, add_client, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import text

from casedesk.services.desk import Desk, check_new_passphrase
from casedesk.services.dto import ClientFilter
from casedesk.services.errors import ValidationFailed
from casedesk.store import database
from casedesk.store.database import (
    APPLICATION_ID,
    _engine,
    current_revision,
    head_revision,
    migrate,
)
from casedesk.store.errors import (
    DeskDamaged,
    DeskReadOnly,
    DiskFull,
    FolderInTheWay,
    ForeignWalMovedAside,
    WrongPassphrase,
)

OLD_REVISION = "0003"
WORKER_ID = "00000000-0000-4000-8000-000000000001"
SYNC_DEFAULTS = {"hlc": "", "field_clocks": "{}", "origin_device": "d", "deleted": 0}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def write_old_desk(path: Path, clients: int = 40) -> None:
    """A WAL desk as release 0003 wrote it, with clients and contacts for the migrations to move."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = _engine(path, PASSPHRASE)
    raw = engine.raw_connection()
    raw.cursor().execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.cursor().execute("PRAGMA journal_mode = WAL")
    raw.close()
    migrate(engine, OLD_REVISION)
    with engine.begin() as connection:
        for key, value in {"worker_id": WORKER_ID, "device_id": "d", "worker_name": "Old Timer"}.items():
            connection.execute(text("INSERT INTO desk_setting (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
        connection.execute(text(
            "INSERT INTO worker (id, name, role, team, caseload_limit, hlc, field_clocks, origin_device, deleted)"
            " VALUES (:id, 'Old Timer', 'caseworker', '', 8, '', '{}', 'd', 0)"), {"id": WORKER_ID})
        for number in range(clients):
            client_id = f"00000000-0000-4000-8000-{number:012d}"
            connection.execute(text(
                "INSERT INTO client (id, first_name, last_name, alias, birth_date_approximate, gender, languages,"
                " whereabouts, phone, address, no_fixed_abode, emergency_notes, consent_data_processing, status,"
                " responsible_worker_id, created_at, hlc, field_clocks, origin_device, deleted)"
                " VALUES (:id, :first, 'Wendeborn', '', 0, '', 'de', 'Hauptbahnhof', '', '', 1, '', 1, 'active',"
                " :worker, '2024-01-02 10:00:00.000000', '', '{}', 'd', 0)"),
                {"id": client_id, "first": f"Quirin{number}", "worker": WORKER_ID})
            connection.execute(text(
                "INSERT INTO contact (id, client_id, worker_id, occurred_at, duration_minutes, type, place,"
                " participants, topics, client_state, motivational_stage, note, hlc, field_clocks,"
                " origin_device, deleted) VALUES (:id, :client, :worker, '2024-01-03 11:00:00.000000', 15,"
                " 'street', 'Hafen', '', '', '', '', 'Sprach über den Hafenkran.', '', '{}', 'd', 0)"),
                {"id": f"10000000-0000-4000-8000-{number:012d}", "client": client_id, "worker": WORKER_ID})
    assert current_revision(engine) == OLD_REVISION
    engine.dispose()


# --- 1. a migration is one transaction ------------------------------------------------------------

CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from casedesk.services.desk import Desk\n"
    "print('ready', flush=True)\n"
    "Desk.open(Path(sys.argv[1]), sys.stdin.readline().rstrip('\\n')).close()\n"
)


#: Measured on the code before the fix: 11 of 20 such kills left "index … already exists".
KILL_TRIAL_CLIENTS = 2000


def _migrate_in_child(path: Path, kill_after: float | None) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "ready\n"
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    if kill_after is None:
        assert child.wait(timeout=60) == 0
        return
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)


def _kill_trials(tmp_path: Path, trials: int, seed: int) -> None:
    template = tmp_path / "template.casedesk"
    # Enough rows that the index and FTS rebuilds take a good part of the child's time (0.4 s).
    write_old_desk(template, clients=KILL_TRIAL_CLIENTS)
    timed = tmp_path / "timed.casedesk"
    shutil.copy(template, timed)
    started = time.perf_counter()
    _migrate_in_child(timed, None)
    # Key derivation, opening and migrating: the kill lands anywhere in there.
    window = time.perf_counter() - started
    rng = random.Random(seed)
    for trial in range(trials):
        path = tmp_path / f"trial{trial}.casedesk"
        shutil.copy(template, path)
        _migrate_in_child(path, rng.uniform(0, window))
        desk = Desk.open(path, PASSPHRASE)
        try:
            assert current_revision(desk.engine) == head_revision()
            with desk.engine.connect() as connection:
                assert connection.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == KILL_TRIAL_CLIENTS
            assert len(desk.clients.list(ClientFilter(text="Quirin1999", include_closed=True))) == 1
            assert desk.clients.list(ClientFilter(text="Hafenkran", include_closed=True))
        finally:
            desk.close()


def test_a_migration_killed_at_any_moment_leaves_a_desk_that_opens_at_the_head(tmp_path: Path) -> None:
    _kill_trials(tmp_path, trials=6, seed=1)


@pytest.mark.slow
def test_a_migration_killed_at_any_moment_many_times(tmp_path: Path) -> None:
    _kill_trials(tmp_path, trials=40, seed=2)


MIGRATE_AND_DIE = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from casedesk.store.database import _engine, migrate\n"
    "migrate(_engine(Path(sys.argv[1]), sys.argv[2]))\n"
    "os._exit(0)\n"
)


def _last_committed_pages(wal_path: Path) -> tuple[int, dict[int, bytes]]:
    """The page size and, per page number, the newest committed image a checkpoint would copy."""
    data = wal_path.read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    offset = 32
    while offset + 24 + page_size <= len(data):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        pending[page_number] = data[offset + 24:offset + 24 + page_size]
        if int.from_bytes(data[offset + 4:offset + 8], "big"):
            committed.update(pending)
            pending.clear()
        offset += 24 + page_size
    return page_size, committed


def test_a_checkpoint_killed_after_any_page_leaves_a_desk_that_opens_whole(tmp_path: Path) -> None:
    # A kill while SQLite copies a committed migration from the -wal into the desk leaves the
    # desk file half old, half new; read through its -wal it is whole. CI met this state by chance
    # in the kill trials above ("database disk image is malformed" on opening); here it is built
    # for a spread of moments: the first pages in ascending order written, as a checkpoint writes.
    template = tmp_path / "template.casedesk"
    write_old_desk(template, clients=300)
    migrated = tmp_path / "migrated.casedesk"
    shutil.copy(template, migrated)
    subprocess.run([sys.executable, "-c", MIGRATE_AND_DIE, str(migrated), PASSPHRASE], check=True)
    page_size, pages = _last_committed_pages(wal(migrated))
    order = sorted(pages)
    assert len(order) > 20
    for cut in sorted({*range(1, len(order), max(1, len(order) // 8)), 1, len(order) - 1}):
        path = tmp_path / f"cut{cut}.casedesk"
        shutil.copy(template, path)
        shutil.copy(wal(migrated), wal(path))
        with path.open("r+b") as desk_file:
            for page_number in order[:cut]:
                desk_file.seek((page_number - 1) * page_size)
                desk_file.write(pages[page_number])
        desk = Desk.open(path, PASSPHRASE)
        try:
            assert desk.open_warnings == ()
            assert current_revision(desk.engine) == head_revision()
            assert len(desk.clients.list(ClientFilter(text="Quirin299", include_closed=True))) == 1
            desk.check_integrity()
        finally:
            desk.close()


# --- 3. opening never harms the file ------------------------------------------------------------

def _crash_with_wal(path: Path) -> None:
    """Leave ``path`` as a killed CaseDesk leaves it: committed transactions still in its -wal."""
    subprocess.run([sys.executable, "-c", (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from casedesk.services.desk import Desk\n"
        "from casedesk.services.dto import ClientDraft\n"
        "desk = Desk.open(Path(sys.argv[1]), sys.argv[2])\n"
        "desk.engine.raw_connection().cursor().execute('PRAGMA wal_autocheckpoint = 0')\n"
        "for n in range(int(sys.argv[3])):\n"
        "    desk.clients.create(ClientDraft(first_name=f'After{n}', last_name='Crash'))\n"
        "os._exit(0)\n"), str(path), PASSPHRASE, "30"], check=True)
    assert wal(path).stat().st_size > 0


def test_a_wrong_passphrase_on_a_crashed_desk_changes_no_byte(desk_path: Path) -> None:
    Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de").close()
    _crash_with_wal(desk_path)
    before = sha256(desk_path), sha256(wal(desk_path))

    with pytest.raises(WrongPassphrase):
        Desk.open(desk_path, "not the passphrase")

    assert (sha256(desk_path), sha256(wal(desk_path))) == before
    desk = Desk.open(desk_path, PASSPHRASE)
    try:
        assert len(desk.clients.list(ClientFilter(text="Crash"))) == 30
        assert desk.open_warnings == ()
    finally:
        desk.close()


def test_a_wal_left_by_another_desk_is_moved_aside_and_the_desk_is_kept(tmp_path: Path, desk_path: Path) -> None:
    desk = Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de")
    add_client(desk, first_name="Mine")
    desk.close()
    other = tmp_path / "other.casedesk"
    Desk.create(other, PASSPHRASE, worker_name="Bo", team="", language="da").close()
    _crash_with_wal(other)
    shutil.copy(wal(other), wal(desk_path))
    foreign = sha256(wal(desk_path))

    desk = Desk.open(desk_path, PASSPHRASE)
    try:
        [warning] = desk.open_warnings
        assert isinstance(warning, ForeignWalMovedAside)
        assert warning.moved_to.name.startswith("test.casedesk-wal.foreign-")
        assert sha256(warning.moved_to) == foreign
        assert [c.display_name for c in desk.clients.list()] == ["Mine"]
        desk.check_integrity()
    finally:
        desk.close()


def test_an_older_backup_put_back_beside_a_leftover_wal_opens_whole(tmp_path: Path, desk_path: Path) -> None:
    desk = Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de")
    for number in range(20):
        add_client(desk, first_name=f"Early{number}", emergency_notes="x" * 2000)
    desk.close()
    backup = tmp_path / "backup.casedesk"
    shutil.copy(desk_path, backup)
    desk = Desk.open(desk_path, PASSPHRASE)
    for number in range(200):
        add_client(desk, first_name=f"Later{number}", emergency_notes="y" * 2000)
    desk.close()
    _crash_with_wal(desk_path)
    shutil.copy(backup, desk_path)

    desk = Desk.open(desk_path, PASSPHRASE)
    try:
        assert [type(w) for w in desk.open_warnings] == [ForeignWalMovedAside]
        assert len(desk.clients.list(ClientFilter(text="Early"))) == 20
        desk.check_integrity()
    finally:
        desk.close()


# --- 4. damage is reported as damage --------------------------------------------------------------

def test_every_flipped_page_is_found_as_damage(tmp_path: Path, desk_path: Path) -> None:
    desk = Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de")
    for number in range(60):
        add_client(desk, first_name=f"Client{number}", emergency_notes="z" * 1500)
    desk.close()
    pages = desk_path.stat().st_size // 4096
    for page in random.Random(4).sample(range(2, pages), 5):
        damaged = tmp_path / f"page{page}.casedesk"
        data = bytearray(desk_path.read_bytes())
        data[page * 4096 + 200] ^= 0x01
        damaged.write_bytes(data)
        try:
            opened = Desk.open(damaged, PASSPHRASE)
        except DeskDamaged:
            continue
        try:
            with pytest.raises(DeskDamaged):
                opened.check_integrity()
        finally:
            opened.close()


# --- 5. creation is atomic ---------------------------------------------------------------------

@pytest.mark.parametrize("passphrase", ["", "\x00" * 12, "long enough\x00", "surrogate \udc80 here",
                                        "x'" + "ab" * 32 + "'", "X'" + "0f" * 48 + "'"])
def test_an_unusable_passphrase_is_refused_before_anything_is_written(desk_path: Path, passphrase: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        Desk.create(desk_path, passphrase, worker_name="Anna", team="", language="de")
    assert set(refused.value.problems) == {"passphrase"}
    with pytest.raises(ValidationFailed):
        check_new_passphrase(passphrase, passphrase)
    assert not desk_path.parent.exists() or not list(desk_path.parent.iterdir())


def test_a_passphrase_that_merely_looks_like_hex_is_a_passphrase(desk_path: Path) -> None:
    check_new_passphrase("x'" + "ab" * 31 + "'", "x'" + "ab" * 31 + "'")


def test_a_create_that_fails_half_way_leaves_nothing_behind(desk_path: Path, monkeypatch) -> None:
    def full_disk(engine, revision="head"):
        raise database.SADatabaseError("INSERT", {}, _full_disk_error())

    monkeypatch.setattr(database, "migrate", full_disk)
    with pytest.raises(DiskFull):
        Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de")
    assert list(desk_path.parent.iterdir()) == []
    monkeypatch.undo()
    Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de").close()


def _full_disk_error() -> Exception:
    import sqlcipher3

    error = sqlcipher3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    return error


def test_a_folder_in_the_desks_place_is_named_as_such(desk_path: Path) -> None:
    desk_path.mkdir(parents=True)
    with pytest.raises(FolderInTheWay):
        Desk.open(desk_path, PASSPHRASE)
    with pytest.raises(FolderInTheWay):
        Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de")


# --- 10. durable commits ------------------------------------------------------------------------

def test_every_commit_is_synchronous_full(desk: Desk) -> None:
    with desk.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"


# --- 6. each failure named for what it is ---------------------------------------------------------

def test_a_read_only_desk_is_named_read_only_and_left_alone(desk_path: Path, monkeypatch) -> None:
    Desk.create(desk_path, PASSPHRASE, worker_name="Anna", team="", language="de").close()
    before = sha256(desk_path)
    # Root may write anything, so the refusal of the file system is simulated.
    monkeypatch.setattr(database.os, "access", lambda path, mode: Path(path) != desk_path)

    with pytest.raises(DeskReadOnly):
        Desk.open(desk_path, PASSPHRASE)

    assert sha256(desk_path) == before


def test_a_migration_without_room_says_how_much_is_needed(desk_path: Path, monkeypatch) -> None:
    write_old_desk(desk_path, clients=5)
    before = sha256(desk_path)
    monkeypatch.setattr(database.shutil, "disk_usage", lambda folder: shutil._ntuple_diskusage(10**9, 10**9, 1000))

    with pytest.raises(DiskFull) as refused:
        Desk.open(desk_path, PASSPHRASE)

    assert refused.value.needed_bytes == desk_path.stat().st_size
    monkeypatch.undo()
    assert sha256(desk_path) == before
    Desk.open(desk_path, PASSPHRASE).close()


def test_closing_a_desk_from_two_threads_at_once_closes_it_once(desk_path) -> None:
    import threading

    from casedesk.services.desk import Desk

    opened = Desk.create(desk_path, "correct horse battery staple", worker_name="Anna", team="", language="de")
    disposed = []
    from sqlalchemy import event

    event.listen(opened.engine, "engine_disposed", lambda _engine: disposed.append(1))
    start = threading.Barrier(2)
    threads = [threading.Thread(target=lambda: (start.wait(), opened.close())) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert disposed == [1]
