"""`kg export`: write the store in one of the formats of kg.export."""

from __future__ import annotations

import argparse

from kg.export import write
from kg.store import open_store


def run(args: argparse.Namespace) -> int:
    store = open_store(args.store)
    try:
        write(args.format, store, args.output)
    finally:
        store.close()
    return 0
