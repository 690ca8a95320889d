"""`kg view`: write the HTML graph explorer."""

from __future__ import annotations

import argparse
import sys

from kg.errors import KgError


def run(args: argparse.Namespace) -> int:
    import pyoxigraph as ox

    from kg.explorer import MAX_NODES, write_explorer

    max_nodes = getattr(args, "max_nodes", MAX_NODES)
    if max_nodes < 1:
        raise KgError("--max-nodes must be at least 1")
    if not args.store.is_dir():
        raise KgError(f"{args.store}: no store here; run `kg build` first or pass --store DIR")
    try:
        store = ox.Store.read_only(str(args.store))
    except OSError as err:
        raise KgError(f"{args.store}: cannot open the store: {err}") from None
    try:
        out = write_explorer(store, args.output, max_nodes=max_nodes)
    except OSError as err:
        raise KgError(f"{args.output}: cannot write: {err.strerror or err}") from None
    print(f"kg view: wrote {out} ({out.stat().st_size // 1024} KiB); open it in a browser, no network needed",
          file=sys.stderr)
    return 0
