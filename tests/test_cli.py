import gzip
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from cli.main import app
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden" / "samples.no-tokenize.jsonl"
SCHEMA = orjson.loads((ROOT / "core" / "schema.json").read_bytes())


# The floors of the pipeline issue and of the extraction issue.
CLEANING_FLOORS = ["cleaning_f1=0.95", "chrome_leak=0.03", "title_acc=0.9", "published_acc=0.9",
                   "authors_f1=0.85", "section_acc=0.8"]
EXTRACTION_FLOORS = ["stats_f1=0.9", "stats_unit_acc=0.9", "stats_qualifier_acc=0.9",
                     "meeting_detect_acc=0.95", "meeting_date_acc=0.9", "part_of_day_acc=0.9",
                     "organizer_f1=0.8", "chairs_f1=0.85", "persons_f1=0.85", "person_titles_f1=0.8"]


def records(text: str | bytes) -> list[dict]:
    return [orjson.loads(line) for line in (text.splitlines() if text else [])]


def test_stdout_holds_only_json_lines(tmp_path):
    result = runner.invoke(app, ["process", str(SAMPLES), "-o", "-", "--no-tokenize"])
    assert result.exit_code == 0, result.stderr
    recs = records(result.stdout)
    assert [r["source"]["path"] for r in recs] == sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert all("tokens" not in r for r in recs)
    assert "files seen" in result.stderr


def test_output_matches_golden_file_and_is_deterministic(tmp_path):
    outs = []
    for name in ("a.jsonl", "b.jsonl"):
        result = runner.invoke(app, ["process", str(SAMPLES), "-o", str(tmp_path / name),
                                     "--no-tokenize", "-q"])
        assert result.exit_code == 0, result.stderr
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == GOLDEN.read_bytes(), "regenerate with: python tests/update_golden.py"


def test_tokenized_records_follow_the_schema_and_join_syllables(tmp_path):
    out = tmp_path / "s.jsonl.gz"
    result = runner.invoke(app, ["process", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    recs = records(gzip.decompress(out.read_bytes()))
    validator = Draft202012Validator(SCHEMA)
    for rec in recs:
        errors = list(validator.iter_errors(rec))
        assert not errors, errors[0].message
        assert len(rec["tokens"]) == len(rec["sentences"])
    words = {tok for rec in recs for sent in rec["tokens"] for tok in sent}
    assert {"cải_cách", "hành_chính", "hội_nghị"} <= words


def test_rejects_file_strict_and_exit_codes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes((SAMPLES / "000_fe50be71f5ded831.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (src / "chrome.txt").write_text("Trang chủ\nLượt xem: 3\n", encoding="utf-8")
    (src / "big.txt").write_bytes(b"a " * 3000)
    out = tmp_path / "out" / "r.jsonl"
    args = ["process", str(src), "-o", str(out), "--no-tokenize", "--max-bytes", "5000",
            "--summary-json", str(tmp_path / "summary.json")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert len(records(out.read_bytes())) == 1
    rejects = {r["path"]: r["reason"] for r in records((tmp_path / "out" / "r.rejects.jsonl").read_bytes())}
    assert rejects == {"empty.txt": "empty", "binary.txt": "binary", "chrome.txt": "no_body",
                       "big.txt": "too_large"}
    summary = orjson.loads((tmp_path / "summary.json").read_bytes())
    assert summary["files_seen"] == 5 and summary["records"] == 1 and summary["rejected"] == 4
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["process", str(tmp_path / "missing"), "-o", "-"]).exit_code == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["process", str(SAMPLES), "-o", str(blocker / "x.jsonl")])
    assert result.exit_code == 2
    assert runner.invoke(app, ["process", str(SAMPLES)]).exit_code == 2  # no -o


def test_stdin_document(tmp_path):
    data = (SAMPLES / "002_5006d74ba01a891b.txt").read_bytes()
    result = runner.invoke(app, ["process", "-", "-o", "-", "--no-tokenize", "-q"], input=data)
    assert result.exit_code == 0
    (rec,) = records(result.stdout)
    assert rec["source"]["path"] == "-" and rec["title"].startswith("Triển khai nhiệm vụ")


def test_evaluate_gate_on_seeds(tmp_path, shared):
    out = tmp_path / "seeds.jsonl"
    assert runner.invoke(app, ["process", str(shared / "corpus/seeds/raw"), "-o", str(out),
                               "--no-tokenize", "-q"]).exit_code == 0
    args = ["evaluate", str(shared / "corpus/seeds"), str(out), "--json"]
    for floor in [*CLEANING_FLOORS, *EXTRACTION_FLOORS, "review_year_acc=0.9", "plan_year_acc=0.9"]:
        args += ["--min", floor]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert orjson.loads(result.stdout)["failed"] == []
    # A floor no prediction can reach makes the gate fail.
    assert runner.invoke(app, [*args[:4], "--min", "cleaning_f1=1.01"]).exit_code == 1


def test_evaluate_gate_on_dev(tmp_path, shared):
    out = tmp_path / "dev.jsonl"
    assert runner.invoke(app, ["process", str(shared / "corpus/dev/raw"), "-o", str(out),
                               "--no-tokenize", "-q"]).exit_code == 0
    args = ["evaluate", str(shared / "corpus/dev"), str(out)]
    # The dev set's gold has no reviewed or planned year to score.
    for floor in [*CLEANING_FLOORS, *EXTRACTION_FLOORS]:
        args += ["--min", floor]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stdout + result.stderr


def test_schema_and_show():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and orjson.loads(result.stdout)["title"].startswith("vnmeet record")
    result = runner.invoke(app, ["show", str(SAMPLES / "000_fe50be71f5ded831.txt")])
    assert result.exit_code == 0
    assert "Gửi bình luận" in result.stdout and "byline" in result.stdout


@pytest.mark.parametrize("argv", [["--help"], ["process", "--help"]])
def test_help_does_not_import_underthesea(argv):
    code = (
        "import sys\nfrom cli.main import app\n"
        f"try:\n    app({argv!r})\nexcept SystemExit:\n    pass\n"
        "assert 'underthesea' not in sys.modules, 'underthesea imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


def test_no_tokenize_run_does_not_import_underthesea(tmp_path):
    code = (
        "import sys\nfrom cli.main import app\n"
        f"try:\n    app(['process', {str(SAMPLES)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}, '--no-tokenize', '-q'])\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "assert 'underthesea' not in sys.modules, 'underthesea imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
