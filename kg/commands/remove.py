"""`kg remove ID...`: remove articles (their named graphs and metadata) and refresh what depends on them."""

from __future__ import annotations

import argparse
import sys

from kg.errors import KgError
from kg.store import GraphStore


def run(args: argparse.Namespace) -> int:
    if not args.store.is_dir():
        raise KgError(f"{args.store}: no store here")
    store = GraphStore(args.store)
    try:
        known = store.article_hashes()
        missing = [i for i in args.ids if i not in known]
        removed = store.remove_articles(args.ids)
        store.finalize()
    finally:
        store.close()
    for article_id in missing:
        print(f"kg: {article_id}: no such article in {args.store}", file=sys.stderr)
    print(f"removed {removed} article{'s' if removed != 1 else ''}")
    return 1 if missing else 0
