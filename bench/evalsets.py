"""Evaluate vnmeet on the gold sets and print one table (the closing notes' figures).

    python bench/evalsets.py [--held] [--set NAME=DIR ...] [--out DIR] [--vnmeet PATH]

Runs `vnmeet process RAW --no-tokenize` and `vnmeet evaluate GOLD --json` on the seeds,
`dev` and the develop half of `dev2` (`v001`-`v040`); `--held` adds the held-out half
(`v041`-`v080`), which the issue asks to open only when a large change is measured.
Extra sets in the gold-set layout (`raw/`, `gold/`) come with `--set NAME=DIR`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(os.environ.get("VNMEET_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
CORPUS = SHARED / "corpus"

# (the table's rows: the metrics EVALUATION.md defines, in its order)
METRICS = (
    "cleaning_f1", "title_acc", "published_acc", "section_acc", "authors_f1",
    "meeting_detect_acc", "kind_acc", "meeting_date_acc", "part_of_day_acc",
    "review_year_acc", "plan_year_acc", "organizer_f1", "chairs_f1", "persons_f1",
    "person_titles_f1", "stats_p", "stats_r", "stats_f1", "stats_unit_acc", "stats_qualifier_acc",
)


def half(src: Path, dest: Path, first: int, last: int) -> Path:
    """A gold set of the files of `src` numbered first..last (v001 ...), as symlinks."""
    for sub in ("raw", "gold"):
        (dest / sub).mkdir(parents=True, exist_ok=True)
        for f in sorted((src / sub).iterdir()):
            number = int(f.name[1:4])
            if first <= number <= last:
                (dest / sub / f.name).symlink_to(f.resolve())
    return dest


def evaluate(vnmeet: str, name: str, gold_set: Path, out: Path) -> dict[str, float]:
    predictions = out / f"{name}.jsonl"
    subprocess.run(
        [vnmeet, "process", str(gold_set / "raw"), "-o", str(predictions), "--no-tokenize", "-q"],
        check=True,
    )
    result = subprocess.run(
        [vnmeet, "evaluate", str(gold_set), str(predictions), "--json"],
        check=True, capture_output=True, text=True,
    )
    (out / f"{name}.json").write_text(result.stdout, encoding="utf-8")
    figures = json.loads(result.stdout)
    return figures.get("metrics", figures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held", action="store_true", help="also the held-out half of dev2")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=DIR", help="another gold set")
    parser.add_argument("--out", type=Path, default=Path("out/evalsets"), help="predictions and JSON figures")
    parser.add_argument("--vnmeet", default=shutil.which("vnmeet") or "vnmeet", help="the vnmeet to run")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no gold sets: {CORPUS} is absent (set VNMEET_SHARED)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sets = {
            "seeds": CORPUS / "seeds",
            "dev": CORPUS / "dev",
            "dev2 v001-040": half(CORPUS / "dev2", Path(tmp) / "dev2a", 1, 40),
        }
        if args.held:
            sets["dev2 v041-080"] = half(CORPUS / "dev2", Path(tmp) / "dev2b", 41, 80)
        for spec in args.set:
            name, _, folder = spec.partition("=")
            sets[name] = Path(folder)
        table = {name: evaluate(args.vnmeet, re.sub(r"\W+", "-", name), folder, args.out) for name, folder in sets.items()}
    names = list(table)
    print("| metric | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for metric in METRICS:
        cells = []
        for name in names:
            value = table[name].get(metric)
            cells.append("–" if value is None else f"{value:.4f}")
        print(f"| {metric} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
