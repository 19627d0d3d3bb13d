"""bench/evalsets.py: the evaluate table over the gold sets, and the halves of dev2 it builds."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import require_shared

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import evalsets  # noqa: E402


def test_half_takes_the_numbered_files_of_both_folders(tmp_path):
    src = tmp_path / "src"
    for sub in ("raw", "gold"):
        (src / sub).mkdir(parents=True)
    for number in (1, 40, 41, 80):
        (src / "raw" / f"v{number:03d}_x.txt").write_text("x", encoding="utf-8")
        (src / "gold" / f"v{number:03d}_x.json").write_text("{}", encoding="utf-8")
    dest = evalsets.half(src, tmp_path / "a", 1, 40)
    assert sorted(p.name for p in (dest / "raw").iterdir()) == ["v001_x.txt", "v040_x.txt"]
    assert sorted(p.name for p in (dest / "gold").iterdir()) == ["v001_x.json", "v040_x.json"]


def test_the_table_over_the_gold_sets(tmp_path):
    shared = require_shared()
    vnmeet = shutil.which("vnmeet", path=str(Path(sys.executable).parent))
    assert vnmeet is not None
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evalsets.py"), "--vnmeet", vnmeet, "--out", str(tmp_path),
         "--set", f"seeds again={shared / 'corpus' / 'seeds'}"],
        capture_output=True, text=True, check=True, env={"VNMEET_SHARED": str(shared), "PATH": "/usr/bin:/bin"},
    )
    rows = {line.split(" | ")[0].lstrip("| "): line for line in result.stdout.splitlines()}
    assert rows["metric"].count("|") == 6  # metric, seeds, dev, dev2 v001-040, seeds again
    assert "| cleaning_f1 | 1.0000 |" in rows["cleaning_f1"]
    assert (tmp_path / "dev2-v001-040.json").exists() and (tmp_path / "seeds-again.json").exists()
    assert not (tmp_path / "dev2-v041-080.json").exists()  # the held-out half only with --held
