"""HTML cleaning: vnmeet against trafilatura, on the same pages, in one run.

Two page sets:
- the HTML test set built by bench/htmlset.py from the dev and seed dumps (Vietnamese
  portal templates, gold: cleaning_f1, title_acc, published_acc, section_acc, authors_f1);
- the peer suite ../shared/corpus/peers/article-extraction-benchmark (181 real pages,
  mostly English, scored with its own metric: 4-token shingles, per-page precision and
  recall averaged, F1 of the averages; its published trafilatura figure is 0.958).

Time is per page, in one process, bytes in: vnmeet = decode + HTML main content + line
classifier + metadata + quality figures (the whole cleaning stage, `pipeline.decode_document`
and `pipeline.clean_document`); trafilatura = `extract(..., with_metadata=True)`. Each tool
runs over the whole page set in turn, as it would over a folder, for `repeat` rounds with
the order alternating, and each page counts with its fastest run: a slow spell of this
machine (its timings wander by tens of per cent) then falls on both tools. On the test set
the two are also timed taking turns page by page (`interleaved`): every vnmeet call then
starts with the CPU caches trafilatura has just filled, which costs the lighter tool a
larger share of its time; that figure is reported beside the other, not used for the
target. Run alone: `python bench/html_bench.py` (needs `pip install -e '.[bench]'`).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import htmlset  # noqa: E402
from core import evaluate as ev  # noqa: E402
from core import pipeline  # noqa: E402
from core.record import Document, Reject  # noqa: E402

GOLD_METRICS = ("body_recall", "chrome_leak", "cleaning_f1", "title_acc", "published_acc", "section_acc",
                "authors_f1")


def vnmeet_clean(name: str, data: bytes) -> dict[str, Any]:
    doc = Document(path=name, data=data, payload=data, format="html")
    decoded = pipeline.decode_document(doc)
    if isinstance(decoded, Reject):
        return {"source": {"path": name}, "text": ""}
    cleaned = pipeline.clean_document(decoded)
    if isinstance(cleaned, Reject):
        return {"source": {"path": name}, "text": ""}
    article = cleaned[0]
    return {"source": {"path": name}, "text": article.text, "title": article.title,
            "published": article.published, "section": article.section, "authors": article.authors}


def trafilatura_clean(name: str, data: bytes) -> dict[str, Any]:
    import trafilatura

    out = trafilatura.extract(data, with_metadata=True, output_format="json", favor_precision=False)
    found = json.loads(out) if out else {}
    author = found.get("author")
    return {"source": {"path": name}, "text": found.get("text") or "", "title": found.get("title"),
            "published": found.get("date"), "section": (found.get("categories") or None),
            "authors": [a.strip() for a in re.split(r"[;,]", author)] if author else []}


Cleaner = Callable[[str, bytes], dict[str, Any]]


def in_rounds(cleaners: dict[str, Cleaner], pages: list[tuple[str, bytes]],
              repeat: int) -> dict[str, tuple[float, list[dict[str, Any]]]]:
    """Milliseconds per page for each cleaner, and its records: each cleaner runs over all
    the pages in turn, the order alternating from round to round; each page counts with its
    fastest of `repeat` runs."""
    for clean in cleaners.values():
        clean(*pages[0])  # imports and models load outside the clock
    names = list(cleaners)
    best = {name: [float("inf")] * len(pages) for name in names}
    records: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for run in range(repeat):
        for name in names if run % 2 == 0 else names[::-1]:
            clean = cleaners[name]
            for i, (page_name, data) in enumerate(pages):
                start = time.perf_counter()
                record = clean(page_name, data)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
                if run == 0:
                    records[name].append(record)
    return {name: (sum(best[name]) / len(pages) * 1000, records[name]) for name in names}


def interleaved(cleaners: dict[str, Cleaner], pages: list[tuple[str, bytes]], repeat: int) -> dict[str, float]:
    """Milliseconds per page for each cleaner when they take turns page by page (each page's
    fastest of `repeat` runs)."""
    best = {name: [float("inf")] * len(pages) for name in cleaners}
    for _ in range(repeat):
        for i, (page_name, data) in enumerate(pages):
            for name, clean in cleaners.items():
                start = time.perf_counter()
                clean(page_name, data)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    return {name: sum(times) / len(pages) * 1000 for name, times in best.items()}


def _shingles(text: str, n: int = 4) -> dict[tuple[str, ...], int]:
    tokens = re.findall(r"\w+", text.lower())
    out: dict[tuple[str, ...], int] = {}
    for i in range(max(0, len(tokens) - n + 1)):
        key = tuple(tokens[i : i + n])
        out[key] = out.get(key, 0) + 1
    return out


def peer_scores(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """The suite's metric: per page, shingle TP/FP/FN normalised so that each page weighs the
    same; precision and recall averaged over pages; F1 of the averages."""
    precisions, recalls = [], []
    for key, expected in truth.items():
        gold, got = _shingles(expected), _shingles(predicted.get(key, ""))
        tp = sum(min(count, got.get(s, 0)) for s, count in gold.items())
        fp = sum(got.values()) - tp
        fn = sum(gold.values()) - tp
        total = tp + fp + fn
        if total == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        tp_, fp_, fn_ = tp / total, fp / total, fn / total
        precisions.append(tp_ / (tp_ + fp_) if tp_ + fp_ else 0.0)
        recalls.append(tp_ / (tp_ + fn_) if tp_ + fn_ else 0.0)
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def run(shared: Path, repeat: int = 5) -> dict[str, Any]:
    results: dict[str, Any] = {}
    sources = [s for s in htmlset.default_sources(shared) if (s / "gold").is_dir()]
    if sources:
        with tempfile.TemporaryDirectory(prefix="vnmeet-htmlset-") as tmp:
            out = Path(tmp)
            chosen = htmlset.build(sources, out)
            pages = [(p.name, p.read_bytes()) for p in sorted((out / "raw").glob("*.html"))]
            gold = ev.load_gold(out / "gold")
            rows = {}
            cleaners: dict[str, Cleaner] = {"vnmeet": vnmeet_clean, "trafilatura": trafilatura_clean}
            measured = in_rounds(cleaners, pages, repeat)
            for name, (ms, records) in measured.items():
                evaluation = ev.evaluate(gold, {ev.doc_key(r["source"]["path"]): r for r in records})
                rows[name] = {"ms_per_page": round(ms, 3),
                              **{m: _round(evaluation.metrics.get(m)) for m in GOLD_METRICS}}
            turns = interleaved(cleaners, pages, repeat)
            results["htmlset"] = {"pages": len(pages), "templates": sorted(set(chosen.values())),
                                  "mean_kb": round(sum(len(d) for _, d in pages) / len(pages) / 1024, 1),
                                  "rows": rows,
                                  "speedup": round(rows["trafilatura"]["ms_per_page"] / rows["vnmeet"]["ms_per_page"], 2),
                                  "interleaved": {**{name: round(ms, 3) for name, ms in turns.items()},
                                                  "speedup": round(turns["trafilatura"] / turns["vnmeet"], 2)}}
    peers = shared / "corpus" / "peers" / "article-extraction-benchmark"
    if (peers / "ground-truth.json").exists():
        truth = {k: v["articleBody"] for k, v in json.loads((peers / "ground-truth.json").read_text()).items()}
        pages = [(k, gzip.decompress((peers / "html" / f"{k}.html.gz").read_bytes())) for k in sorted(truth)]
        rows = {}
        measured = in_rounds({"vnmeet": vnmeet_clean, "trafilatura": trafilatura_clean}, pages, max(1, repeat - 2))
        for name, (ms, records) in measured.items():
            predicted = {r["source"]["path"]: r["text"] for r in records}
            rows[name] = {"ms_per_page": round(ms, 3), **peer_scores(truth, predicted)}
        results["peers"] = {"pages": len(pages), "rows": rows,
                            "speedup": round(rows["trafilatura"]["ms_per_page"] / rows["vnmeet"]["ms_per_page"], 2),
                            "published_trafilatura_f1": 0.958}
    results["structset"] = structure_suite(repeat)
    if (peers / "ground-truth.json").exists():
        results["whole_run"] = whole_run(peers)
    results["deep_page"] = deep_page()
    return results


def structure_suite(repeat: int = 3) -> dict[str, Any]:
    """bench/structset.py's pages (the structures of issue 15, the article's text known),
    scored with the peer suite's metric, over all pages and per structure."""
    from bench import structset

    built = structset.pages()
    truth = {name: gold for name, _, gold, _ in built}
    pages = [(f"{name}.html", page.encode()) for name, page, _, _ in built]
    measured = in_rounds({"vnmeet": vnmeet_clean, "trafilatura": trafilatura_clean}, pages, max(1, repeat - 2))
    rows: dict[str, Any] = {}
    for name, (ms, records) in measured.items():
        predicted = {r["source"]["path"][: -len(".html")]: r["text"] for r in records}
        per_structure = {s: peer_scores({k: v for k, v in truth.items() if k.startswith(s + "-")}, predicted)["f1"]
                         for s in structset.STRUCTURES}
        rows[name] = {"ms_per_page": round(ms, 3), **peer_scores(truth, predicted),
                      "rejected": sum(1 for r in records if not r["text"]), "per_structure": per_structure}
    return {"pages": len(pages), "rows": rows}


_TRAFILATURA_RUN = """
import sys, pathlib, trafilatura
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    trafilatura.bare_extraction(path.read_bytes(), with_metadata=True)
"""


def whole_run(peers: Path) -> dict[str, Any]:
    """Seconds for a whole `vnmeet process --no-tokenize` over the peer pages (start-up,
    reading and writing included; one worker, and the default of a worker a core) against
    a process running trafilatura's `bare_extraction` over the same files: the best of two
    runs each.

    vnmeet runs as installed: from a copy of cli/ and core/ compiled to bytecode, as `pip
    install` leaves it (trafilatura's site-packages hold theirs). Run from the source tree
    under PYTHONDONTWRITEBYTECODE (as these sessions are), every start would compile its
    14,000 lines again: that figure is kept beside the other (`*_source`)."""
    import compileall
    import shutil
    import subprocess

    with tempfile.TemporaryDirectory(prefix="vnmeet-peers-") as tmp:
        folder = Path(tmp) / "raw"
        folder.mkdir()
        for path in sorted((peers / "html").glob("*.html.gz")):
            (folder / path.name[: -len(".gz")]).write_bytes(gzip.decompress(path.read_bytes()))
        installed = Path(tmp) / "installed"
        for package in ("cli", "core"):
            shutil.copytree(ROOT / package, installed / package, ignore=shutil.ignore_patterns("__pycache__"))
        compileall.compile_dir(str(installed), quiet=1)

        def vn(root: Path) -> list[str]:
            return [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); from cli.main import main; "
                    "main()", str(root), "process", str(folder), "-o", str(Path(tmp) / "out.jsonl"), "--no-tokenize",
                    "-q"]

        tr = [sys.executable, "-c", _TRAFILATURA_RUN, str(folder)]
        best: dict[str, float] = {}
        for _ in range(2):  # one worker, as trafilatura runs, and the default (a worker a core)
            for name, command in (("vnmeet", [*vn(installed), "--workers", "1"]), ("trafilatura", tr),
                                  ("vnmeet_default", vn(installed)),
                                  ("vnmeet_source", [*vn(ROOT), "--workers", "1"])):
                start = time.perf_counter()
                subprocess.run(command, check=True, capture_output=True)
                best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    return {"pages": len(list((peers / "html").glob("*.html.gz"))),
            **{f"{k}_s": round(v, 2) for k, v in best.items()},
            "speedup": round(best["trafilatura"] / best["vnmeet"], 2),
            "speedup_default_workers": round(best["trafilatura"] / best["vnmeet_default"], 2),
            "speedup_source": round(best["trafilatura"] / best["vnmeet_source"], 2)}


def deep_page(depth: int = 200_000) -> dict[str, Any]:
    """Seconds for one page of `depth` nested `<div>`s (about 2 MB): time must grow
    linearly with the page (core/clean/html_depth.py)."""
    sentence = "The article text of a deeply nested page, long enough to be read as prose. "
    data = (f"<html><head><title>Deep</title></head><body>{'<div>' * depth}<p>{sentence * 4}</p>"
            f"{'</div>' * depth}</body></html>").encode()
    out: dict[str, Any] = {"depth": depth, "kb": len(data) // 1024}
    for name, clean in (("vnmeet", vnmeet_clean), ("trafilatura", trafilatura_clean)):
        start = time.perf_counter()
        clean("deep.html", data)
        out[f"{name}_s"] = round(time.perf_counter() - start, 2)
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def targets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    html = results.get("htmlset")
    if html:
        v, t = html["rows"]["vnmeet"], html["rows"]["trafilatura"]
        out["html_speedup_vs_trafilatura"] = {"value": html["speedup"], "target": ">= 10", "ok": html["speedup"] >= 10}
        out["html_cleaning_f1_floor"] = {"value": v["cleaning_f1"], "target": ">= 0.95", "ok": (v["cleaning_f1"] or 0) >= 0.95}
        for metric in ("cleaning_f1", "title_acc", "published_acc"):
            out[f"html_{metric}_vs_trafilatura"] = {
                "value": f"{v[metric]} vs {t[metric]}", "target": ">=",
                "ok": (v[metric] or 0) >= (t[metric] or 0)}
    peer = results.get("peers")
    if peer:
        f1 = peer["rows"]["vnmeet"]["f1"]
        out["peer_f1_vs_published_trafilatura"] = {"value": f1, "target": ">= 0.958", "ok": f1 >= 0.958}
    run = results.get("whole_run")
    if run:
        out["whole_run_speedup_vs_bare_extraction"] = {"value": run["speedup"], "target": ">= 5", "ok": run["speedup"] >= 5}
    deep = results.get("deep_page")
    if deep:
        out["deep_page_seconds"] = {"value": deep["vnmeet_s"], "target": "<= 2", "ok": deep["vnmeet_s"] <= 2}
    return out


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results = run(args.shared, args.repeat)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    for name, t in targets(results).items():
        print(f"{name:36} {t['value']!s:>18} target {t['target']:6} {'ok' if t['ok'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
