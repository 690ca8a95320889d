"""Rule outputs of each political gold set from code that had never seen it (for the participation model's CV).

The learned participation model is joined with the rules' own attendees (mode `hybrid`); its threshold, the score
below which a rule attendee leaves, and the gate are chosen by leave-one-set-out cross-validation. Scored against the
current rules, which were tuned on every gold set, CV says "trust the rules" whatever the model does; on a fresh draw
the rules are blind. So the CV joins the model with rule outputs of code that had not seen the held-out set: the
commit before the set was added to the repository (`BLIND`; tests/gold and the dev gold are older than every commit
kept here, so they get the code of the honest protocol, e3a6343: tuned on them).

    python scripts/participation_blind_rules.py /tmp/blind_rules        # ~2 min, one core
    python scripts/train_participation_model.py --rules-dir /tmp/blind_rules

Each commit is unpacked with `git archive` into a temporary folder and run with this repository's venv
(`python -m kg.cli extract SET --format jsonl` with that folder first on PYTHONPATH); outputs are
`<out>/old_<set>.jsonl` (`old_dev.jsonl` for ../shared/gold/dev).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_participation_model as tpm  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HONEST = "e3a6343"  # rules of the honest protocol (kg/models/README.md): blind to gold_blind7..11
BLIND: dict[str, str] = {
    "tests/gold": HONEST, "dev": HONEST,
    "tests/gold_blind": "f8941f2", "tests/gold_blind2": "434ba7e", "tests/gold_blind3": "0ab5c00",
    "tests/gold_blind4": "0ab5c00", "tests/gold_blind5": "d7efd6f", "tests/gold_blind6": "7d636e9",
    **{f"tests/gold_blind{n}": HONEST for n in (7, 8, 9, 10, 11)},
    "tests/gold_blind12": "ce59caa",  # the code that scored the fresh draw blind (rules .585)
    # the sixth session's fresh draws: the session's first commit, whose code scored them blind
    **{f"tests/gold_blind{n}": "6783223" for n in (13, 14, 15, 16)},
    # added after 02e11a7 (the commit before them); the seventh session's fresh draws were scored blind by 75564e8
    **{f"tests/gold_blind{n}": "02e11a7" for n in (17, 18)},
    **{f"tests/gold_blind{n}": "75564e8" for n in (19, 20, 21, 22)},
    # the eighth session's fresh draws, scored blind by its first commit
    **{f"tests/gold_blind{n}": "d6fc0fd" for n in (23, 24)},
    # the ninth session's fresh draws, scored blind by its first commit
    **{f"tests/gold_blind{n}": "9eed7cc" for n in (25, 26)},
    # the tenth session's fresh draws, scored blind by its first commit
    **{f"tests/gold_blind{n}": "0611fdd" for n in (27, 28)},
    # the eleventh session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "e961ed5" for n in (29, 30)},
    # the twelfth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "ff8abd6" for n in (31, 32)},
    # the thirteenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "84b6ff0" for n in (33, 34)},
    # the fourteenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "572ac52" for n in (35, 36)},
    # the fifteenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "20c00ac" for n in (37, 38)},
    # the sixteenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "868e551" for n in (39, 40)},
    # the seventeenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "3747a69" for n in (41, 42)},
    # the eighteenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "9ae7fe4" for n in (43, 44)},
    # the nineteenth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "e39bcd2" for n in (45, 46)},
    # the twentieth session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "0eec310" for n in (47, 48)},
    # the twenty-first session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "05ed698" for n in (49, 50)},
    # the twenty-second session's fresh draws, scored blind by the code it started from
    **{f"tests/gold_blind{n}": "bd71868" for n in (51, 52)},
    # the twenty-third session's fresh draws (55 to 57 among news of officials), scored blind by its start code
    **{f"tests/gold_blind{n}": "428f679" for n in (53, 54, 55, 56, 57)},
}


def dev_inputs(folder: Path) -> list[Path]:
    """The dev gold's articles as one JSON Lines file (its texts are in ../shared/corpus)."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = {p.stem for p in (tpm.SHARED / "gold" / "dev").glob("*.json")}
    out = folder / "dev.jsonl"
    import json
    with out.open("w", encoding="utf-8") as fh:
        for a in tpm._articles("dev", ids):
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "published": a.published,
                                 "source": a.source, "url": a.url}, ensure_ascii=False) + "\n")
    return [out]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sets", nargs="+", default=list(BLIND))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            commit = BLIND[name]
            src = Path(tmp) / commit
            if not src.exists():
                src.mkdir()
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
                subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
            inputs = dev_inputs(Path(tmp) / "dev") if name == "dev" else [ROOT / name / "articles.jsonl"]
            stem = "dev" if name == "dev" else Path(name).name
            env = {**os.environ, "PYTHONPATH": str(src)}
            with (args.out / f"old_{stem}.jsonl").open("w", encoding="utf-8") as fh:
                subprocess.run([sys.executable, "-m", "kg.cli", "extract", *map(str, inputs), "--format", "jsonl"],
                               check=True, stdout=fh, stderr=subprocess.DEVNULL, env=env, cwd=tmp)
            print(f"{name}: {commit}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
