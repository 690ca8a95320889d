"""Benchmark of `kg build` on ../shared/corpus: wall time, articles per second and peak memory with 1 and 2
workers, and how time and store size grow with the corpus (1k, 4k, 16k articles).

Run by hand:  .venv/bin/python benchmarks/build_corpus.py            (everything: about an hour)
              .venv/bin/python benchmarks/build_corpus.py --only growth --sizes 1000,4000
Each build goes through the real command line (`kg build --report`), into a fresh store in a temp folder.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def _records() -> Iterator[str]:
    """Every record of the shared pools, interleaved (so any prefix mixes outlets and styles)."""
    pools = [gzip.open(p, "rt", encoding="utf-8") for p in sorted(CORPUS.glob("*.jsonl.gz"))]
    for lines in itertools.zip_longest(*pools):
        yield from (line for line in lines if line)


def _sample(n: int, folder: Path) -> Path:
    path = folder / f"sample-{n}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(_records(), n))
    return path


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(inputs: Path, workers: int, scratch: Path) -> dict:
    store, report = scratch / f"store-{time.monotonic_ns()}", scratch / "report.json"
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(inputs), "--store", str(store),
                          "--no-exports", "--workers", str(workers), "--report", str(report)],
                         cwd=REPO, capture_output=True, text=True)
    wall = time.monotonic() - started
    if out.returncode not in (0, 1):
        raise SystemExit(f"kg build failed:\n{out.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    return {"articles": data["articles_read"], "skipped": data["skipped"], "wall_s": round(wall, 1),
            "articles_per_s": round(data["articles_read"] / wall, 1), "quads": data["store_quads"],
            "store_mb": round(_size(store) / 2**20, 1), "peak_main_mb": data["peak_memory_mb"]["main"],
            "peak_worker_mb": data["peak_memory_mb"]["largest_worker"],
            "cpu_main_s": data["cpu_seconds"]["main"], "cpu_workers_s": data["cpu_seconds"]["workers"]}


def _print(title: str, rows: list[tuple[str, dict]]) -> None:
    print(f"\n{title}")
    print(f"{'run':<22}{'articles':>9}{'wall s':>9}{'art/s':>8}{'quads':>10}{'store MB':>10}"
          f"{'main MB':>9}{'worker MB':>10}{'cpu main s':>11}{'cpu workers s':>14}")
    for name, r in rows:
        print(f"{name:<22}{r['articles']:>9}{r['wall_s']:>9}{r['articles_per_s']:>8}{r['quads']:>10}"
              f"{r['store_mb']:>10}{r['peak_main_mb']:>9}{r['peak_worker_mb']:>10}{r['cpu_main_s']:>11}"
              f"{r['cpu_workers_s']:>14}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["workers", "growth"], help="run one of the two benchmarks")
    ap.add_argument("--sizes", default="1000,4000,16000", help="corpus sizes for the growth benchmark")
    ap.add_argument("--workers", default="1,2", help="worker counts for the full-corpus benchmark")
    ap.add_argument("--growth-workers", type=int, default=1, help="workers for the growth benchmark")
    ap.add_argument("--articles", type=int, help="workers benchmark on the first N articles instead of all")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"needs ../shared/corpus beside the repository ({CORPUS} is absent)")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        if args.only in (None, "workers"):
            inputs = _sample(args.articles, scratch) if args.articles else CORPUS
            label = f"{args.articles} articles" if args.articles else "full corpus"
            rows = [(f"{label}, {w} worker{'s' if w > 1 else ''}", build(inputs, w, scratch))
                    for w in map(int, args.workers.split(","))]
            _print(f"kg build on {'a sample of ' if args.articles else 'all of '}../shared/corpus", rows)
            if len(rows) >= 2:
                print(f"speed-up {rows[-1][0].split(', ')[1]} vs {rows[0][0].split(', ')[1]}: "
                      f"{rows[0][1]['wall_s'] / rows[-1][1]['wall_s']:.2f}x")
        if args.only in (None, "growth"):
            sizes = [int(s) for s in args.sizes.split(",")]
            w = args.growth_workers
            rows = [(f"{n} articles, {w} worker{'s' if w > 1 else ''}", build(_sample(n, scratch), w, scratch))
                    for n in sizes]
            _print("growth", rows)
            base_n, base = sizes[0], rows[0][1]
            for n, (_, r) in zip(sizes[1:], rows[1:], strict=True):
                print(f"{n // base_n}x the articles: {r['wall_s'] / base['wall_s']:.2f}x the time, "
                      f"{r['store_mb'] / base['store_mb']:.2f}x the store")


if __name__ == "__main__":
    main()
