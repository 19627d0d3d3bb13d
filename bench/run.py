"""`make bench`: throughput and memory of vnmeet against the bare tokenizer, on real news.

Articles come from ../shared/corpus/news/baomoi-35k.tar.gz (the first N files in name
order, 2,000 by default, all 35,440 with --all), extracted into a temporary folder. In
one run it measures, each as its own process so that start-up and model loading count:

- baseline: underthesea `word_tokenize` over the same cleaned texts vnmeet produces, one
  process (the texts come from the `--no-tokenize` run), and the same texts through
  vnmeet's own segmentation path (the cached one in core/tokenize.py);
- `vnmeet process` with 1 and 2 workers, and with `--no-tokenize`;
- docs/s, words/s, the peak RSS of the largest process (every worker included: the
  kernel's high-water mark of the largest descendant, RUSAGE_CHILDREN), the ratios;
- `vnmeet --help` start-up time;
- HTML cleaning against trafilatura on the same pages (bench/html_bench.py): the HTML test
  set built from the dev and seed dumps, and the peer suite of 181 real pages;
- `vnmeet dedup` over all 35,440 articles with 3,000 planted near duplicates
  (bench/dedup_bench.py): docs/s, peak RSS, recall and precision of the pairs found;
- keys (bench/keys_bench.py): over all 35,440 articles (`--no-tokenize`), the distinct
  organizer, person and indicator keys beside the distinct strings they gather.

Figures go to bench/results.json and to the terminal. Targets are reported, never
asserted: a slower machine is not a failed build.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from itertools import zip_longest
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import html_bench  # noqa: E402

VNMEET = [sys.executable, "-c", "from cli.main import main; main()"]

# Runs a command and prints its wall time and the peak RSS of its largest process.
_MEASURE = r"""
import resource, subprocess, sys, time, json
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
lines = done.stdout.strip().splitlines()
print(json.dumps({"code": done.returncode, "wall_s": wall, "stdout": lines[-1] if lines else "",
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

_BASELINE = r"""
import json, sys, time
mode, path = sys.argv[1], sys.argv[2]
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
t = time.perf_counter()
words = 0
if mode == "word_tokenize":
    from underthesea import word_tokenize
    for text in texts:
        words += len(word_tokenize(text))
else:
    from core.tokenize import Tokenizer
    tokenizer = Tokenizer()
    for text in texts:
        words += sum(len(sentence) for sentence in tokenizer.segment(text.split("\n"))[1])
print(json.dumps({"words": words, "loop_s": time.perf_counter() - t}))
"""


def extract_articles(tarball: Path, n: int | None, target: Path) -> int:
    """The first n articles by name, in one sequential pass: seeking in a gzip stream
    decompresses it again from the start, so members are read in archive order."""
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball, "r:gz") as tar:
        names = sorted(m.name for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt"))
    chosen = set(names if n is None else names[:n])
    with tarfile.open(tarball, "r|gz") as stream:
        for member in stream:
            if member.name in chosen:
                source = stream.extractfile(member)
                if source is not None:
                    (target / Path(member.name).name).write_bytes(source.read())
    return len(chosen)


REPEAT = 2  # this machine's timings wander by several per cent: the best of N is reported


def measure(cmd: list[str], repeat: int | None = None) -> dict[str, Any]:
    best: dict[str, Any] | None = None
    for _ in range(repeat or REPEAT):
        out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True,
                             cwd=ROOT, check=True)
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        if result["code"] != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {result['code']}")
        if best is None or result["wall_s"] < best["wall_s"]:
            result["peak_rss_mb"] = max(result["peak_rss_mb"], best["peak_rss_mb"] if best else 0)
            best = result
        else:
            best["peak_rss_mb"] = max(best["peak_rss_mb"], result["peak_rss_mb"])
    assert best is not None
    return best


def vnmeet_row(name: str, articles: Path, work: Path, extra: list[str],
               command: list[str] | None = None) -> dict[str, Any]:
    out = work / f"{name}.jsonl"
    summary = work / f"{name}.summary.json"
    result = measure([*(command or VNMEET), "process", str(articles), "-o", str(out), "-q",
                      "--summary-json", str(summary), *extra])
    figures = json.loads(summary.read_text())
    wall = result["wall_s"]
    return {
        "name": name,
        "wall_s": round(wall, 2),
        "docs": figures["processed"],
        "docs_per_s": round(figures["processed"] / wall, 1),
        "words": figures["words"],
        "words_per_s": round(figures["words"] / wall),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
        "output": str(out),
    }


def same_records(pure: Path, compiled: Path) -> bool:
    """Whether two runs wrote the same records, line for line (the compiled build must
    change the speed only)."""
    with pure.open("rb") as a, compiled.open("rb") as b:
        return all(x == y for x, y in zip_longest(a, b))


def baseline_row(name: str, mode: str, texts: Path) -> dict[str, Any]:
    result = measure([sys.executable, "-c", _BASELINE, mode, str(texts)])
    inner = json.loads(result["stdout"])
    docs = sum(1 for _ in texts.open(encoding="utf-8"))
    return {
        "name": name,
        "wall_s": round(result["wall_s"], 2),
        "loop_s": round(inner["loop_s"], 2),
        "docs": docs,
        "docs_per_s": round(docs / result["wall_s"], 1),
        "words": inner["words"],
        "words_per_s": round(inner["words"] / result["wall_s"]),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
    }


def help_time() -> float:
    times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([*VNMEET, "--help"], capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder")
    parser.add_argument("-n", type=int, default=2000, help="articles to take (default 2,000)")
    parser.add_argument("--all", action="store_true", help="all 35,440 articles")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    parser.add_argument("--repeat", type=int, default=2, help="runs per row; the fastest counts")
    parser.add_argument("--skip-text", action="store_true", help="only the HTML comparison")
    parser.add_argument("--skip-html", action="store_true", help="no HTML comparison")
    parser.add_argument("--skip-dedup", action="store_true", help="no deduplication run")
    parser.add_argument("--skip-keys", action="store_true", help="no count of keys against strings")
    parser.add_argument("--compiled", help="the `vnmeet` of the compiled build (`make fast`): its "
                        "--no-tokenize rows too, and a check that it writes the same records")
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)

    tarball = Path(args.shared) / "corpus" / "news" / "baomoi-35k.tar.gz"
    if not tarball.exists():
        print(f"skipped: {tarball} is absent (../shared holds the news corpus)")
        return 0
    if args.skip_text:
        return html_only(Path(args.shared), Path(args.out), args.repeat)
    # The source as an install leaves it: byte-compiled. Otherwise, where PYTHONDONTWRITEBYTECODE
    # is set (as in some CI shells), every vnmeet process the bench starts compiles its ~60 modules
    # again (0.2 s a start), which no user's installed vnmeet does.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "core"), str(ROOT / "cli")], check=False)
    # Likewise the rules' compiled patterns (core/regex_cache.py), which a user's first run keeps
    # beside the bytecode: written once here, for the pure and the compiled build.
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    pythons = [sys.executable] + ([str(Path(args.compiled).absolute().parent / "python")] if args.compiled else [])
    for python in pythons:
        subprocess.run([python, "-c", "import core.pipeline, core.extract, core.keys"], check=False, env=warm_env,
                       cwd=ROOT if python == sys.executable else "/")  # (the compiled build: its own `core`, not the tree's)
    work = Path(tempfile.mkdtemp(prefix="vnmeet-bench-"))
    try:
        rows: list[dict[str, Any]] = []
        sizes = [args.n] if not args.all else [args.n, None]
        results: dict[str, Any] = {
            "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform()},
            "repeat": REPEAT,
            "help_s": round(help_time(), 3),
            "runs": {},
        }
        for size in sizes:
            articles = work / f"articles-{size or 'all'}"
            count = extract_articles(tarball, size, articles)
            print(f"{count} articles in {articles}", flush=True)
            rows = []
            rows.append(vnmeet_row("vnmeet --no-tokenize (1 worker)", articles, work, ["--no-tokenize", "-j", "1"]))
            rows.append(vnmeet_row("vnmeet --no-tokenize (2 workers)", articles, work, ["--no-tokenize", "-j", "2"]))
            if args.compiled:
                fast = [args.compiled]
                rows.append(vnmeet_row("compiled --no-tokenize (1 worker)", articles, work, ["--no-tokenize", "-j", "1"], fast))
                rows.append(vnmeet_row("compiled --no-tokenize (2 workers)", articles, work, ["--no-tokenize", "-j", "2"], fast))
                results.setdefault("compiled_same_records", {})[str(count)] = same_records(
                    Path(rows[0]["output"]), Path(rows[2]["output"]))
            if size is not None:
                texts = Path(rows[0]["output"])
                rows.append(baseline_row("bare word_tokenize, 1 process", "word_tokenize", texts))
                rows.append(baseline_row("vnmeet segmentation path, 1 process", "vnmeet", texts))
                rows.append(vnmeet_row("vnmeet (1 worker)", articles, work, ["-j", "1"]))
                rows.append(vnmeet_row("vnmeet (2 workers)", articles, work, ["-j", "2"]))
            else:
                # All 35,440 with tokenisation: the memory of a long run, one pass.
                rows.append(vnmeet_row("vnmeet (2 workers)", articles, work, ["-j", "2"]))
            for row in rows:
                print(json.dumps(row, ensure_ascii=False), flush=True)
            results["runs"][str(count)] = rows
        first = results["runs"][str(min(int(k) for k in results["runs"]))]
        by = {row["name"]: row for row in first}
        bare = by["bare word_tokenize, 1 process"]["wall_s"]
        one, two = by["vnmeet (1 worker)"]["wall_s"], by["vnmeet (2 workers)"]["wall_s"]
        no_tok = by.get("compiled --no-tokenize (1 worker)", by["vnmeet --no-tokenize (1 worker)"])
        worker_rss = max(by["vnmeet (1 worker)"]["peak_rss_mb"], by["vnmeet (2 workers)"]["peak_rss_mb"])
        targets: dict[str, Any] = {
            "one_worker_vs_bare": {"value": round(one / bare, 3), "target": "<= 1.10", "ok": one / bare <= 1.10},
            "two_vs_one_speedup": {"value": round(one / two, 3), "target": ">= 1.8", "ok": one / two >= 1.8},
            "no_tokenize_docs_per_s_per_core": {"value": no_tok["docs_per_s"], "target": ">= 500",
                                                "ok": no_tok["docs_per_s"] >= 500, "build": no_tok["name"]},
            "peak_rss_mb_largest_process": {"value": worker_rss, "target": "<= 500", "ok": worker_rss <= 500},
            "help_s": {"value": results["help_s"], "target": "< 0.3", "ok": results["help_s"] < 0.3},
        }
        if "compiled_same_records" in results:
            same = all(results["compiled_same_records"].values())
            targets["compiled_same_records"] = {"value": same, "target": "True", "ok": same}
        if args.all and len(results["runs"]) == 2:
            small, full = (results["runs"][k] for k in sorted(results["runs"], key=int))
            a = {r["name"]: r for r in small}["vnmeet (2 workers)"]["peak_rss_mb"]
            b = {r["name"]: r for r in full}["vnmeet (2 workers)"]["peak_rss_mb"]
            targets["rss_flat_all_vs_2000"] = {"value": round(b / a, 3), "target": "<= 1.10", "ok": b / a <= 1.10}
        if not args.skip_html:
            results["html"] = html_bench.run(Path(args.shared), max(5, REPEAT + 3))
            targets.update(html_bench.targets(results["html"]))
        if not args.skip_dedup:
            from bench import dedup_bench  # it imports this module's helpers

            dedup = dedup_bench.run(Path(args.shared))
            if dedup:
                results["dedup"] = dedup
                print(f"\n-- dedup: {json.dumps(dedup)}", flush=True)
        if not args.skip_keys:
            from bench import keys_bench

            # over all 35,440: the --all run's --no-tokenize records, else a run of its own
            largest = results["runs"][str(max(int(k) for k in results["runs"]))]
            results["keys"] = (keys_bench.run(largest[0]["output"]) if args.all
                               else keys_bench.run_corpus(Path(args.shared)))
            print(f"\n-- keys: {json.dumps(results['keys'])}", flush=True)
        results["targets"] = targets
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print()
        print(f"{'run':40} {'wall s':>8} {'docs/s':>8} {'words/s':>9} {'peak MB':>8}")
        for size, rows in results["runs"].items():
            print(f"-- {size} articles")
            for row in rows:
                print(f"{row['name']:40} {row['wall_s']:8.2f} {row['docs_per_s']:8.1f} "
                      f"{row['words_per_s']:9d} {row['peak_rss_mb']:8.1f}")
        print_html(results.get("html"))
        dedup = results.get("dedup")
        if dedup:
            print(f"\n-- dedup: {dedup['records']:,} records ({dedup['planted']:,} planted), {dedup['docs_per_s']} docs/s, "
                  f"peak {dedup['peak_rss_mb']} MB; recall {dedup['recall_planted_eligible']} (true J >= threshold), "
                  f"{dedup['recall_planted_clear']} (>= threshold + 0.05); precision {dedup['precision_pairs']}")
        if results.get("keys"):  # None without the news corpus
            from bench import keys_bench

            print(f"\n-- keys over {keys_bench.describe(results['keys'])}")
        print()
        for name, t in targets.items():
            print(f"{name:34} {t['value']!s:>10} target {t['target']:8} {'ok' if t['ok'] else 'MISSED'}")
        print(f"\nwritten: {args.out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def print_html(html: dict[str, Any] | None) -> None:
    if not html:
        return
    for key, title in (("htmlset", "HTML test set"), ("peers", "peer suite (article-extraction-benchmark)")):
        part = html.get(key)
        if not part:
            continue
        print(f"\n-- {title}: {part['pages']} pages, vnmeet {part['speedup']}x faster")
        for name, row in part["rows"].items():
            figures = "  ".join(f"{k} {v}" for k, v in row.items())
            print(f"{name:12} {figures}")
        turns = part.get("interleaved")
        if turns:
            print(f"taking turns page by page: vnmeet {turns['vnmeet']} ms, trafilatura {turns['trafilatura']} ms, "
                  f"{turns['speedup']}x")


def html_only(shared: Path, out: Path, repeat: int) -> int:
    html = html_bench.run(shared, max(5, repeat + 3))
    results: dict[str, Any] = json.loads(out.read_text()) if out.exists() else {}
    results["html"] = html
    results.setdefault("targets", {}).update(html_bench.targets(html))
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_html(html)
    for name, t in html_bench.targets(html).items():
        print(f"{name:34} {t['value']!s:>18} target {t['target']:8} {'ok' if t['ok'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
