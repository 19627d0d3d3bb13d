"""`make bench`, keys step: over a processed corpus, the number of distinct organizer,
person and indicator keys beside the number of distinct written strings they gather
(core/keys.py). Reads the records a run wrote; keys missing from older records are
computed the way `vnmeet stats` does.

    python bench/keys_bench.py RECORDS.jsonl
    python bench/keys_bench.py --corpus [--shared ../shared]   # all 35,440 articles, processed here
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.records_io import iter_records  # noqa: E402
from core.summary import indicator_of, organizer_of, person_of  # noqa: E402


def run(records: str | Path) -> dict[str, Any]:
    seen: dict[str, tuple[set[str], set[str]]] = {name: (set(), set()) for name in ("organizers", "persons", "indicators")}
    count = 0
    for record in iter_records(records):
        count += 1
        meeting = record.get("meeting") or {}
        found = [("organizers", organizer_of(meeting))]
        found += [("persons", person_of(p)) for p in (*(meeting.get("chairs") or ()), *(meeting.get("attendees") or ()))]
        found += [("indicators", indicator_of(s)) for s in record.get("statistics") or ()]
        for name, pair in found:
            if pair:
                seen[name][0].add(pair[0])
                seen[name][1].add(pair[1])
    return {"records": count, **{name: {"strings": len(strings), "keys": len(keys)}
                                 for name, (keys, strings) in seen.items()}}


def run_corpus(shared: Path) -> dict[str, Any] | None:
    """All the articles of the news corpus through `vnmeet process --no-tokenize`, then `run`."""
    from bench.run import VNMEET, extract_articles

    tarball = shared / "corpus" / "news" / "baomoi-35k.tar.gz"
    if not tarball.exists():
        return None
    with tempfile.TemporaryDirectory(prefix="vnmeet-keys-") as tmp:
        work = Path(tmp)
        extract_articles(tarball, None, work / "articles")
        records = work / "records.jsonl"
        subprocess.run([*VNMEET, "process", str(work / "articles"), "-o", str(records), "--no-tokenize", "-q",
                        "-j", "2"], cwd=ROOT, check=True)
        return run(records)


def describe(figures: dict[str, Any]) -> str:
    parts = [f"{name} {figures[name]['keys']:,} keys / {figures[name]['strings']:,} strings"
             for name in ("organizers", "persons", "indicators")]
    return f"{figures['records']:,} records: " + "; ".join(parts)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--corpus"]:
        shared = Path(sys.argv[3]) if sys.argv[2:3] == ["--shared"] else ROOT.parent / "shared"
        figures = run_corpus(shared)
    else:
        figures = run(sys.argv[1])
    if figures:
        print(json.dumps(figures))
        print(describe(figures))
