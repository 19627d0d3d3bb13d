"""Regenerate the golden output over samples/ after an intended change: review the diff.

Run as a script from any checkout: it puts that checkout first on the import path, so that
the code it records is the checkout's own (not an editable install of another worktree)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from typer.testing import CliRunner

    from cli.main import app

    target = HERE / "golden" / "samples.no-tokenize.jsonl"
    result = CliRunner().invoke(app, ["process", str(ROOT / "samples"), "-o", str(target), "--no-tokenize", "-q"])
    raise SystemExit(result.exit_code)
