"""`kg serve`: the SPARQL endpoint, the query page and the explorer over HTTP."""

from __future__ import annotations

import argparse

from kg.errors import KgError


def run(args: argparse.Namespace) -> int:
    from kg.server import ServerConfig, serve

    if not args.store.is_dir():
        raise KgError(f"{args.store}: no store here; run `kg build` first or pass --store DIR")
    if args.timeout <= 0:
        raise KgError("--timeout must be a positive number of seconds")
    for flag in ("max_request", "max_response"):
        if getattr(args, flag) <= 0:
            raise KgError(f"--{flag.replace('_', '-')} must be a positive number of bytes")
    config = ServerConfig(store=args.store, host=args.host, port=args.port, writable=args.writable,
                          timeout=args.timeout, max_request=args.max_request, max_response=args.max_response,
                          workers=getattr(args, "workers", None) or 2)
    try:
        serve(config)
    except OSError as err:
        raise KgError(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}") from None
    return 0
