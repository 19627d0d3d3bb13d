"""Regenerate the golden output over samples/ after an intended change: review the diff."""

from pathlib import Path

from typer.testing import CliRunner

from cli.main import app

HERE = Path(__file__).parent
ROOT = HERE.parent

if __name__ == "__main__":
    target = HERE / "golden" / "samples.no-tokenize.jsonl"
    result = CliRunner().invoke(app, ["process", str(ROOT / "samples"), "-o", str(target), "--no-tokenize", "-q"])
    raise SystemExit(result.exit_code)
