"""How vnmeet creates files: modes that honour the umask, temporary files that a later run
can recognise as its own leftovers, atomic replacement, and the checks that keep an output
from being one of the inputs.

Every file vnmeet writes goes through `temp_beside` (or `atomic_write`, built on it): a
hidden temporary file in the target's folder, named after the target and the writing
process (`.vnmeet-NAME.PID.RANDOM.tmp`), fsynced and renamed into place. A run killed with
`kill -9` leaves such a file behind; the next run into the same target removes the ones
whose process is gone (`remove_leftovers`), never another live run's.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_TEMP_PREFIX = ".vnmeet-"
_TEMP_SUFFIX = ".tmp"


def file_mode() -> int:
    """The mode a new file gets from the umask, as `open()` would give it (0o644 under the
    usual 022): mkstemp's 0600 is right for secrets, not for a corpus others read."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temp_name(target: Path) -> str:
    # os.urandom is what secrets.token_hex draws from (importing secrets costs a run 2 ms)
    return f"{_TEMP_PREFIX}{target.name}.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}"


def temp_beside(target: str | Path) -> tuple[int, str]:
    """An open file descriptor and the path of a new temporary file next to `target`,
    created exclusively with the umask's mode. Leftovers of dead runs for the same target
    are removed first."""
    target = Path(target)
    remove_leftovers(target)
    for _ in range(8):
        path = target.parent / _temp_name(target)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        except FileExistsError:
            continue
        return fd, str(path)
    raise FileExistsError(f"could not create a temporary file beside {target}")


def pid_alive(pid: int) -> bool:
    """Whether a process of this machine with that id is running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(target: str | Path) -> list[str]:
    """Remove `.vnmeet-NAME.PID.*.tmp` files of `target` whose process is gone."""
    target = Path(target)
    prefix = f"{_TEMP_PREFIX}{target.name}."
    removed: list[str] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(_TEMP_SUFFIX)):
            continue
        middle = name[len(prefix): -len(_TEMP_SUFFIX)]
        pid_text, _, token = middle.partition(".")
        if not pid_text.isdigit() or not token:
            continue
        pid = int(pid_text)
        if pid != os.getpid() and pid_alive(pid):
            continue  # a live run writing the same target (its lock or the user decides)
        try:
            os.unlink(target.parent / name)
            removed.append(name)
        except OSError:
            pass
    return removed


def fsync_dir(path: str | Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` so that a reader sees the old file or the new one whole."""
    path = Path(path)
    fd, tmp = temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def identity(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of an existing path, following links; None when it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def is_within(inner: str | Path, outer: str | Path) -> bool:
    """Whether `inner` is `outer` or lies below it, links resolved."""
    a, b = Path(os.path.realpath(inner)), Path(os.path.realpath(outer))
    return a == b or b in a.parents


def same_file(a: str | Path, b: str | Path) -> bool:
    """The same file by any path or hard link (False when either does not exist)."""
    first, second = identity(a), identity(b)
    return first is not None and first == second


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words, for a reject's detail."""
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"
