"""`kg evaluate GOLD_DIR INPUT...`: extract the inputs and score them against the gold."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.errors import InputProblem, KgError
from kg.evaluation import score


def _read_gold(folder: Path) -> list[dict]:
    if not folder.is_dir():
        raise KgError(f"{folder}: not a folder of gold *.json files")
    golds = []
    for path in sorted(folder.glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise KgError(f"{path}: not a gold JSON file ({err})") from None
        if not isinstance(doc, dict) or "article" not in doc:
            raise KgError(f"{path}: gold file without an 'article' id")
        golds.append(doc)
    if not golds:
        raise KgError(f"{folder}: no gold *.json files")
    return golds


def run(args: argparse.Namespace) -> int:
    golds = _read_gold(args.gold_dir)
    from kg.extraction import extract
    from kg.reading import iter_inputs

    systems, skipped = [], 0
    for item in iter_inputs(args.inputs):
        if isinstance(item, InputProblem):
            print(f"kg: skipped {item}", file=sys.stderr)
            skipped += 1
            continue
        systems.append(extract(item).to_json())
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for rec in systems:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    report = score(golds, systems)
    if args.per_article:
        print("\n".join(report.details))
    print(json.dumps(report.scores, ensure_ascii=False, indent=2) if args.json else report.table())
    return 1 if skipped else 0
