"""Parallel, sharded, incremental and crash-safe runs (issue: fast and safe to interrupt)."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from core import pipeline
from core.shards import read_shard
from tests.conftest import SAMPLES

runner = CliRunner()
VNMEET = [sys.executable, "-c", "from cli.main import main; main()"]


def make_corpus(folder: Path, copies: int) -> Path:
    """Distinct dumps made from the samples (each copy gains its own closing paragraph)."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted(SAMPLES.glob("*.txt"))
    for n in range(copies):
        base = samples[n % len(samples)].read_text(encoding="utf-8")
        extra = f"\nĐây là đoạn văn bổ sung số {n} của bản sao, được thêm vào để mỗi tệp khác nhau.\n"
        (folder / f"doc{n:05d}.txt").write_text(base.replace("\n\n", "\n" + extra, 1), encoding="utf-8")
    return folder


def shard_records(folder: Path) -> list[bytes]:
    return sorted(line for shard in folder.glob("part-*") for line in read_shard(shard))


def test_output_is_identical_for_one_and_four_workers(tmp_path):
    corpus = make_corpus(tmp_path / "in", 40)
    outs = []
    for workers in ("1", "4"):
        out = tmp_path / f"w{workers}.jsonl"
        result = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--no-tokenize", "-q",
                                     "--workers", workers])
        assert result.exit_code == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 40


def test_hanging_file_becomes_a_timeout_reject(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 6)
    real = pipeline.process_document

    def hangs_on_doc00003(doc, config, tokenizer):
        if doc.path == "doc00003.txt":
            time.sleep(60)
        return real(doc, config, tokenizer)

    monkeypatch.setattr(pipeline, "process_document", hangs_on_doc00003)  # forked workers inherit it
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    result = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--no-tokenize", "-q",
                                 "--workers", "2", "--file-timeout", "1"])
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started < 30
    rejects = [json.loads(line) for line in (tmp_path / "o.rejects.jsonl").read_text().splitlines()]
    assert [(r["path"], r["reason"]) for r in rejects] == [("doc00003.txt", "timeout")]
    assert out.read_bytes().count(b"\n") == 5


def test_worker_that_dies_is_replaced_and_its_file_rejected(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 8)
    real = pipeline.process_document

    def dies_on_doc00005(doc, config, tokenizer):
        if doc.path == "doc00005.txt":
            os._exit(3)
        return real(doc, config, tokenizer)

    monkeypatch.setattr(pipeline, "process_document", dies_on_doc00005)
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--no-tokenize", "-q",
                                 "--workers", "2"])
    assert result.exit_code == 0, result.stderr
    rejects = {json.loads(line)["path"]: json.loads(line)["reason"]
               for line in (tmp_path / "o.rejects.jsonl").read_text().splitlines()}
    assert rejects["doc00005.txt"] == "worker_crashed"
    paths = [json.loads(line)["source"]["path"] for line in out.read_text().splitlines()]
    assert "doc00004.txt" in paths and paths == sorted(paths)


def test_one_worker_runs_in_this_process_and_still_times_files_out(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 6)
    real = pipeline.process_document
    pids = set()

    def hangs_on_doc00003(doc, config, tokenizer):
        pids.add(os.getpid())
        if doc.path == "doc00003.txt":
            time.sleep(60)
        if doc.path == "doc00004.txt":
            raise RuntimeError("a bug in a stage")
        return real(doc, config, tokenizer)

    monkeypatch.setattr(pipeline, "process_document", hangs_on_doc00003)
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    result = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--no-tokenize", "-q",
                                 "--workers", "1", "--file-timeout", "1"])
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started < 30
    assert pids == {os.getpid()}  # no worker process
    rejects = [json.loads(line) for line in (tmp_path / "o.rejects.jsonl").read_text().splitlines()]
    assert [(r["path"], r["reason"]) for r in rejects] == [("doc00003.txt", "timeout"), ("doc00004.txt", "error")]
    assert rejects[1]["detail"] == "RuntimeError: a bug in a stage"
    paths = [json.loads(line)["source"]["path"] for line in out.read_text().splitlines()]
    assert paths == ["doc00000.txt", "doc00001.txt", "doc00002.txt", "doc00005.txt"]
    # The timer and the handler are the caller's again.
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL


def test_isolate_keeps_one_worker_in_a_process_of_its_own(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 6)
    real = pipeline.process_document

    def dies_on_doc00002(doc, config, tokenizer):
        if doc.path == "doc00002.txt":
            os._exit(3)
        return real(doc, config, tokenizer)

    monkeypatch.setattr(pipeline, "process_document", dies_on_doc00002)  # forked workers inherit it
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--no-tokenize", "-q",
                                 "--workers", "1", "--isolate"])
    assert result.exit_code == 0, result.stderr
    rejects = {json.loads(line)["path"]: json.loads(line)["reason"]
               for line in (tmp_path / "o.rejects.jsonl").read_text().splitlines()}
    assert rejects["doc00002.txt"] == "worker_crashed"
    paths = [json.loads(line)["source"]["path"] for line in out.read_text().splitlines()]
    assert paths[:2] == ["doc00000.txt", "doc00001.txt"]


def test_one_worker_outside_the_main_thread_forks_its_worker(tmp_path):
    """Signal handlers run in the main thread only: from another thread the file timeout
    needs the worker process."""
    import threading

    from core.config import RunConfig
    from core.executors import make_executor
    from core.executors.local import LocalExecutor

    found = []
    thread = threading.Thread(target=lambda: found.append(make_executor(RunConfig(inputs=(), output="-"))))
    thread.start()
    thread.join()
    assert isinstance(found[0], LocalExecutor)
    found[0].close()


def test_incremental_run_touches_only_changed_files(tmp_path):
    corpus = make_corpus(tmp_path / "in", 12)
    out = tmp_path / "out"
    args = ["process", str(corpus), "-o", f"{out}/", "--no-tokenize", "-q", "--shard-records", "5"]
    assert runner.invoke(app, args).exit_code == 0
    first = shard_records(out)
    (corpus / "doc00001.txt").unlink()
    changed = corpus / "doc00002.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMột đoạn mới được thêm vào bài viết này.\n",
                       encoding="utf-8")
    make_corpus(tmp_path / "more", 14)
    (tmp_path / "more" / "doc00013.txt").rename(corpus / "doc00013.txt")
    summary = tmp_path / "s.json"
    result = runner.invoke(app, [*args, "--incremental", "--summary-json", str(summary)])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(summary.read_text())
    assert (figures["processed"], figures["skipped"], figures["deleted"]) == (2, 10, 1)
    manifest = json.loads((out / "_manifest.json").read_text())
    assert "doc00001.txt" in manifest["deleted"] and manifest["status"] == "complete"
    paths = sorted(json.loads(line)["source"]["path"] for line in shard_records(out))
    assert paths == sorted(p.name for p in corpus.glob("*.txt"))  # no stale, no duplicate
    assert len(first) == 12


def test_second_run_on_the_same_folder_is_refused(tmp_path):
    # Long enough that the first run still holds the lock while the second starts up.
    corpus = make_corpus(tmp_path / "in", 2000)
    out = tmp_path / "out"
    cmd = [*VNMEET, "process", str(corpus), "-o", f"{out}/", "--no-tokenize", "-q", "--workers", "1"]
    first = subprocess.Popen(cmd, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 20
        while not (out / ".lock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True)
        assert second.returncode == 75 and "locked" in second.stderr
    finally:
        assert first.wait(timeout=120) == 0
    # A lock left by a process that is gone is taken over.
    (out / ".lock").write_text(json.dumps({"pid": 999999, "host": os.uname().nodename}))
    assert subprocess.run(cmd, cwd=tmp_path, capture_output=True).returncode == 0


@pytest.mark.parametrize("kill_after_shards", [0, 2, 5])
def test_kill_9_then_rerun_gives_the_uninterrupted_records(tmp_path, kill_after_shards):
    corpus = make_corpus(tmp_path / "in", 400)
    ref, out = tmp_path / "ref", tmp_path / "out"
    base = ["process", str(corpus), "--no-tokenize", "-q", "--shard-records", "25", "--workers", "2"]
    assert subprocess.run([*VNMEET, *base, "-o", f"{ref}/"], capture_output=True).returncode == 0
    proc = subprocess.Popen([*VNMEET, *base, "-o", f"{out}/"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        shards = list(out.glob("part-*")) if out.exists() else []
        if len(shards) >= kill_after_shards and (out / "_manifest.json").exists():
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rerun = subprocess.run([*VNMEET, *base, "-o", f"{out}/"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert shard_records(out) == shard_records(ref)
    assert json.loads((out / "_manifest.json").read_text())["status"] == "complete"


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signals_stop_cleanly_and_the_rerun_finishes(tmp_path, signum, code):
    corpus = make_corpus(tmp_path / "in", 300)
    out = tmp_path / "out"
    cmd = [*VNMEET, "process", str(corpus), "-o", f"{out}/", "--no-tokenize", "-q", "--shard-records", "20"]
    proc = subprocess.Popen(cmd)
    deadline = time.monotonic() + 30
    while not list(out.glob("part-*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signum)
    assert proc.wait(timeout=30) in (code, 0)  # 0 when it had just finished
    assert not (out / ".lock").exists()
    kept = shard_records(out)  # every kept shard reads back whole
    assert 0 < len(kept) <= 300
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    assert len(shard_records(out)) == 300


def test_dask_local_cluster_gives_the_same_output(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    corpus = make_corpus(tmp_path / "in", 30)
    local, distributed = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["process", str(corpus), "-o", str(local), "--no-tokenize", "-q"]).exit_code == 0
    result = subprocess.run([*VNMEET, "process", str(corpus), "-o", str(distributed), "--no-tokenize",
                             "-q", "--executor", "dask", "--workers", "2"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert distributed.read_bytes() == local.read_bytes()
    assert result.stderr == "", "-q leaves Dask's own logging out too"


def test_zstd_shards(tmp_path):
    corpus = make_corpus(tmp_path / "in", 7)
    out = tmp_path / "out"
    result = runner.invoke(app, ["process", str(corpus), "-o", f"{out}/", "--no-tokenize", "-q",
                                 "--compression", "zstd", "--shard-records", "3"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("part-*")) == [
        "part-00000.jsonl.zst", "part-00001.jsonl.zst", "part-00002.jsonl.zst"]
    assert len(shard_records(out)) == 7


def test_a_run_gives_back_the_garbage_collector_as_it_found_it(tmp_path, monkeypatch):
    # A run collects seldom and freezes what start-up made (core/run.py); an embedding
    # program gets its own settings back, and the run sees the changed ones.
    seen = []
    real = pipeline.process_document

    def notes_the_collector(doc, config, tokenizer):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return real(doc, config, tokenizer)

    monkeypatch.setattr(pipeline, "process_document", notes_the_collector)
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    result = runner.invoke(app, ["process", str(make_corpus(tmp_path / "in", 3)), "-o", str(tmp_path / "o.jsonl"),
                                 "--no-tokenize", "-q", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert seen and all(threshold == 50_000 and is_frozen for threshold, is_frozen in seen)
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
