"""Central stores for the sync tests: a SQLite file, and a throwaway PostgreSQL cluster.

The cluster is created once per test session with ``initdb``/``pg_ctl`` (as the ``postgres`` user
when running as root), listens on 127.0.0.1 at a free port and is stopped at the end. Tests are
skipped only when no PostgreSQL server binaries exist at all; CI installs them.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from casedesk.services.desk import Desk
from casedesk.services.sync_service import SyncService
from casedesk.sync import central

PASSPHRASE = "correct horse battery staple"


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class PostgresCluster:
    port: int
    socket_dir: Path

    def admin_url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url(name)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (initdb) installed")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    directory = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    if as_root:
        shutil.chown(directory, "postgres", "postgres")
    data = directory / "data"
    port = _free_port()
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "scram-sha-256", "-U", "postgres",
                    "--pwfile=/dev/null", "--auth-local=trust", "--auth-host=scram-sha-256"],
                   check=False, capture_output=True)
    if not (data / "PG_VERSION").exists():
        # Older initdb without --pwfile=/dev/null support: trust locally, passwords over TCP.
        subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
                       check=True, capture_output=True)
    # The superuser connects over TCP without a password; every worker role must give its own.
    (data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "host all postgres 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n")
    if as_root:
        shutil.chown(data / "pg_hba.conf", "postgres", "postgres")
    options = f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                    str(directory / "log"), "-w", "start"], check=True, capture_output=True)
    try:
        yield PostgresCluster(port, directory)
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       check=False, capture_output=True)
        shutil.rmtree(directory, ignore_errors=True)


_database_counter = iter(range(1_000_000))


def encrypted_central_url(directory: Path, name: str = "central") -> str:
    """The embedded central store's address: SQLCipher, its key in a file next to it."""
    return f"{central.ENCRYPTED_SCHEME}:///{directory / (name + '.db')}?keyfile={directory / (name + '.key')}"


@pytest.fixture(params=["sqlite", "postgres"])
def central_url(request, tmp_path: Path) -> str:
    """An initialised, empty central store on each backend (the embedded one encrypted)."""
    if request.param == "sqlite":
        url = encrypted_central_url(tmp_path)
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        url = cluster.create_database(f"central_{os.getpid()}_{next(_database_counter)}")
    central.init_central(url)
    return url


@pytest.fixture
def sqlite_central_url(tmp_path: Path) -> str:
    url = encrypted_central_url(tmp_path)
    central.init_central(url)
    return url


@pytest.fixture
def postgres_central_url(postgres_cluster: PostgresCluster) -> str:
    url = postgres_cluster.create_database(f"central_{os.getpid()}_{next(_database_counter)}")
    central.init_central(url)
    return url


@dataclass
class Device:
    desk: Desk
    sync: SyncService
    credentials: central.WorkerCredentials


DeviceFactory = Callable[..., Device]


@pytest.fixture
def make_device(tmp_path: Path) -> Iterator[DeviceFactory]:
    """Creates a worker on the central store and a laptop desk set up to sync as that worker."""
    opened: list[Desk] = []
    counter = iter(range(1000))

    def factory(url: str, name: str = "Worker", role: str = "caseworker", team: str = "Nord",
                credentials: central.WorkerCredentials | None = None) -> Device:
        credentials = credentials or central.add_worker(url, name, role, team)
        desk = Desk.create(tmp_path / f"device{next(counter)}.casedesk", PASSPHRASE, worker_name=name, team=team,
                           language="de")
        opened.append(desk)
        service = SyncService(desk)
        service.configure(url, credentials.login, credentials.token)
        return Device(desk, service, credentials)

    yield factory
    for desk in opened:
        desk.close()
