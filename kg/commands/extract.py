"""`kg extract INPUT ...`: the facts of each article, as JSON Lines (one ArticleFacts per line) or a table."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TextIO

from kg.model import ArticleFacts
from kg.pipeline.build import CHUNK_SIZE, chunked, extracted, read_articles
from kg.pipeline.executors import make_extractor
from kg.pipeline.progress import Progress
from kg.pipeline.stats import BuildStats
from kg.pipeline.work import DEFAULT_EXTRACTOR
from kg.reading import input_files


def write_jsonl(facts: ArticleFacts, out: TextIO) -> None:
    out.write(json.dumps(facts.to_json(), ensure_ascii=False) + "\n")


def write_table(facts: ArticleFacts, out: TextIO) -> None:
    a = facts.article
    out.write(f"== {a.id}  {a.title}\n")
    meta = [a.published or "no date", a.source or "no outlet"] + ([a.byline] if a.byline else [])
    out.write(f"   {' | '.join(meta)}\n")
    if facts.persons:
        out.write(f"   persons:  {', '.join(p.name for p in facts.persons)}\n")
    for h in facts.holdings:
        out.write(f"   {'former ' if h.former else 'holds   '} {h.person} — {h.position}\n")
    for e in facts.events:
        out.write(f"   event    {e.date or '?'}  {e.name} ({e.type})\n")
        for label, names in (("at", e.locations), ("chairs", e.chairs), ("attendees", e.attendees)):
            if names:
                out.write(f"            {label}: {', '.join(names)}\n")
    out.write("\n")


FORMATS: dict[str, Callable[[ArticleFacts, TextIO], None]] = {"jsonl": write_jsonl, "table": write_table}


def run(args: argparse.Namespace) -> int:
    inputs = input_files(args.inputs)
    write = FORMATS[args.format]
    stats = BuildStats()
    progress = Progress(stats, sys.stderr, interval=float("inf"))  # messages only: stdout carries the output
    extractor = make_extractor(DEFAULT_EXTRACTOR, max(1, args.workers))
    try:
        chunks = chunked(read_articles(inputs, stats, progress), CHUNK_SIZE)
        for facts in extracted(extractor.map(chunks), stats, progress):
            write(facts, sys.stdout)
    finally:
        stats.worker_peak_mb = extractor.worker_peak_mb
        stats.worker_cpu_seconds = extractor.worker_cpu_seconds
        extractor.close()
    sys.stdout.flush()
    if args.format == "table":
        for line in stats.summary(store=False):
            print(line)
    elif stats.skipped_total:
        print(f"kg: skipped {stats.skipped_total}: "
              + ", ".join(f"{k} {n}" for k, n in sorted(stats.skipped.items())), file=sys.stderr)
    return 1 if stats.skipped_total else 0
