"""`kg check`: holdings that contradict a known term of office in the reference data."""

from __future__ import annotations

import argparse

from kg.analysis.check import findings
from kg.store import open_store


def run(args: argparse.Namespace) -> int:
    store = open_store(args.store)
    try:
        found = findings(store)
    finally:
        store.close()
    for finding in found:
        print(finding.line())
    print(f"{len(found)} finding{'s' if len(found) != 1 else ''} (holdings that contradict a known term of office)")
    return 0
