"""SPARQL speed: the competency queries of ontology/queries/ over the built Oxigraph store, against the same
queries in rdflib's in-memory engine on the same data, in one run. Prints each time and the ratio.

    python benchmarks/sparql_speed.py [--store exports/store] [--repeat 3] [--timeout 300]

Target: Oxigraph at least 20x faster than rdflib on the slowest query. Skips (exit 0) when there is no store.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


class Timeout(BaseException):  # not Exception: rdflib swallows errors inside FILTERs
    pass


def _alarm(_signum, _frame):
    raise Timeout


def best_of(run, repeat: int) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = run()
        best = min(best, time.perf_counter() - start)
    return best, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=REPO / "exports" / "store")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=300, help="seconds allowed per rdflib query")
    ap.add_argument("--only", nargs="*", default=[], help="run only the queries whose file name starts so")
    args = ap.parse_args()
    if not args.store.is_dir():
        print(f"skipped: no store at {args.store} (run `kg build` first)")
        return 0

    import rdflib

    from kg.store import GraphStore

    store = GraphStore(args.store, read_only=True)
    queries = [q for q in sorted((REPO / "ontology" / "queries").glob("*.rq"))
               if not args.only or q.name.startswith(tuple(args.only))]
    start = time.perf_counter()
    data = rdflib.Dataset(default_union=True)
    data.parse(data=store.nquads(), format="nquads")
    print(f"data: {len(store)} quads, {len(store.article_graphs())} article graphs "
          f"(rdflib load {time.perf_counter() - start:.1f} s)")
    print(f"{'query':<40}{'oxigraph s':>12}{'rdflib s':>12}{'ratio':>10}{'rows':>7}")
    results = []
    signal.signal(signal.SIGALRM, _alarm)
    for path in queries:
        text = path.read_text(encoding="utf-8")
        oxi, rows = best_of(lambda t=text: len(list(store.query(t))), args.repeat)
        signal.alarm(args.timeout)
        try:
            ref, ref_rows = best_of(lambda t=text: len(list(data.query(t))), 1 if oxi > 1 else args.repeat)
            timed_out = False
        except Timeout:
            ref, ref_rows, timed_out = float(args.timeout), -1, True
        finally:
            signal.alarm(0)
        ratio = ref / max(oxi, 1e-6)
        results.append((path.stem, oxi, ref, ratio, timed_out))
        mark = ">" if timed_out else " "
        print(f"{path.stem:<40}{oxi:>12.4f}{mark}{ref:>11.4f}{mark}{ratio:>9.1f}x{rows:>7}"
              + ("" if timed_out or ref_rows == rows else f"  (rdflib rows: {ref_rows})"))
    for engine, column in (("rdflib", 2), ("oxigraph", 1)):
        slowest = max(results, key=lambda r: r[column])
        bound = ">=" if slowest[4] else ""
        print(f"slowest query ({engine}): {slowest[0]}: oxigraph {slowest[1]:.4f} s, rdflib {bound}{slowest[2]:.4f} s, "
              f"ratio {bound}{slowest[3]:.1f}x (target >= 20x)")
    print(f"smallest ratio: {min(r[3] for r in results):.1f}x")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
