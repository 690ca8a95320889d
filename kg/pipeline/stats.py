"""Counts of a build or an extraction run: read, skipped by reason, converted, facts added; the summary
printed at the end and the JSON of `--report`."""

from __future__ import annotations

import resource
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kg.errors import InputProblem
from kg.model import ArticleFacts
from kg.reading import InputNotice

MAX_LISTED = 10_000  # problems and notices listed one by one in the report; the counts are always complete


def reason_kind(reason: str) -> str:
    """'malformed JSON: Expecting value (column 1)' → 'malformed JSON'."""
    return reason.split(":", 1)[0].split(" (", 1)[0].strip()


@dataclass
class BuildStats:
    started: float = field(default_factory=time.monotonic)
    articles: int = 0  # articles read
    extracted: int = 0  # articles extracted (new or changed)
    unchanged: int = 0  # already in the store with the same content
    skipped: Counter[str] = field(default_factory=Counter)
    converted: Counter[str] = field(default_factory=Counter)
    problems: list[dict[str, Any]] = field(default_factory=list)
    notices: list[dict[str, Any]] = field(default_factory=list)
    persons: int = 0
    holdings: int = 0
    events: int = 0
    quads: int = 0  # quads written to the store
    store_quads: int | None = None
    interrupted: bool = False
    worker_peak_mb: float = 0.0  # largest worker process (0 when extraction ran in the main process)
    worker_cpu_seconds: float = 0.0  # all workers together
    phases: Counter[str] = field(default_factory=Counter)  # wall seconds of the main process by phase

    def problem(self, problem: InputProblem) -> None:
        self.skipped[reason_kind(problem.reason)] += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append({"path": problem.path, "line": problem.line, "reason": problem.reason})

    def notice(self, notice: InputNotice) -> None:
        self.converted[notice.message.split(" to ", 1)[0]] += 1
        if len(self.notices) < MAX_LISTED:
            self.notices.append({"path": notice.path, "line": notice.line, "message": notice.message})

    def facts(self, facts: ArticleFacts) -> None:
        self.extracted += 1
        self.persons += len(facts.persons)
        self.holdings += len(facts.holdings)
        self.events += len(facts.events)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
        finally:
            self.phases[name] += time.monotonic() - started

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def peak_memory_mb(self) -> dict[str, float]:
        """Peak resident memory of this process and of the largest worker (Linux reports KiB)."""
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"main": round(own, 1), "largest_worker": round(self.worker_peak_mb, 1)}

    def cpu_seconds(self) -> dict[str, float]:
        own = resource.getrusage(resource.RUSAGE_SELF)
        return {"main": round(own.ru_utime + own.ru_stime, 1), "workers": round(self.worker_cpu_seconds, 1)}

    def to_json(self) -> dict[str, Any]:
        return {
            "articles_read": self.articles,
            "articles_extracted": self.extracted,
            "articles_unchanged": self.unchanged,
            "skipped": self.skipped_total,
            "skipped_by_reason": dict(sorted(self.skipped.items())),
            "converted": dict(sorted(self.converted.items())),
            "facts_added": {"persons": self.persons, "holdings": self.holdings, "events": self.events,
                            "quads": self.quads},
            "store_quads": self.store_quads,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.rate(), 2),
            "peak_memory_mb": self.peak_memory_mb(),
            "cpu_seconds": self.cpu_seconds(),
            "phase_seconds": {k: round(v, 1) for k, v in sorted(self.phases.items())},
            "interrupted": self.interrupted,
            "problems": self.problems,
            "notices": self.notices,
        }

    def summary(self, store: bool = True) -> list[str]:
        lines = [f"read {self.articles} articles: {self.extracted} extracted"
                 + (f", {self.unchanged} already in the store" if store else "")]
        if self.skipped:
            reasons = ", ".join(f"{kind} {n}" for kind, n in sorted(self.skipped.items()))
            lines.append(f"skipped {self.skipped_total}: {reasons}")
        else:
            lines.append("skipped 0")
        if self.converted:
            lines.append("converted: " + ", ".join(f"{kind} {n}" for kind, n in sorted(self.converted.items())))
        facts = f"{self.persons} persons, {self.holdings} holdings, {self.events} events"
        if store:
            total = f"; {self.store_quads} quads in the store" if self.store_quads is not None else ""
            lines.append(f"facts added: {facts} ({self.quads} quads{total})")
        else:
            lines.append(f"facts: {facts}")
        memory = self.peak_memory_mb()
        lines.append(f"time {self.seconds:.1f} s ({self.rate():.1f} articles/s), peak memory {memory['main']:.0f} MB"
                     + (f" (largest worker {memory['largest_worker']:.0f} MB)" if memory["largest_worker"] else ""))
        return lines
