import orjson
import pytest

from core.evaluate import GoldDoc, below_floors, doc_key, evaluate, norm

GOLD = GoldDoc(
    key="a",
    lines=[("T", "Tiêu đề bài"), ("B", "Đoạn một của bài viết."), ("B", "Đoạn hai."), ("X", "Lượt xem: 5")],
    fields={
        "title": "Tiêu đề bài", "published": "2024-01-02T10:00:00+07:00", "section": None,
        "authors": ["An", "Bình"],
        "meeting": {"kind": "hội nghị", "date": "2024-01-01", "part_of_day": "sáng",
                    "organizer": "UBND huyện Đức Hòa", "review_year": 2023, "plan_year": None,
                    "chairs": [{"name": "Lê Văn A", "titles": ["Chủ tịch UBND huyện"]}],
                    "attendees": [{"name": "Trần B", "titles": []}]},
        "statistics": [
            {"text": "98%", "value": 98, "kind": "percent", "unit": "%", "of": None, "qualifier": None},
            {"text": "trên 5.000 hồ sơ", "value": 5000, "kind": "count", "unit": "hồ sơ", "of": None, "qualifier": "over"},
        ],
    },
)


def test_perfect_prediction_scores_one():
    pred = {
        "source": {"path": "x/a.txt"}, "title": "tiêu  đề bài", "published": "2024-01-02",
        "authors": ["An", "Bình"], "text": "Đoạn một của bài viết.\nĐoạn hai.",
        "meeting": {"kind": "hội nghị", "date": "2024-01-01", "part_of_day": "sáng",
                    "organizer": "UBND huyện Đức Hoà", "review_year": 2023,
                    "chairs": [{"name": "Lê Văn A", "titles": ["Chủ tịch UBND huyện"]}],
                    "attendees": [{"name": "Trần B", "titles": []}]},
        "statistics": [
            {"value": 98.0, "kind": "percent", "unit": "%", "of": None, "qualifier": None},
            {"value": 5000, "kind": "count", "unit": "hồ sơ đã nhận", "of": None, "qualifier": "over"},
        ],
    }
    result = evaluate({"a": GOLD}, {doc_key(pred["source"]["path"]): pred})
    m = result.metrics
    for name in ("body_recall", "cleaning_f1", "title_acc", "published_acc", "authors_f1",
                 "meeting_detect_acc", "organizer_f1", "chairs_f1", "persons_f1", "stats_f1",
                 "stats_unit_acc", "stats_qualifier_acc", "review_year_acc"):
        assert m[name] == pytest.approx(1.0), name
    assert m["chrome_leak"] == 0.0
    assert m["section_acc"] is None and m["plan_year_acc"] is None


def test_missing_prediction_and_leaks_count_against():
    result = evaluate({"a": GOLD}, {})
    assert result.missing == ["a"] and result.metrics["body_recall"] == 0.0
    leaky = {"a": {"source": {"path": "a.txt"}, "text": "Tiêu đề bài Đoạn một của bài viết. Lượt xem: 5"}}
    m = evaluate({"a": GOLD}, leaky).metrics
    assert m["chrome_leak"] == 1.0
    assert 0 < m["body_recall"] < 1
    assert m["stats_r"] == 0.0


def test_floors_and_keys():
    assert below_floors({"cleaning_f1": 0.9, "chrome_leak": 0.05}, {"cleaning_f1": 0.95, "chrome_leak": 0.03}) == [
        ("cleaning_f1", 0.9, 0.95), ("chrome_leak", 0.05, 0.03)]
    assert below_floors({"x": None}, {"x": 1.0}) == [("x", None, 1.0)]
    assert doc_key("dir/d001_1.txt.gz") == doc_key("d001_1.html") == "d001_1"
    assert norm("  Hoà\nBÌNH ") == "hòa bình"
    assert orjson.loads(orjson.dumps(evaluate({"a": GOLD}, {}).to_dict()))["articles"] == 1
