"""Random sequences of runs, incremental runs, interruptions and edits of the input folder:
no file vnmeet did not create is ever changed or removed, a refused run touches nothing,
and no record is lost."""

from __future__ import annotations

import hashlib
import tempfile
import threading
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import DeleteLimit, RunConfig
from core.records_io import iter_records
from core.run import Interrupted, run
from core.shards import DeleteRefused
from tests.conftest import SAMPLES

BASES = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

edit = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 9), st.integers(0, 4)),
    st.tuples(st.just("change"), st.integers(0, 9), st.integers(0, 4)),
    st.tuples(st.just("delete"), st.integers(0, 9), st.just(0)),
)
run_step = st.tuples(
    st.just("run"),
    st.booleans(),  # incremental
    st.one_of(st.none(), st.integers(0, 6)),  # stop after this many files (Ctrl-C), or run to the end
    st.sampled_from(["10%", "0", "100%", "2"]),  # --max-delete
)


def _write_article(folder: Path, n: int, version: int) -> None:
    text = BASES[(n + version) % len(BASES)]
    extra = f"\nĐây là đoạn bổ sung của bài số {n}, phiên bản {version}, để mỗi tệp một khác.\n"
    (folder / f"doc{n:02d}.txt").write_text(text.replace("\n\n", "\n" + extra, 1), encoding="utf-8")


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _user_files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("NOTES.txt", "part-1.txt", "part-00000.json")}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.one_of(edit, run_step), min_size=2, max_size=7))
def test_random_runs_never_touch_user_files_nor_lose_records(steps):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs, out = root / "in", root / "out"
        inputs.mkdir()
        out.mkdir()
        for n in range(4):
            _write_article(inputs, n, 0)
        # Files of the user's own beside the corpus, two of them named like vnmeet's.
        for name, data in (("NOTES.txt", b"my notes"), ("part-1.txt", b"mine"), ("part-00000.json", b"{}")):
            (out / name).write_bytes(data)
        user = _user_files(out)
        versions: dict[int, int] = {}
        for step in steps:
            if step[0] != "run":
                kind, n, version = step
                path = inputs / f"doc{n:02d}.txt"
                if kind == "delete":
                    path.unlink(missing_ok=True)
                elif (kind == "add" and not path.exists()) or (kind == "change" and path.exists()):
                    versions[n] = versions.get(n, 0) + version + 1
                    _write_article(inputs, n, versions[n])
                continue
            _, incremental, stop_after, limit = step
            inputs_before = _state(inputs)
            folder_before = _state(out)
            config = RunConfig(inputs=(str(inputs),), output=f"{out}/", tokenize=False, workers=1,
                               incremental=incremental, max_delete=DeleteLimit.parse(limit))
            stop = threading.Event()

            def progress(done: int, total: int, reject: object, stop: threading.Event = stop,
                         stop_after: int | None = stop_after) -> None:
                if stop_after is not None and done >= stop_after:
                    stop.set()

            outcome = "done"
            try:
                run(config, progress, stop)
            except Interrupted:
                outcome = "interrupted"
            except DeleteRefused:
                outcome = "refused"
            assert _state(inputs) == inputs_before, "an input file was changed"
            assert _user_files(out) == user, "a file of the user's was changed or removed"
            if outcome == "refused":
                assert _state(out) == folder_before, "a refused run touched the folder"
            else:
                _check_records(inputs, out, complete=outcome == "done")
        # Whatever happened before, one run that may delete finishes the corpus exactly.
        run(RunConfig(inputs=(str(inputs),), output=f"{out}/", tokenize=False, workers=1, incremental=True,
                      max_delete=DeleteLimit.parse("100%")))
        if any(inputs.iterdir()):
            _check_records(inputs, out, complete=True)
        assert _user_files(out) == user


def _check_records(inputs: Path, out: Path, complete: bool) -> None:
    records = list(iter_records(out))
    paths = [r["source"]["path"] for r in records]
    assert len(paths) == len(set(paths)), "a file has two records"
    current = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}
    for record in records:
        # Every record kept is the record of a file as it is now (changed and deleted
        # files' records are dropped before any work), so nothing stale survives.
        assert current.get(record["source"]["path"]) == record["source"]["sha256"]
    if complete:
        assert sorted(paths) == sorted(current), "a record is missing after a complete run"
