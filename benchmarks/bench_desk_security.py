"""Desk security on the big desk: a new passphrase (rekey) and an encrypted backup.

    .venv/bin/python benchmarks/bench_desk_security.py          # 10 000 clients, 500 000 contacts
    .venv/bin/python benchmarks/bench_desk_security.py --clients 2000 --contacts 100000   # quicker

Works on a fresh copy of the desk ``bench_desk.py`` caches in ``.benchmarks/`` (the cache never
changes), in a throwaway CASEDESK_HOME. Measured once each (a rekey changes the desk it measures):

- rekey: ``desk.security.change_passphrase`` with the rolling backups turned off, split into
  the export under the new key and the swap after it (from the progress calls);
- backup: ``desk.security.backup`` to a new file (its own read-only connection, the desk's key);
- the rolling backup at a lock (the same export through the desk's own connection);
- restore: ``restore_backup`` of that backup (copy, then every page checked), no target.

Prints the figures with the load average (the reference machine has 2 cores, shared) and
exits 1 when rekey or backup misses its target of 30 s.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_desk import REPO, cached_desk

from casedesk.services.demo import DEMO_PASSPHRASE, demo_desk_files

TARGET_SECONDS = 30.0
NEW_PASSPHRASE = "a new passphrase for the benchmark"


def load() -> str:
    return "/".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=500_000)
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks")
    args = parser.parse_args()
    source = cached_desk(args.cache, args.clients, args.contacts)
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-security-", dir=args.cache) as folder:
        os.environ["CASEDESK_HOME"] = str(Path(folder) / "home")
        # Imported after CASEDESK_HOME: the rolling backups go to the throwaway data folder.
        from casedesk.services.desk import Desk
        from casedesk.services.desk_security import restore_backup
        from casedesk.services.errors import WrongPassphrase

        path = Path(folder) / "desk.casedesk"
        for file, copy in zip(demo_desk_files(source), demo_desk_files(path), strict=True):
            if file.exists():
                shutil.copyfile(file, copy)
        os.chmod(path, 0o600)
        desk = Desk.open(path, DEMO_PASSPHRASE)  # migrates the copy if the code is newer: not measured
        size = path.stat().st_size
        results: list[tuple[str, float, float | None, str]] = []
        try:
            desk.security.set_rolling_settings(0, "lock")
            marks: dict[str, float] = {}

            def progress(stage: str, _fraction: float | None) -> None:
                marks.setdefault(stage, time.perf_counter())

            before = load()
            started = time.perf_counter()
            desk.security.change_passphrase(DEMO_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, progress)
            ended = time.perf_counter()
            results.append(("rekey (change_passphrase)", ended - started, TARGET_SECONDS, f"load {before} → {load()}"))
            if "finish" in marks:
                results.append(("  export under the new key", marks["finish"] - started, None, ""))
                results.append(("  check, swap and the new connection", ended - marks["finish"], None, ""))

            target = Path(folder) / "backup.casedesk-backup"
            before = load()
            started = time.perf_counter()
            desk.security.backup(target)
            results.append(("backup (desk.security.backup)", time.perf_counter() - started, TARGET_SECONDS,
                            f"load {before} → {load()}; {target.stat().st_size / 1e9:.2f} GB"))

            desk.security.set_rolling_settings(1, "lock")
            before = load()
            started = time.perf_counter()
            rolling = desk.security.rolling_backup_if_due()
            results.append(("rolling backup at a lock", time.perf_counter() - started, None,
                            f"load {before} → {load()}"))
            if rolling is not None:
                rolling.unlink()
        finally:
            desk.close()
        try:
            Desk.open(path, DEMO_PASSPHRASE).close()
        except WrongPassphrase:
            pass
        else:
            raise SystemExit("the old passphrase still opens the rekeyed desk")
        Desk.open(path, NEW_PASSPHRASE).close()
        for file in demo_desk_files(path):
            file.unlink(missing_ok=True)

        before = load()
        started = time.perf_counter()
        restored = restore_backup(target, NEW_PASSPHRASE, Path(folder) / "restored.casedesk")
        results.append(("restore (copy, then every page checked)", time.perf_counter() - started, None,
                        f"load {before} → {load()}"))
        restored.unlink()

    print(f"desk: {args.clients} clients, {args.contacts} contacts, {size / 1e9:.2f} GB; {os.cpu_count()} cores")
    print(f"{'measure':44} {'seconds':>8} {'target':>7}  note")
    missed = False
    for name, seconds, target_seconds, note in results:
        ok = target_seconds is None or seconds <= target_seconds
        missed |= not ok
        target_text = f"≤ {target_seconds:.0f}" if target_seconds else ""
        print(f"{name:44} {seconds:8.1f} {target_text:>7}  {'' if ok else 'MISSED '}{note}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
