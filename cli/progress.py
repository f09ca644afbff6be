"""A progress line on stderr: documents, documents per second and the time left.

Shown only when stderr is a terminal, so logs and pipes never fill with carriage returns. The time
left is estimated from the bytes read against the input files' total size, which works for a
million-line JSONL file without counting its lines first.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .inputs import ReadProgress

__all__ = ["Progress", "format_duration"]

REFRESH_SECONDS = 0.2


def format_duration(seconds: float) -> str:
    """``83`` -> ``"1:23"``; ``3723`` -> ``"1:02:03"``."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Call :meth:`update` after each document and :meth:`clear` before printing anything else to stderr."""

    def __init__(self, read: ReadProgress, stream: TextIO | None = None, enabled: bool | None = None,
                 clock=time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.read = read
        self.done = 0
        self.failed = 0
        self._clock = clock
        self._start = clock()
        self._last = float("-inf")
        self._shown = False

    def line(self) -> str:
        elapsed = max(self._clock() - self._start, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done:,} documents  {rate:,.0f}/s"
        if self.failed:
            text += f"  {self.failed:,} failed"
        total, read = self.read.total_bytes, self.read.bytes_read
        if total and 0 < read < total:
            text += f"  ETA {format_duration(elapsed * (total - read) / read)}"
        return text

    def update(self, ok: bool = True) -> None:
        if ok:
            self.done += 1
        else:
            self.failed += 1
        if not self.enabled:
            return
        now = self._clock()
        if now - self._last >= REFRESH_SECONDS:
            self._last = now
            self.stream.write("\r\x1b[K" + self.line())
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
