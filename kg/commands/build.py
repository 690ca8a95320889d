"""`kg build [INPUT ...]`: read, extract and load into the store; write the default exports."""

from __future__ import annotations

import argparse
import sys

from kg.cli import DEFAULT_INPUT
from kg.errors import KgError
from kg.pipeline import BuildOptions, build


def run(args: argparse.Namespace) -> int:
    inputs = list(args.inputs) or [DEFAULT_INPUT]
    if args.workers < 1 or args.batch_size < 1:
        raise KgError("--workers and --batch-size must be at least 1")
    options = BuildOptions(inputs=inputs, store=args.store, exports=None if args.no_exports else args.exports,
                           workers=args.workers, batch_size=args.batch_size, report=args.report,
                           dask_scheduler=args.dask_scheduler, shards=args.shards)
    try:
        stats = build(options)
    except KeyboardInterrupt:
        print(f"kg: interrupted; the store at {args.store} is consistent: run the same command again to continue",
              file=sys.stderr)
        return 130
    for line in stats.summary():
        print(line)
    if args.shards:
        print(f"sharded N-Quads in {args.shards}/")
    return 1 if stats.skipped_total else 0
