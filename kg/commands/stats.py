"""`kg stats`: counts by type, most active people, strongest co-attendance pairs."""

from __future__ import annotations

import argparse
import sys

from kg.analysis.stats import compute, render
from kg.store import open_store


def run(args: argparse.Namespace) -> int:
    store = open_store(args.store)
    try:
        sys.stdout.write(render(compute(store, args.top)))
    finally:
        store.close()
    return 0
