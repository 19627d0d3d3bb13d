"""Deduplication over the baomoi corpus with planted near duplicates.

All 35,440 articles of ../shared/corpus/news/baomoi-35k.tar.gz are processed
(`--no-tokenize`), then `--planted` copies (3,000 by default) of randomly chosen records
are appended, each edited as a republishing portal would: a few words dropped or replaced
(between 0.5 % and 4 % of them, so that some copies fall below the threshold), a line
added, another path and a later date. `vnmeet dedup` then runs as its own process.

Figures: docs/s and peak RSS of the dedup run; recall of the planted pairs (the copy and
its original end in one cluster), over the pairs whose true Jaccard similarity reaches
the threshold, over those 0.05 or more above it (clear of the estimate's noise: 128
permutations estimate 0.8 within about ±0.035), and over all; precision of the reported pairs (a pair is right when it is
planted, or when the true Jaccard similarity of the two texts reaches the threshold:
baomoi has duplicates of its own).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from bench.run import VNMEET, extract_articles, measure  # noqa: E402
from core.dedup import DEFAULT_SHINGLE, DEFAULT_THRESHOLD, record_words, shingles  # noqa: E402

FILLER = ["Nguồn: Cổng thông tin điện tử tỉnh", "Theo Báo điện tử Chính phủ", "(Theo TTXVN)"]


def plant(records_path: Path, out_path: Path, planted: int, seed: int = 7) -> list[tuple[str, str]]:
    """Copy every record to `out_path`, then append edited copies; returns (original, copy) paths."""
    rng = random.Random(seed)
    records = [orjson.loads(line) for line in records_path.read_bytes().splitlines()]
    chosen = rng.sample(range(len(records)), min(planted, len(records)))
    pairs = []
    with out_path.open("wb") as fh:
        for record in records:
            fh.write(orjson.dumps(record) + b"\n")
        for n, index in enumerate(chosen):
            original = records[index]
            copy = orjson.loads(orjson.dumps(original))
            words = copy["text"].split(" ")
            rate = rng.uniform(0.005, 0.04)
            edited = []
            for word in words:
                roll = rng.random()
                if roll < rate / 2:
                    continue  # dropped
                edited.append(rng.choice(words) if roll < rate else word)  # or replaced
            copy["text"] = " ".join(edited) + "\n" + rng.choice(FILLER)
            copy["source"]["path"] = f"planted/{n:05d}/{original['source']['path']}"
            copy["id"] = f"planted-{n:05d}"
            copy["published"] = "2099-01-01"
            fh.write(orjson.dumps(copy) + b"\n")
            pairs.append((original["source"]["path"], copy["source"]["path"]))
    return pairs


def jaccard(a: dict[str, Any], b: dict[str, Any]) -> float:
    sa, sb = (shingles(record_words(r), DEFAULT_SHINGLE) for r in (a, b))
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


def run(shared: Path, planted: int = 3000, threshold: float = DEFAULT_THRESHOLD) -> dict[str, Any] | None:
    tarball = shared / "corpus" / "news" / "baomoi-35k.tar.gz"
    if not tarball.exists():
        return None
    with tempfile.TemporaryDirectory(prefix="vnmeet-dedup-") as tmp:
        work = Path(tmp)
        count = extract_articles(tarball, None, work / "articles")
        records = work / "records.jsonl"
        subprocess.run([*VNMEET, "process", str(work / "articles"), "-o", str(records), "--no-tokenize", "-q"],
                       cwd=ROOT, check=True)
        corpus = work / "corpus.jsonl"
        pairs = plant(records, corpus, planted)
        total = sum(1 for _ in corpus.open("rb"))
        clusters = work / "clusters.jsonl"
        result = measure([*VNMEET, "dedup", str(corpus), "-o", str(work / "unique.jsonl"), "--clusters",
                          str(clusters), "--threshold", str(threshold), "-q"], repeat=1)
        found = [orjson.loads(line) for line in clusters.read_bytes().splitlines()]
        # Cluster of each dropped path = its keeper; a kept path is its own cluster.
        keeper = {d["path"]: d["duplicate_of"]["path"] for d in found}
        wanted = {p for pair in pairs for p in pair} | set(keeper) | set(keeper.values())
        texts = {}
        for line in corpus.read_bytes().splitlines():
            record = orjson.loads(line)
            if record["source"]["path"] in wanted:
                texts[record["source"]["path"]] = record
        true_j = {pair: jaccard(texts[pair[0]], texts[pair[1]]) for pair in pairs}
        eligible = [pair for pair in pairs if true_j[pair] >= threshold]
        clear = [pair for pair in pairs if true_j[pair] >= threshold + 0.05]  # beyond estimation noise

        def together(a: str, b: str) -> bool:
            return keeper.get(a, a) == keeper.get(b, b)

        hit_eligible = sum(together(a, b) for a, b in eligible)
        hit_clear = sum(together(a, b) for a, b in clear)
        hit_all = sum(together(a, b) for a, b in pairs)
        group = {copy: original for original, copy in pairs} | {original: original for original, _ in pairs}
        right = 0
        for entry in found:
            a, b = entry["duplicate_of"]["path"], entry["path"]
            # Planted together (an original and its copy, or two copies of one original),
            # or truly that similar.
            if (group.get(a) is not None and group.get(a) == group.get(b)) or jaccard(texts[a], texts[b]) >= threshold:
                right += 1
        wall = result["wall_s"]
        return {
            "articles": count,
            "records": total,
            "planted": len(pairs),
            "planted_at_or_above_threshold": len(eligible),
            "threshold": threshold,
            "dropped": len(found),
            "recall_planted_eligible": round(hit_eligible / len(eligible), 4) if eligible else None,
            "recall_planted_clear": round(hit_clear / len(clear), 4) if clear else None,
            "recall_planted_all": round(hit_all / len(pairs), 4) if pairs else None,
            "precision_pairs": round(right / len(found), 4) if found else None,
            "wall_s": round(wall, 2),
            "docs_per_s": round(total / wall, 1),
            "peak_rss_mb": round(result["peak_rss_mb"], 1),
        }


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--planted", type=int, default=3000)
    args = parser.parse_args()
    print(json.dumps(run(args.shared, args.planted), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
