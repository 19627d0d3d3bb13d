"""The compiled build (`make fast`, setup.py) changes the speed only: over the samples and
the gold sets' pages it writes byte for byte the records the pure-Python build writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from core import compiled_extractor

from .conftest import ROOT, SAMPLES, require_shared

FAST = ROOT / ".venv-fast" / "bin" / "vnmeet"
PURE = [sys.executable, "-c", "from cli.main import main; main()"]


def require_fast() -> Path:
    if not FAST.exists():
        message = f"the compiled build is absent ({FAST}): `make fast` builds it"
        if os.environ.get("CI"):  # .ci/run builds it before the tests
            pytest.fail(f"{message}, and CI is set: .ci/run builds it")
        pytest.skip(message)
    return FAST


def test_version_names_the_build() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("vnmeet ")
    assert ("pure Python" in result.output) != compiled_extractor()


def test_the_compiled_build_is_compiled() -> None:
    fast = require_fast()
    # (run from elsewhere: from the checkout, `core/` would import from the sources)
    out = subprocess.run([str(fast), "--version"], capture_output=True, text=True, check=True, cwd="/")
    assert "compiled by mypyc" in out.stdout, out.stdout


def test_compiled_and_pure_builds_write_the_same_records(tmp_path: Path) -> None:
    fast = require_fast()
    shared = require_shared()
    pages = tmp_path / "pages"
    pages.mkdir()
    sources = [*SAMPLES.glob("*.txt"), *(shared / "corpus" / "dev" / "raw").glob("*"),
               *(shared / "corpus" / "dev2" / "raw").glob("*")]
    assert len(sources) > 100
    for source in sources:
        shutil.copy(source, pages / f"{source.parent.parent.name}-{source.name}")
    runs = {}
    for name, command in {"pure": PURE, "compiled": [str(fast)]}.items():
        out = tmp_path / f"{name}.jsonl"
        subprocess.run([*command, "process", str(pages), "-o", str(out), "--no-tokenize", "-q", "-j", "1"],
                       check=True, cwd=ROOT if name == "pure" else tmp_path, capture_output=True)
        runs[name] = out.read_bytes().splitlines()
    assert len(runs["pure"]) == len(sources)
    differing = [i for i, (a, b) in enumerate(zip(runs["pure"], runs["compiled"], strict=True)) if a != b]
    assert not differing, (f"{len(differing)} records differ (a stale build? `make fast` rebuilds it); "
                           f"first: {runs['pure'][differing[0]][:300]!r}")
