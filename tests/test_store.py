"""The encrypted store: opening, refusing, passphrases, the clock and change tracking."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from service_fixtures import PASSPHRASE, add_client, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import select

from casedesk.models import Client, PendingChange
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.errors import DeskDamaged, DeskNotFound, NotADesk, WrongPassphrase
from casedesk.store.hlc import HybridLogicalClock, Stamp
from casedesk.store.tracking import PhysicalDeleteRefused


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_desk(desk_path: Path) -> Path:
    created = Desk.create(desk_path, PASSPHRASE, worker_name="Anna Test", team="Streetwork", language="de")
    add_client(created, first_name="Kai", last_name="Brandt")
    created.close()
    return desk_path


def test_create_then_open_keeps_identity_and_data(desk_path: Path) -> None:
    created = Desk.create(desk_path, PASSPHRASE, worker_name="Anna Test", team="Streetwork", language="da")
    identity = created.identity
    client_id = add_client(created, alias="Kaptajn")
    created.close()

    reopened = Desk.open(desk_path, PASSPHRASE)
    try:
        assert reopened.identity == identity
        assert reopened.setting("card_language") == "da"
        assert reopened.clients.get(client_id).draft.alias == "Kaptajn"
    finally:
        reopened.close()


def test_new_desk_file_is_private_and_encrypted(closed_desk: Path) -> None:
    assert closed_desk.stat().st_mode & 0o777 == 0o600
    assert not closed_desk.read_bytes().startswith(b"SQLite format 3")


def test_missing_file_is_reported(casedesk_home: Path) -> None:
    with pytest.raises(DeskNotFound):
        Desk.open(casedesk_home / "nowhere.casedesk", PASSPHRASE)


def test_wrong_passphrase_is_refused_and_leaves_the_file_untouched(closed_desk: Path) -> None:
    before = file_digest(closed_desk)
    with pytest.raises(WrongPassphrase):
        Desk.open(closed_desk, PASSPHRASE + "x")
    assert file_digest(closed_desk) == before
    Desk.open(closed_desk, PASSPHRASE).close()


def test_plain_sqlite_file_is_not_a_desk(tmp_path: Path) -> None:
    path = tmp_path / "plain.casedesk"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    before = file_digest(path)
    with pytest.raises(NotADesk):
        Desk.open(path, PASSPHRASE)
    assert file_digest(path) == before


def test_random_bytes_of_odd_size_are_not_a_desk(tmp_path: Path) -> None:
    path = tmp_path / "document.casedesk"
    path.write_bytes(os.urandom(10_000))
    with pytest.raises(NotADesk):
        Desk.open(path, PASSPHRASE)


def test_random_pages_look_like_a_wrong_passphrase(tmp_path: Path) -> None:
    # Random bytes in whole pages are indistinguishable from an encrypted file opened with the
    # wrong key: SQLCipher can only say the first page's HMAC does not match. Documented choice.
    path = tmp_path / "noise.casedesk"
    path.write_bytes(os.urandom(4096 * 8))
    before = file_digest(path)
    with pytest.raises(WrongPassphrase):
        Desk.open(path, PASSPHRASE)
    assert file_digest(path) == before


@pytest.mark.parametrize("keep_fraction", [0.5, 0.25])
def test_truncated_desk_is_refused(closed_desk: Path, keep_fraction: float) -> None:
    data = closed_desk.read_bytes()
    closed_desk.write_bytes(data[: int(len(data) * keep_fraction)])
    with pytest.raises((DeskDamaged, NotADesk)):
        Desk.open(closed_desk, PASSPHRASE).close()


def test_truncated_at_a_page_boundary_is_refused(closed_desk: Path) -> None:
    data = closed_desk.read_bytes()
    closed_desk.write_bytes(data[:4096 * 2])
    with pytest.raises(DeskDamaged):
        Desk.open(closed_desk, PASSPHRASE).close()


@pytest.mark.parametrize("passphrase", [
    "it's \"quoted\" here",
    "back\\slash\\\\ and \\' mixed",
    "Smørrebrød på Nørrebro — Straße 🙂",
    "  spaces  at both ends  ",
    "semi;colon' OR '1'='1",
    "percent%20and@at:colon/slash?",
])
def test_any_passphrase_works_and_only_exactly(desk_path: Path, passphrase: str) -> None:
    Desk.create(desk_path, passphrase, worker_name="Anna Test", team="", language="de").close()
    Desk.open(desk_path, passphrase).close()
    with pytest.raises(WrongPassphrase):
        Desk.open(desk_path, passphrase.strip() + "!")


class FakeWall:
    def __init__(self, millis: int) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def test_hlc_is_strictly_monotonic_even_when_the_wall_clock_goes_back() -> None:
    wall = FakeWall(1_700_000_000_000)
    clock = HybridLogicalClock("device-a", wall_millis=wall)
    stamps = [clock.now()]
    for step in (0, 5, -60_000, 0, -1, 10, -3_600_000, 120_000):
        wall.millis += step
        stamps.append(clock.now())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert [Stamp.parse(s) for s in stamps] == sorted(Stamp.parse(s) for s in stamps)


def test_hlc_resumes_after_its_last_stamp_when_restarted_with_a_clock_behind() -> None:
    first = HybridLogicalClock("device-a", wall_millis=FakeWall(2_000_000_000_000))
    last = first.now()
    restarted = HybridLogicalClock("device-a", last=last, wall_millis=FakeWall(1_000_000_000_000))
    assert restarted.now() > last


def test_hlc_orders_after_an_observed_remote_stamp() -> None:
    wall = FakeWall(1_000_000_000_000)
    local = HybridLogicalClock("device-a", wall_millis=wall)
    remote = HybridLogicalClock("device-b", wall_millis=FakeWall(1_000_000_900_000))
    seen = remote.now()
    local.observe(seen)
    mine, theirs = Stamp.parse(local.now()), Stamp.parse(seen)
    assert (mine.millis, mine.counter) > (theirs.millis, theirs.counter)


def test_hlc_counter_overflow_moves_to_the_next_millisecond() -> None:
    clock = HybridLogicalClock("d", last="0000000000100-99999-d", wall_millis=FakeWall(0))
    assert Stamp.parse(clock.now()) == Stamp(101, 0, "d")


def test_desk_persists_its_clock_so_stamps_never_repeat_after_reopening(desk: Desk, desk_path: Path) -> None:
    add_client(desk, first_name="Kai")
    last = desk.clock.last
    desk.close()
    reopened = Desk.open(desk_path, PASSPHRASE)
    try:
        assert reopened.clock.now() > last
    finally:
        reopened.close()


def pending_for(desk: Desk, row_id: str) -> PendingChange | None:
    with desk.session() as session:
        return session.scalars(select(PendingChange).where(PendingChange.row_id == row_id)).first()


def forget_pending(desk: Desk) -> None:
    """What a successful push does: the outbox is emptied."""
    with desk.session() as session:
        for pending in session.scalars(select(PendingChange)):
            session.delete(pending)


def test_new_row_is_stamped_and_recorded_with_all_content_fields(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai", alias="Kaptajn")
    pending = pending_for(desk, client_id)
    with desk.session() as session:
        client = session.get(Client, client_id)
        assert client.hlc and client.origin_device == desk.identity.device_id
        assert set(client.field_clocks) == set(Client.content_columns())
    assert pending is not None
    assert pending.table_name == "client"
    assert pending.fields == sorted(Client.content_columns())
    assert pending.hlc == client.hlc


def test_an_edit_records_only_the_changed_fields(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai", alias="Kaptajn")
    with desk.session() as session:
        before = dict(session.get(Client, client_id).field_clocks)
    forget_pending(desk)

    desk.clients.update(client_id, ClientDraft(first_name="Kai", alias="Professor"))
    pending = pending_for(desk, client_id)
    assert pending is not None and pending.fields == ["alias"]
    with desk.session() as session:
        after = session.get(Client, client_id).field_clocks
    assert after["alias"] > before["alias"]
    assert {k: v for k, v in after.items() if k != "alias"} == {k: v for k, v in before.items() if k != "alias"}

    desk.clients.update(client_id, ClientDraft(first_name="Kai", alias="Professor", phone="0151 1234567"))
    pending_again = pending_for(desk, client_id)
    assert pending_again.fields == ["alias", "phone"]
    assert pending_again.seq == pending.seq
    assert pending_again.op_id != pending.op_id


def test_an_unchanged_save_records_nothing(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai")
    forget_pending(desk)
    desk.clients.update(client_id, ClientDraft(first_name="Kai"))
    assert pending_for(desk, client_id) is None


def test_physical_delete_of_a_synced_row_is_refused(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai")
    with pytest.raises(PhysicalDeleteRefused), desk.session() as session:
        session.delete(session.get(Client, client_id))
    assert desk.clients.get(client_id).draft.first_name == "Kai"
