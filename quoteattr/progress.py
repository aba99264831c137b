"""A one-line progress display on stderr: documents, chars/s and ETA.

It draws only when its stream is a terminal (never into a pipe or a log
file) and redraws at most a few times a second, so it costs nothing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


def _duration(seconds: float) -> str:
    """``75.0`` → ``'1:15'``; ``3725.0`` → ``'1:02:05'``."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _rate(value: float) -> str:
    """``512345.0`` → ``'512k'``."""
    if value >= 1e6:
        return f"{value / 1e6:.1f}M"
    if value >= 1e3:
        return f"{value / 1e3:.0f}k"
    return f"{value:.0f}"


class Progress:
    """Counts documents and characters; draws a status line while enabled.

    ``total`` is the expected number of characters (file sizes in bytes are a
    good estimate), or ``None`` when unknown (stdin): then there is no ETA.
    """

    WIDTH = 24  # characters of the bar itself

    def __init__(
        self,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        interval: float = 0.2,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.total = total
        self.interval = interval
        self.documents = 0
        self.chars = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def update(self, chars: int) -> None:
        """One more document of ``chars`` characters is done."""
        self.documents += 1
        self.chars += chars
        now = time.perf_counter()
        if self.enabled and now - self._drawn >= self.interval:
            self._drawn = now
            self._draw()

    def line(self) -> str:
        """The status line as it would be drawn now."""
        speed = self.chars / max(self.elapsed, 1e-9)
        parts = [f"{self.documents:,} docs", f"{_rate(speed)} chars/s"]
        if self.total:
            done = min(self.chars / self.total, 1.0)
            filled = int(done * self.WIDTH)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            eta = (self.total - self.chars) / speed if speed else 0.0
            parts = [f"[{bar}] {done:4.0%}", *parts, f"ETA {_duration(max(eta, 0.0))}"]
        return "  ".join(parts)

    def _draw(self) -> None:
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Erase the status line, leaving the terminal clean for the summary."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
