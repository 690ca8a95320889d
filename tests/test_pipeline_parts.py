"""Pipeline parts: ordered bounded extraction in worker processes, failures isolated, progress output."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from kg.model import Article
from kg.pipeline.executors import IN_FLIGHT_PER_WORKER, make_extractor
from kg.pipeline.progress import Progress
from kg.pipeline.stats import BuildStats, reason_kind
from kg.pipeline.work import Failure

STAND_IN = "pipeline_stand_in:extract"


def _chunks(n: int, consumed: list[int]) -> Iterator[list[Article]]:
    for i in range(n):
        consumed.append(i)
        yield [Article(id=f"a{i}", title=f"T{i}", text="FAIL" if i == 3 else f"văn bản {i}")]


@pytest.mark.parametrize("workers", [1, 2])
def test_order_failures_and_bounded_memory(workers: int) -> None:
    consumed: list[int] = []
    extractor = make_extractor(STAND_IN, workers)
    try:
        results = extractor.map(_chunks(60, consumed))
        first = next(results)
        assert len(consumed) <= workers * IN_FLIGHT_PER_WORKER + 1  # the reader is not drained ahead
        rest = [r for chunk in results for r in chunk]
    finally:
        extractor.close()
    out = first + rest
    assert [r.article.id for r in out] == [f"a{i}" for i in range(60)]
    assert isinstance(out[3], Failure) and out[3].reason == "extraction failed: ValueError: stand-in failure"
    assert out[5].persons[0].name == "T5"
    if workers > 1:
        assert extractor.worker_peak_mb > 0


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_and_lines_otherwise() -> None:
    stats = BuildStats()
    stats.articles, stats.quads = 12, 340
    tty = _Tty()
    bar = Progress(stats, tty, interval=0)
    bar.update()
    bar.message("kg: x.txt: empty file: skipped")
    bar.update()
    bar.close()
    text = tty.getvalue()
    assert "12 articles, 340 quads, 0 skipped" in text and "progress:" not in text
    assert "\r\x1b[Kkg: x.txt: empty file: skipped\n" in text  # the bar is cleared before a message
    assert text.endswith("\r\x1b[K")  # and cleared at the end
    plain = io.StringIO()
    lines = Progress(stats, plain, interval=0)
    lines.update()
    lines.update()
    out = plain.getvalue()
    assert "\r" not in out and len(out.splitlines()) == 2
    assert all(line.startswith("progress: 12 articles, 340 quads, 0 skipped, ") for line in out.splitlines())


def test_reason_kinds() -> None:
    assert reason_kind("malformed JSON: Expecting value (column 1)") == "malformed JSON"
    assert reason_kind("truncated gzip (Compressed file ended): the records before it were read") == "truncated gzip"
    assert reason_kind("duplicate article id (x was first read at f:1)") == "duplicate article id"
