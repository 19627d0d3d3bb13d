"""The metrics of EVALUATION.md: predictions (records) against a gold folder.

Pure functions over plain dicts: `load_gold` reads `GOLD_DIR/gold/`, `evaluate` returns
every metric (None where nothing could be scored, e.g. no gold section in the set).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from core.normalize import normalize_tone

LABELS = ("B", "T", "C", "A", "M", "X")
_WORD_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_DOC_SUFFIXES = (".gz", ".txt", ".html", ".htm", ".xhtml", ".jsonl", ".json")

# Metric names in the order the table shows them.
METRICS = (
    "body_recall", "chrome_leak", "cleaning_f1", "title_acc", "published_acc", "section_acc",
    "authors_f1", "meeting_detect_acc", "kind_acc", "meeting_date_acc", "part_of_day_acc",
    "organizer_f1", "review_year_acc", "plan_year_acc", "chairs_f1", "persons_f1",
    "person_titles_f1", "stats_p", "stats_r", "stats_f1", "stats_unit_acc", "stats_qualifier_acc",
)
# Metrics where lower is better (a `--min` floor is then a ceiling).
LOWER_IS_BETTER = frozenset({"chrome_leak"})


def norm(text: str | None) -> str:
    """NFC, RECORD.md's tone placement, lower case, one space for white space, trimmed."""
    if text is None:
        return ""
    text = normalize_tone(unicodedata.normalize("NFC", text))
    return _SPACE_RE.sub(" ", text.lower()).strip()


def doc_key(path: str) -> str:
    """`dir/d001_x.txt.gz` → `d001_x`: predictions meet gold by file name."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    changed = True
    while changed:
        changed = False
        for suffix in _DOC_SUFFIXES:
            if name.lower().endswith(suffix):
                name = name[: -len(suffix)]
                changed = True
    return name


@dataclass(slots=True)
class GoldDoc:
    key: str
    lines: list[tuple[str, str]]
    fields: dict[str, Any]


def load_gold(gold_dir: str | Path) -> dict[str, GoldDoc]:
    root = Path(gold_dir)
    folder = root / "gold" if (root / "gold").is_dir() else root
    docs: dict[str, GoldDoc] = {}
    for path in sorted(folder.glob("*.json")):
        key = path.name[: -len(".json")]
        lines: list[tuple[str, str]] = []
        tsv = folder / f"{key}.lines.tsv"
        if tsv.exists():
            for row in tsv.read_text(encoding="utf-8").splitlines():
                label, _, text = row.partition("\t")
                if label in LABELS:
                    lines.append((label, text))
        docs[key] = GoldDoc(key, lines, orjson.loads(path.read_bytes()))
    if not docs:
        raise FileNotFoundError(f"no gold files (*.json) in {folder}")
    return docs


def load_predictions(lines: Iterable[bytes], name: str = "predictions") -> dict[str, dict[str, Any]]:
    """Records by document key; a line that is not a record raises ValueError naming
    `name` and the line's number."""
    preds: dict[str, dict[str, Any]] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = orjson.loads(raw)
            path = record["source"]["path"]
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"{name}: line {number}: not JSON ({exc})") from None
        except (KeyError, TypeError):
            raise ValueError(f"{name}: line {number}: not a vnmeet record (no source.path)") from None
        preds[doc_key(path)] = record
    return preds


@dataclass(slots=True)
class _Ratio:
    hit: float = 0.0
    total: float = 0.0

    def add(self, hit: float, total: float = 1.0) -> None:
        self.hit += hit
        self.total += total

    def value(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass(slots=True)
class _PRF:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set[Any] | list[Any], gold: set[Any] | list[Any], tp: int) -> None:
        self.tp += tp
        self.predicted += len(predicted)
        self.gold += len(gold)

    def p(self) -> float | None:
        return self.tp / self.predicted if self.predicted else (None if not self.gold else 0.0)

    def r(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    def f1(self) -> float | None:
        if not self.gold and not self.predicted:
            return None
        p, r = self.p() or 0.0, self.r() or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _token_f1(a: str | None, b: str | None) -> float:
    ta, tb = _WORD_RE.findall(norm(a)), _WORD_RE.findall(norm(b))
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    common: dict[str, int] = {}
    for t in ta:
        common[t] = common.get(t, 0) + 1
    overlap = 0
    for t in tb:
        if common.get(t, 0) > 0:
            common[t] -= 1
            overlap += 1
    if not overlap:
        return 0.0
    p, r = overlap / len(tb), overlap / len(ta)
    return 2 * p * r / (p + r)


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        fa, fb = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(fa - fb) <= 1e-6 * max(abs(fa), abs(fb), 1e-12)


def _unit_ok(pred: str | None, gold: str | None) -> bool:
    p, g = norm(pred), norm(gold)
    return p == g or p.startswith(g + " ") or g.startswith(p + " ")


@dataclass(slots=True)
class Evaluation:
    metrics: dict[str, float | None]
    articles: int
    predicted: int
    missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "predicted": self.predicted,
            "missing": self.missing,
            "metrics": self.metrics,
        }


def evaluate(gold: dict[str, GoldDoc], preds: dict[str, dict[str, Any]]) -> Evaluation:
    body, leak = _Ratio(), _Ratio()
    title, published, section = _Ratio(), _Ratio(), _Ratio()
    authors, chairs, persons, stats = _PRF(), _PRF(), _PRF(), _PRF()
    detect, organizer, titles = _Ratio(), _Ratio(), _Ratio()
    fields = {name: _Ratio() for name in ("kind", "date", "part_of_day", "review_year", "plan_year")}
    unit, qualifier = _Ratio(), _Ratio()
    missing: list[str] = []

    for key, doc in gold.items():
        pred = preds.get(key)
        if pred is None:
            missing.append(key)
            pred = {}
        _score_cleaning(doc, norm(pred.get("text") or ""), body, leak)
        g = doc.fields
        if g.get("title") is not None:
            title.add(norm(pred.get("title")) == norm(g["title"]))
        if g.get("section") is not None:
            section.add(norm(pred.get("section")) == norm(g["section"]))
        if g.get("published") is not None:
            published.add((pred.get("published") or "")[:10] == g["published"][:10])
        g_auth = {norm(a) for a in g.get("authors") or []}
        p_auth = {norm(a) for a in pred.get("authors") or []}
        authors.add(p_auth, g_auth, len(g_auth & p_auth))

        gm, pm = g.get("meeting"), pred.get("meeting")
        detect.add((gm is None) == (pm is None))
        if gm is not None:
            pm = pm or {}
            for name, ratio in fields.items():
                if gm.get(name) is not None:
                    a, b = gm[name], pm.get(name)
                    ratio.add(norm(str(a)) == norm(None if b is None else str(b)))
            if gm.get("organizer") is not None:
                organizer.add(_token_f1(gm["organizer"], pm.get("organizer")))
        g_people = _people(gm)
        p_people = _people(pm)
        g_chairs = {n for n, _, chair in g_people if chair}
        p_chairs = {n for n, _, chair in p_people if chair}
        chairs.add(p_chairs, g_chairs, len(g_chairs & p_chairs))
        g_names = {n: t for n, t, _ in g_people}
        p_names = {n: t for n, t, _ in p_people}
        persons.add(set(p_names), set(g_names), len(set(g_names) & set(p_names)))
        for name in set(g_names) & set(p_names):
            titles.add(_token_f1(g_names[name], p_names[name]))

        _score_statistics(g.get("statistics") or [], pred.get("statistics") or [], stats, unit, qualifier)

    r = body.value()
    leak_v = leak.value()
    cleaning = None
    if r is not None:
        keep = 1.0 - (leak_v or 0.0)
        cleaning = 2 * r * keep / (r + keep) if r + keep else 0.0
    metrics: dict[str, float | None] = {
        "body_recall": r,
        "chrome_leak": leak_v,
        "cleaning_f1": cleaning,
        "title_acc": title.value(),
        "published_acc": published.value(),
        "section_acc": section.value(),
        "authors_f1": authors.f1(),
        "meeting_detect_acc": detect.value(),
        "kind_acc": fields["kind"].value(),
        "meeting_date_acc": fields["date"].value(),
        "part_of_day_acc": fields["part_of_day"].value(),
        "organizer_f1": organizer.value(),
        "review_year_acc": fields["review_year"].value(),
        "plan_year_acc": fields["plan_year"].value(),
        "chairs_f1": chairs.f1(),
        "persons_f1": persons.f1(),
        "person_titles_f1": titles.value(),
        "stats_p": stats.p(),
        "stats_r": stats.r(),
        "stats_f1": stats.f1(),
        "stats_unit_acc": unit.value(),
        "stats_qualifier_acc": qualifier.value(),
    }
    return Evaluation(metrics, len(gold), len(gold) - len(missing), missing)


def _score_cleaning(doc: GoldDoc, text: str, body: _Ratio, leak: _Ratio) -> None:
    body_lines = [norm(t) for label, t in doc.lines if label == "B"]
    for line in body_lines:
        body.add(len(line) if line and line in text else 0, len(line))
    for label, t in doc.lines:
        if label == "B":
            continue
        line = norm(t)
        if len(line) < 4 or any(line in b for b in body_lines):
            continue
        leak.add(len(line) if line in text else 0, len(line))


def _people(meeting: dict[str, Any] | None) -> list[tuple[str, str, bool]]:
    if not meeting:
        return []
    out: list[tuple[str, str, bool]] = []
    for role, chair in (("chairs", True), ("attendees", False)):
        for person in meeting.get(role) or []:
            out.append((norm(person.get("name")), ", ".join(person.get("titles") or []), chair))
    return out


def _score_statistics(
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    stats: _PRF,
    unit: _Ratio,
    qualifier: _Ratio,
) -> None:
    used = [False] * len(gold)
    tp = 0
    for p in pred:
        for j, g in enumerate(gold):
            if used[j] or p.get("kind") != g.get("kind"):
                continue
            if not _same_value(p.get("value"), g.get("value")) or not _same_value(p.get("of"), g.get("of")):
                continue
            used[j] = True
            tp += 1
            if g.get("kind") in ("count", "measure"):
                unit.add(_unit_ok(p.get("unit"), g.get("unit")))
            qualifier.add(p.get("qualifier") == g.get("qualifier"))
            break
    stats.add(pred, gold, tp)


def below_floors(
    metrics: dict[str, float | None], floors: dict[str, float]
) -> list[tuple[str, float | None, float]]:
    """The (metric, value, floor) that fail; a metric that could not be scored fails too."""
    failed: list[tuple[str, float | None, float]] = []
    for name, floor in floors.items():
        value = metrics.get(name)
        if value is None or (value > floor if name in LOWER_IS_BETTER else value < floor):
            failed.append((name, value, floor))
    return failed
