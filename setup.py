"""vnmeet's build. Everything is declared in pyproject.toml; this file only adds, when
VNMEET_COMPILE=1 is set, the extraction modules compiled to C by mypyc (`make fast`).

Compiled, the people, statistics and number readers and the line cleaner run about 1.4×
faster (bench/run.py measures both builds and checks that they write the same records).
The sources stay the modules' truth: without VNMEET_COMPILE the same package installs as
pure Python, and an editable install (`make venv`) is always pure, so that an edit is never
shadowed by a stale compiled module.
"""

import os

from setuptools import setup

# Modules whose time is spent in Python code rather than in the regex engine: compiled,
# these gain most (meetings.py, mostly regex searches, is left out: compiled, it saved 2.9% of the
# instructions an article, 13.2 M -> 12.8 M over 200 bench articles, for a build 2.5 times as long).
COMPILED = [
    "core/extract/people.py",
    "core/extract/statistics.py",
    "core/extract/numbers.py",
    "core/normalize.py",
    "core/clean/lines.py",
    "core/clean/chrome.py",
]


def compiled_extensions() -> list:
    if os.environ.get("VNMEET_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # (mypy ships mypyc; only the compiled build needs it)

    return mypycify(COMPILED, opt_level="3")


setup(ext_modules=compiled_extensions())
