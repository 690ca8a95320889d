"""Progress on stderr: a bar redrawn in place on a terminal, plain periodic lines otherwise (logs, CI)."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from kg.pipeline.stats import BuildStats


class Progress:
    def __init__(self, stats: BuildStats, stream: TextIO | None = None, interval: float | None = None) -> None:
        self.stats, self.stream = stats, stream or sys.stderr
        self.tty = self.stream.isatty()
        default = 0.2 if self.tty else float(os.environ.get("KG_PROGRESS_INTERVAL", 10))
        self.interval = default if interval is None else interval
        self.last = 0.0
        self.drawn = False

    def _line(self) -> str:
        s = self.stats
        return (f"{s.articles} articles, {s.quads} quads, {s.skipped_total} skipped, "
                f"{s.rate():.1f} articles/s")

    def update(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        if self.tty:
            spin = "|/-\\"[int(now * 4) % 4]
            self.stream.write(f"\r\x1b[K{spin} {self._line()}")
            self.drawn = True
        else:
            self.stream.write(f"progress: {self._line()}\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        """A line (a problem, a notice) printed without tearing the bar."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.drawn = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False
