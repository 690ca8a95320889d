"""Sharded N-Quads: one file per stored batch (`part-00000.nq`, ...), each written whole and then renamed,
so a bulk loader or `kg push` never sees half a file. A resumed build adds new parts after the last one."""

from __future__ import annotations

import os
import re
from pathlib import Path

from kg.model import ArticleFacts

_PART = re.compile(r"part-(\d+)\.nq$")


class ShardWriter:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        numbers = [int(m[1]) for p in self.folder.iterdir() if (m := _PART.match(p.name))]
        self.next = max(numbers, default=-1) + 1
        self.written: list[Path] = []

    def write(self, batch: list[ArticleFacts]) -> Path | None:
        from kg.rdf import facts_nquads

        if not batch:
            return None
        text = "".join(facts_nquads(facts) for facts in batch)
        path = self.folder / f"part-{self.next:05d}.nq"
        tmp = path.with_suffix(".nq.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        self.next += 1
        self.written.append(path)
        return path
