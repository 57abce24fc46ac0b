"""Hybrid logical clock.

Wall-clock milliseconds plus a counter plus the device id: stamps order like time when clocks
agree, never go backwards when a laptop's clock does, and never tie between devices. They are
fixed-width strings so that string comparison is clock comparison, in SQLite and PostgreSQL alike.
"""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_LIMIT = 99_999


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridLogicalClock:
    def __init__(self, device_id: str, last: str = "", wall_millis: Callable[[], int] | None = None) -> None:
        self._device = device_id.replace("-", "")
        self._wall_millis = wall_millis or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._last = Stamp.parse(last) if last else Stamp(0, 0, self._device)

    @property
    def last(self) -> str:
        return str(self._last)

    def now(self) -> str:
        with self._lock:
            wall = self._wall_millis()
            if wall > self._last.millis:
                self._last = Stamp(wall, 0, self._device)
            else:
                self._last = self._next_after(self._last.millis, self._last.counter)
            return str(self._last)

    def observe(self, remote: str, max_ahead_millis: int | None = None) -> None:
        """Move past a stamp seen from another device, so our next change orders after it.

        With ``max_ahead_millis``, a stamp further ahead of our wall clock is clipped to that
        tolerance: one laptop with a wrong clock must not drag every other clock into the future.
        """
        seen = Stamp.parse(remote)
        if max_ahead_millis is not None:
            ceiling = self._wall_millis() + max_ahead_millis
            if seen.millis > ceiling:
                seen = Stamp(ceiling, 0, seen.device)
        with self._lock:
            if (seen.millis, seen.counter) > (self._last.millis, self._last.counter):
                self._last = Stamp(seen.millis, seen.counter, self._device)

    def rewind(self, max_ahead_millis: int) -> bool:
        """Come back to the wall clock when our stamps ran further ahead of it than the tolerance
        (the laptop's clock was wrong and has been put right); True if the clock moved back.

        Stamps are then no longer monotonic on this device, which is the point: every stamp
        from the wrong clock would otherwise win every merge for as long as the error was."""
        with self._lock:
            wall = self._wall_millis()
            if self._last.millis <= wall + max_ahead_millis:
                return False
            self._last = Stamp(wall, 0, self._device)
            return True

    def _next_after(self, millis: int, counter: int) -> Stamp:
        if counter >= _COUNTER_LIMIT:
            return Stamp(millis + 1, 0, self._device)
        return Stamp(millis, counter + 1, self._device)
