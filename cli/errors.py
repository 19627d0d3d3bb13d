"""Messages that need no rich at import: a quiet run (`-q`, cron, CI) never pays the
0.1 s that importing rich costs; the console is loaded the first time something is said."""

from __future__ import annotations

from typing import Any


def os_message(exc: OSError) -> str:
    """The user's path and the system's words, never a temporary file's name."""
    name = exc.filename if isinstance(exc.filename, str) and ".vnmeet-" not in exc.filename else None
    reason = exc.strerror or str(exc)
    return f"{name}: {reason}" if name else reason


class LazyConsole:
    """Stands for `cli.console.err` and imports it on first use."""

    def __getattr__(self, name: str) -> Any:
        from cli.console import err

        return getattr(err, name)


err = LazyConsole()
