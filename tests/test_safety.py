"""Never lose a user's data; behave like a Unix tool (guards, pipes, modes, messages)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from cli.main import app
from core.records_io import iter_records
from tests.conftest import ROOT, SAMPLES
from tests.test_scale import make_corpus

runner = CliRunner()
VNMEET = [sys.executable, "-c", "from cli.main import main; main()"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def folder_records(folder: Path) -> dict[str, dict]:
    return {r["source"]["path"]: r for r in iter_records(folder)}


def process(*args: str) -> object:
    return runner.invoke(app, ["process", *args, "--no-tokenize", "-q", "-j", "1"])


# -- an empty or shrunken input never empties a corpus ------------------------------------

def test_empty_input_root_never_empties_a_corpus(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 12), tmp_path / "out"
    assert process(str(corpus), "-o", f"{out}/").exit_code == 0
    before = snapshot(out)
    empty = tmp_path / "unmounted"
    empty.mkdir()
    for extra in ([], ["--max-delete", "100%"]):
        result = process(str(empty), "-o", f"{out}/", "--incremental", *extra)
        assert result.exit_code == 2
        assert "12 records" in result.stderr and "empty input" in result.stderr
        assert snapshot(out) == before


def test_a_run_that_would_remove_too_many_records_is_refused(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 20), tmp_path / "out"
    assert process(str(corpus), "-o", f"{out}/").exit_code == 0
    before = snapshot(out)
    for name in ("doc00001.txt", "doc00002.txt", "doc00003.txt"):  # 3 of 20: 15 % > 10 %
        (corpus / name).unlink()
    result = process(str(corpus), "-o", f"{out}/", "--incremental")
    assert result.exit_code == 2
    assert "3 of the 20 records" in result.stderr and "--max-delete" in result.stderr
    assert snapshot(out) == before
    assert process(str(corpus), "-o", f"{out}/", "--incremental", "--max-delete", "2").exit_code == 2
    assert snapshot(out) == before
    # A plain run (not incremental) into the folder would drop them as well.
    assert process(str(corpus), "-o", f"{out}/").exit_code == 2
    result = process(str(corpus), "-o", f"{out}/", "--incremental", "--max-delete", "3")
    assert result.exit_code == 0, result.stderr
    assert sorted(folder_records(out)) == sorted(p.name for p in corpus.iterdir())


def test_max_delete_zero_forbids_any_removal_and_bad_values_are_usage_errors(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 30), tmp_path / "out"
    assert process(str(corpus), "-o", f"{out}/").exit_code == 0
    (corpus / "doc00004.txt").unlink()
    assert process(str(corpus), "-o", f"{out}/", "--incremental", "--max-delete", "0").exit_code == 2
    assert process(str(corpus), "-o", f"{out}/", "--incremental", "--max-delete", "lots").exit_code == 2
    assert process(str(corpus), "-o", f"{out}/", "--incremental").exit_code == 0  # 1 of 30 is under 10 %


# -- an output is never one of the inputs ---------------------------------------------------

def test_output_that_is_an_input_is_a_usage_error(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    article = folder / "001.jsonl"
    article.write_bytes((SAMPLES / "000_fe50be71f5ded831.txt").read_bytes())
    original = article.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(article)
    hard = tmp_path / "hard.jsonl"
    os.link(article, hard)
    for target in (article, link, hard):
        result = process(str(article), "-o", str(target))
        assert result.exit_code == 2 and "input" in result.stderr, result.stderr
    result = process(str(article), "-o", str(tmp_path / "x.jsonl"), "--rejects", str(hard))
    assert result.exit_code == 2
    # The file inside a walked folder that the globs pick up is an input as well.
    result = process(str(folder), "-o", str(article), "--include", "*.jsonl")
    assert result.exit_code == 2 and "input files under" in result.stderr
    assert article.read_bytes() == original


def test_output_folder_holding_the_inputs_is_refused_and_one_inside_them_is_not_read(tmp_path):
    corpus = make_corpus(tmp_path / "in", 3)
    assert process(str(corpus), "-o", f"{tmp_path}/").exit_code == 2
    assert process(str(corpus), "-o", f"{corpus}/").exit_code == 2
    inside = corpus / "records"
    result = process(str(corpus), "-o", f"{inside}/", "--include", "*")
    assert result.exit_code == 0, result.stderr
    assert sorted(folder_records(inside)) == ["doc00000.txt", "doc00001.txt", "doc00002.txt"]


def test_commands_over_records_refuse_to_overwrite_their_input(tmp_path):
    out = tmp_path / "r.jsonl"
    assert process(str(SAMPLES), "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    for argv in (["dedup", str(out), "-o", str(out)], ["report", str(out), "-o", str(out)],
                 ["export", str(out), "-o", str(out)], ["dedup", str(out), "-o", str(tmp_path / "k.jsonl"),
                                                        "--clusters", str(out)]):
        result = runner.invoke(app, argv)
        assert result.exit_code == 2, (argv, result.stderr)
        assert ".vnmeet-" not in result.stderr
    assert out.read_bytes() == before


def test_errors_name_the_users_path_never_a_temporary_file(tmp_path):
    out = tmp_path / "r.jsonl"
    assert process(str(SAMPLES), "-o", str(out)).exit_code == 0
    existing = tmp_path / "tables"
    existing.write_text("not a folder")
    result = runner.invoke(app, ["export", str(out), "-o", str(existing)])
    assert result.exit_code == 2 and str(existing) in result.stderr and ".vnmeet-" not in result.stderr
    folder = tmp_path / "reports"
    folder.mkdir()
    result = runner.invoke(app, ["report", str(out), "-o", f"{folder}/"])
    assert result.exit_code == 2 and str(folder) in result.stderr and ".vnmeet-" not in result.stderr


# -- files vnmeet writes --------------------------------------------------------------------

def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_a_dead_run_are_removed_and_a_live_runs_are_kept(tmp_path):
    out = tmp_path / "r.jsonl"
    dead = tmp_path / f".vnmeet-r.jsonl.{_dead_pid()}.abcd1234.tmp"
    live = tmp_path / f".vnmeet-r.jsonl.{os.getppid()}.abcd1234.tmp"
    other = tmp_path / f".vnmeet-other.jsonl.{_dead_pid()}.abcd1234.tmp"
    for path in (dead, live, other):
        path.write_text("half a run")
    assert process(str(SAMPLES), "-o", str(out)).exit_code == 0
    assert not dead.exists() and live.exists() and other.exists()
    assert len(list(iter_records(out))) == 5


def test_kill_9_of_a_run_into_a_file_leaves_nothing_after_the_next_run(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 400), tmp_path / "r.jsonl"
    proc = subprocess.Popen([*VNMEET, "process", str(corpus), "-o", str(out), "--no-tokenize", "-q", "-j", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".vnmeet-r.jsonl.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert list(tmp_path.glob(".vnmeet-*.tmp")), "the killed run left no temporary file to test with"
    assert process(str(corpus), "-o", str(out)).exit_code == 0
    assert not list(tmp_path.glob(".vnmeet-*.tmp"))
    assert len(list(iter_records(out))) == 400


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_every_file_written_honours_the_umask(tmp_path, mask):
    corpus = make_corpus(tmp_path / "in", 12)
    (corpus / "empty.txt").write_text("")
    old = os.umask(mask)
    try:
        out, single = tmp_path / "out", tmp_path / "one.jsonl.gz"
        assert process(str(corpus), "-o", f"{out}/", "--shard-records", "4").exit_code == 0
        (corpus / "doc00001.txt").write_text((corpus / "doc00002.txt").read_text() + "\nThêm một câu mới.\n")
        assert process(str(corpus), "-o", f"{out}/", "--incremental").exit_code == 0  # rewrites a shard
        assert process(str(corpus), "-o", str(single), "--summary-json", str(tmp_path / "s.json")).exit_code == 0
        assert runner.invoke(app, ["report", str(out), "-o", str(tmp_path / "r.html")]).exit_code == 0
        assert runner.invoke(app, ["export", str(out), "-o", str(tmp_path / "t")]).exit_code == 0
        assert runner.invoke(app, ["dedup", str(out), "-o", str(tmp_path / "d.jsonl.zst"),
                                   "--clusters", str(tmp_path / "c.jsonl"), "-q"]).exit_code == 0
    finally:
        os.umask(old)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.parent != corpus and p.name != ".lock"]
    assert {p.name for p in written} >= {"_manifest.json", "_rejects.jsonl", "one.jsonl.gz", "one.rejects.jsonl",
                                        "s.json", "r.html", "articles.parquet", "d.jsonl.zst", "c.jsonl"}
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path


# -- the suffix decides the format; unreadable records are named -----------------------------

def test_suffix_decides_the_format_or_the_run_is_refused(tmp_path):
    for name, magic in (("x.jsonl", b'{"sch'), ("x.jsonl.gz", b"\x1f\x8b"), ("x.jsonl.zst", b"\x28\xb5\x2f\xfd")):
        out = tmp_path / name
        assert process(str(SAMPLES), "-o", str(out)).exit_code == 0
        assert out.read_bytes().startswith(magic)
        assert len(list(iter_records(out))) == 5
    for name in ("foo.csv", "x.json", "x.gz"):
        result = process(str(SAMPLES), "-o", str(tmp_path / name))
        assert result.exit_code == 2 and ".jsonl.zst" in result.stderr
        assert not (tmp_path / name).exists()
    result = process(str(SAMPLES), "-o", str(tmp_path / "x.jsonl"), "--rejects", str(tmp_path / "r.txt"))
    assert result.exit_code == 2


@pytest.mark.parametrize("command", ["stats", "dedup", "export", "report", "evaluate"])
@pytest.mark.parametrize("damage", ["truncated.jsonl.gz", "truncated.jsonl.zst", "bad-line.jsonl"])
def test_truncated_or_corrupt_records_give_one_line_with_file_and_line(tmp_path, command, damage):
    good = tmp_path / "good.jsonl"
    assert process(str(SAMPLES), "-o", str(good)).exit_code == 0
    lines = good.read_bytes().splitlines(keepends=True)
    target = tmp_path / damage
    if damage == "bad-line.jsonl":
        target.write_bytes(b"".join(lines[:3]) + b'{"source": {"path": "x"}, "text": \n' + lines[4])
        expected = "line 4"
    else:
        full = tmp_path / damage.replace("truncated", "full")
        assert process(str(SAMPLES), "-o", str(full)).exit_code == 0
        data = full.read_bytes()
        target.write_bytes(data[: len(data) // 2])
        expected = "line "
    argv = {"stats": ["stats", str(target)], "dedup": ["dedup", str(target), "-o", str(tmp_path / "o.jsonl")],
            "export": ["export", str(target), "-o", str(tmp_path / "t")],
            "report": ["report", str(target), "-o", str(tmp_path / "r.html")],
            "evaluate": ["evaluate", str(ROOT.parent / "shared/corpus/seeds"), str(target)]}[command]
    result = subprocess.run([*VNMEET, *argv], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in message and "Aborted" not in message, message
    assert str(target) in message and expected in message, message


# -- every reject is listed ---------------------------------------------------------------------

def test_duplicate_path_rejects_are_listed_with_both_paths(tmp_path):
    first, second = make_corpus(tmp_path / "a", 2), make_corpus(tmp_path / "b", 3)
    out = tmp_path / "out"
    result = process(str(first), str(second), "-o", f"{out}/")
    assert result.exit_code == 0, result.stderr
    rejects = [orjson.loads(line) for line in (out / "_rejects.jsonl").read_bytes().splitlines()]
    duplicates = [r for r in rejects if r["reason"] == "duplicate_path"]
    assert [r["path"] for r in duplicates] == ["doc00000.txt", "doc00001.txt"]
    assert duplicates[0]["paths"] == [str(first / "doc00000.txt"), str(second / "doc00000.txt")]


def test_pipes_sockets_and_devices_are_rejected_at_once(tmp_path):
    corpus = make_corpus(tmp_path / "in", 2)
    os.mkfifo(corpus / "pipe.txt")
    started = time.monotonic()
    out = tmp_path / "r.jsonl"
    result = process(str(corpus), "-o", str(out), "--file-timeout", "30")
    assert result.exit_code == 0 and time.monotonic() - started < 20
    rejects = [orjson.loads(line) for line in (tmp_path / "r.rejects.jsonl").read_bytes().splitlines()]
    assert [(r["path"], r["reason"]) for r in rejects] == [("pipe.txt", "not_a_file")]
    assert "FIFO" in rejects[0]["detail"]
    # Named on the command line, and planned into a folder, it is rejected the same way.
    assert process(str(corpus / "pipe.txt"), "-o", str(tmp_path / "p.jsonl")).exit_code == 0
    assert process(str(corpus), "-o", f"{tmp_path}/dir/").exit_code == 0
    assert process(str(corpus), "-o", f"{tmp_path}/dir/", "--incremental").exit_code == 0


# -- pipes and signals ------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["process", "dedup"])
def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path, command):
    corpus = make_corpus(tmp_path / "in", 300)
    if command == "process":
        argv = ["process", str(corpus), "-o", "-", "--no-tokenize", "-q", "-j", "1"]
    else:  # records that are no duplicates of each other, far more than a pipe holds
        import random

        rng = random.Random(7)
        words = "một hai ba bốn năm sáu bảy tám chín mười hội nghị tỉnh huyện xã năm nay kết quả".split()
        records = tmp_path / "r.jsonl"
        records.write_bytes(b"".join(orjson.dumps(
            {"source": {"path": f"d{n:04d}.txt"}, "published": None,
             "text": " ".join(rng.choice(words) for _ in range(400))}) + b"\n" for n in range(600)))
        argv = ["dedup", str(records), "-o", "-", "-q"]
    proc = subprocess.Popen([*VNMEET, *argv], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert orjson.loads(first)["source"]["path"] in ("doc00000.txt", "d0000.txt")
    assert stderr == "", stderr


def test_ctrl_c_with_stdout_output_reports_the_records_that_went_out(tmp_path):
    corpus = make_corpus(tmp_path / "in", 3000)
    proc = subprocess.Popen([*VNMEET, "process", str(corpus), "-o", "-", "--no-tokenize", "-j", "1"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    sent = 1 + out.count(b"\n")
    assert f"{sent:,} record(s) had been written to stdout" in err.decode(), err.decode()


# -- messages, help, logging -----------------------------------------------------------------------

def test_help_shows_words_not_python_types_and_accepts_h():
    for command in ("process", "dedup", "stats", "report", "export", "evaluate", "show", "schema"):
        result = runner.invoke(app, [command, "-h"])
        assert result.exit_code == 0, command
        for python_type in ("<list[str]>", "<Path>", "<str>", "<int>", "<float>", "<bool>", "TEXT", "INTEGER",
                            "FLOAT"):
            assert python_type not in result.stdout, (command, python_type)
    text = runner.invoke(app, ["process", "-h"]).stdout
    for word in ("INPUT", "PATH", "N|N%", "SECONDS", "<gzip|zstd>", "<local|dask>", "--files-from", "--dry-run"):
        assert word in text, word
    assert "<parquet>" in runner.invoke(app, ["export", "-h"]).stdout


def test_messages_are_not_wrapped_when_stderr_is_not_a_terminal(tmp_path):
    long_path = tmp_path / ("a-very-long-folder-name-" * 6) / "missing"
    result = subprocess.run([*VNMEET, "process", str(long_path), "-o", str(tmp_path / "x.jsonl")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(long_path) in result.stderr


def test_resuming_with_other_options_names_the_option(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 3), tmp_path / "out"
    assert process(str(corpus), "-o", f"{out}/").exit_code == 0
    result = process(str(corpus), "-o", f"{out}/", "--incremental", "--keep-tone")
    assert result.exit_code == 2 and "--keep-tone" in result.stderr


def test_evaluate_calls_a_missed_chrome_leak_ceiling_a_ceiling(tmp_path, shared):
    out = tmp_path / "seeds.jsonl"
    assert process(str(shared / "corpus/seeds/raw"), "-o", str(out)).exit_code == 0
    recs = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    chrome = [line.split("\t", 1)[1] for line in
              (shared / "corpus/seeds/gold" / (Path(recs[0]["source"]["path"]).stem + ".lines.tsv"))
              .read_text(encoding="utf-8").splitlines() if line.startswith("X\t") and len(line) > 30]
    recs[0]["text"] += "\n" + "\n".join(chrome)
    out.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in recs))
    result = runner.invoke(app, ["evaluate", str(shared / "corpus/seeds"), str(out), "--min", "chrome_leak=0.0"])
    assert result.exit_code == 1 and "above the ceiling: chrome_leak" in result.stderr


def test_options_are_applied_or_refused_never_ignored(tmp_path):
    out = str(tmp_path / "x.jsonl")
    for extra in (["--shard-records", "5"], ["--compression", "zstd"], ["--incremental"], ["--max-delete", "5"],
                  ["--clusters", str(tmp_path / "c.jsonl")]):
        result = process(str(SAMPLES), "-o", out, *extra)
        assert result.exit_code == 2 and extra[0] in result.stderr, (extra, result.stderr)
    result = process(str(SAMPLES), "-o", out, "--compression", "lz4")
    assert result.exit_code == 2


def test_stats_dedup_export_warn_about_a_folder_still_being_written(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 3), tmp_path / "out"
    assert process(str(corpus), "-o", f"{out}/").exit_code == 0
    manifest = orjson.loads((out / "_manifest.json").read_bytes())
    manifest["status"] = "running"
    (out / "_manifest.json").write_bytes(orjson.dumps(manifest))
    for argv in (["stats", str(out)], ["dedup", str(out), "-o", str(tmp_path / "d.jsonl"), "-q"],
                 ["export", str(out), "-o", str(tmp_path / "t")]):
        result = runner.invoke(app, argv)
        assert result.exit_code == 0 and "incomplete" in result.stderr, argv


def test_verbose_logs_encoding_stage_times_and_rejects(tmp_path):
    corpus = make_corpus(tmp_path / "in", 2)
    (corpus / "empty.txt").write_text("")
    result = subprocess.run([*VNMEET, "-v", "process", str(corpus), "-o", str(tmp_path / "x.jsonl"),
                             "--no-tokenize", "-q", "-j", "1"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "doc00000.txt: text, encoding utf-8" in result.stderr
    assert "clean " in result.stderr and " ms" in result.stderr and "extract " in result.stderr
    assert "empty.txt: rejected" in result.stderr


def test_show_tokenize_shows_sentences_and_tokens():
    result = runner.invoke(app, ["show", str(SAMPLES / "000_fe50be71f5ded831.txt"), "--tokenize"])
    assert result.exit_code == 0
    assert "sentences and tokens" in result.stdout and "Văn_phòng | các | cấp" in result.stdout


# -- what such tools have ----------------------------------------------------------------------------

@pytest.mark.parametrize("separator", [b"\n", b"\0"])
def test_files_from_a_list_or_stdin(tmp_path, separator):
    corpus = make_corpus(tmp_path / "in", 4)
    names = [str(corpus / "doc00001.txt"), str(corpus / "doc00003.txt")]
    listing = tmp_path / "list"
    listing.write_bytes(separator.join(n.encode() for n in names) + separator)
    out = tmp_path / "x.jsonl"
    assert process("--files-from", str(listing), "-o", str(out)).exit_code == 0
    assert len(list(iter_records(out))) == 2
    result = runner.invoke(app, ["process", "--files-from", "-", "-o", "-", "--no-tokenize", "-q", "-j", "1"],
                           input=listing.read_bytes())
    assert result.exit_code == 0
    assert [orjson.loads(line)["id"] for line in result.stdout.splitlines()] == \
        [r["id"] for r in iter_records(out)]


def test_dry_run_lists_new_changed_deleted_and_writes_nothing(tmp_path):
    corpus, out = make_corpus(tmp_path / "in", 12), tmp_path / "out"
    result = process(str(corpus), "-o", f"{out}/", "--dry-run")
    assert result.exit_code == 0 and not out.exists()
    assert result.stdout.splitlines() == [f"new\t{corpus / f'doc{n:05d}.txt'}" for n in range(12)]
    assert process(str(corpus), "-o", f"{out}/").exit_code == 0
    before = snapshot(out)
    (corpus / "doc00000.txt").unlink()
    (corpus / "doc00001.txt").write_text((corpus / "doc00001.txt").read_text() + "\nMột câu mới.\n")
    make_corpus(tmp_path / "more", 13)
    (tmp_path / "more" / "doc00012.txt").rename(corpus / "new.txt")
    result = process(str(corpus), "-o", f"{out}/", "--incremental", "--dry-run")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"changed\t{corpus / 'doc00001.txt'}" in lines and f"new\t{corpus / 'new.txt'}" in lines
    assert "deleted\tdoc00000.txt" in lines and sum(line.startswith("unchanged\t") for line in lines) == 10
    assert snapshot(out) == before
    assert process(str(corpus), "-o", str(tmp_path / "f.jsonl"), "--dry-run").stdout.count("read\t") == 12


def test_language_guard_flags_and_rejects_text_that_is_not_vietnamese(tmp_path):
    corpus = make_corpus(tmp_path / "in", 1)
    english = ("The licence grants every recipient the freedom to run, study, share and modify the software. "
               "Distribution of modified versions must carry prominent notices stating what was changed. "
               "The text runs to 150 pages in 12 sections, and 95% of readers never finish it. ") * 4
    (corpus / "licence.txt").write_text("Terms and conditions\n" + english + "\n" + english + "\n")
    out = tmp_path / "x.jsonl"
    assert process(str(corpus), "-o", str(out)).exit_code == 0
    recs = {r["source"]["path"]: r for r in iter_records(out)}
    assert "not_vietnamese" in recs["licence.txt"]["quality"]["warnings"]
    assert recs["licence.txt"]["quality"]["vietnamese_words"] == 0.0
    # The Vietnamese rules are not run on it: no statistics from `150 pages`, `95%`.
    assert recs["licence.txt"]["statistics"] == [] and recs["licence.txt"]["meeting"] is None
    assert "not_vietnamese" not in recs["doc00000.txt"]["quality"]["warnings"]
    assert recs["doc00000.txt"]["quality"]["vietnamese_words"] > 0.3
    assert process(str(corpus), "-o", str(out), "--min-vietnamese", "0.1").exit_code == 0
    assert [r["source"]["path"] for r in iter_records(out)] == ["doc00000.txt"]
    rejects = [orjson.loads(line) for line in (tmp_path / "x.rejects.jsonl").read_bytes().splitlines()]
    assert [(r["path"], r["reason"]) for r in rejects] == [("licence.txt", "not_vietnamese")]


def test_parquet_articles_carry_sentences_and_tokens(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from core.export import export_parquet

    record = orjson.loads((ROOT / "tests/golden/samples.no-tokenize.jsonl").read_bytes().splitlines()[0])
    tokenised = {**record, "tokens": [s.replace(" ", "_").split("_") for s in record["sentences"]]}
    export_parquet([record, tokenised], tmp_path)
    table = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert table[0]["sentences"] == record["sentences"] and table[0]["tokens"] is None
    assert table[1]["tokens"] == tokenised["tokens"]


def test_words_mean_syllables_in_both_modes(tmp_path):
    figures = []
    for mode in ("--tokenize", "--no-tokenize"):
        summary = tmp_path / f"{mode}.json"
        result = runner.invoke(app, ["process", str(SAMPLES), "-o", str(tmp_path / "x.jsonl"), mode, "-q",
                                     "--summary-json", str(summary)])
        assert result.exit_code == 0, result.stderr
        figures.append(orjson.loads(summary.read_bytes())["words"])
    texts = [r["text"] for r in iter_records(tmp_path / "x.jsonl")]
    assert figures[0] == figures[1] == sum(len(t.split()) for t in texts)


def test_shared_is_required_under_ci(monkeypatch, tmp_path):
    from tests import conftest

    monkeypatch.setattr(conftest, "SHARED", tmp_path / "nowhere")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        conftest.require_shared()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        conftest.require_shared()


def test_shell_completion_completes_commands_and_options():
    env = {**os.environ, "_VNMEET_COMPLETE": "complete_bash", "COMP_CWORD": "2",
           "COMP_WORDS": "vnmeet process --files"}
    vnmeet = Path(sys.executable).parent / "vnmeet"  # the installed entry point, as a shell runs it
    result = subprocess.run([str(vnmeet)], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0 and result.stdout.split() == ["--files-from"]


def _page(tmp_path: Path) -> Path:
    prose = ("Chiều ngày 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính quý I "
             "với sự tham dự của lãnh đạo các sở, ban, ngành và các huyện trong tỉnh.")
    html = ("<html><head><title>Hội nghị sơ kết cải cách hành chính</title></head><body>"
            "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/a'>Thời sự</a></li></ul>"
            "<div id='main' class='detail-content clearfix'><h1>Hội nghị sơ kết cải cách hành chính</h1>"
            + "".join(f"<p>{prose} Đoạn {n}.</p>" for n in range(4)) + "</div></body></html>")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return page


def test_show_and_verbose_name_the_html_container(tmp_path):
    page = _page(tmp_path)
    result = runner.invoke(app, ["show", str(page)])
    assert result.exit_code == 0
    assert "HTML container: div#main.detail-content.clearfix" in result.stdout
    result = subprocess.run([*VNMEET, "-v", "process", str(page), "-o", str(tmp_path / "x.jsonl"), "--no-tokenize",
                             "-q", "-j", "1"], cwd=ROOT, capture_output=True, text=True)
    assert "page.html: HTML article read from div#main.detail-content.clearfix" in result.stderr, result.stderr
