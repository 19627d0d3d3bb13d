"""Checks made before a command writes anything: no output may be one of its inputs.

`vnmeet process a/001.txt -o a/001.txt` would replace an article with its record; a
records file read and written by the same `dedup`, or a report written over its records,
loses them the same way. Files are compared by identity (device and inode), so another
path, a symlink or a hard link to an input is caught too.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from core.config import RunConfig
from core.fsutil import identity, is_within, same_file


class OutputConflict(ValueError):
    """An output that is, or would overwrite, an input: a usage error."""


def _walk_would_read(path: Path, root: Path, config: RunConfig) -> bool:
    """Whether walking `root` with the run's globs would pick up the file at `path`."""
    rel = Path(os.path.realpath(path)).relative_to(os.path.realpath(root))
    if any(part.startswith(".") for part in rel.parts):
        return False
    name = rel.name
    if not any(fnmatch.fnmatch(name, pattern) for pattern in config.include):
        return False
    return not any(fnmatch.fnmatch(rel.as_posix(), p) or fnmatch.fnmatch(name, p) for p in config.exclude)


def check_process_outputs(config: RunConfig, others: dict[str, str | None] | None = None) -> frozenset[tuple[int, int]]:
    """Raise OutputConflict when an output of `vnmeet process` is one of its inputs;
    returns the identities of output folders lying inside an input folder, which the walk
    then leaves out (a corpus kept beside its sources is not read back as sources)."""
    outputs: dict[str, str | None] = {"--output": config.output, "--rejects": config.rejects_path(), **(others or {})}
    given = {flag: path for flag, path in outputs.items() if path and path != "-"}
    seen: dict[tuple[int, int] | str, str] = {}
    for flag, path in given.items():
        key: tuple[int, int] | str = identity(path) or os.path.abspath(path)
        if key in seen:
            raise OutputConflict(f"{flag} {path} is the same file as {seen[key]}")
        seen[key] = f"{flag} {path}"
    skip: set[tuple[int, int]] = set()
    inputs = [given_input for given_input in (*config.inputs, *config.listed) if given_input != "-"]
    for flag, path in given.items():
        is_folder = flag == "--output" and config.sharded
        for source in inputs:
            source_is_dir = os.path.isdir(source)
            if is_folder:
                if is_within(source, path):
                    raise OutputConflict(f"the output folder {path} holds the input {source}: write the records "
                                         "into a folder of their own")
                if source_is_dir and is_within(path, source) and (ident := identity(path)) is not None:
                    skip.add(ident)
                continue
            if source_is_dir:
                if os.path.exists(path) and is_within(path, source) and _walk_would_read(Path(path), Path(source), config):
                    raise OutputConflict(f"{flag} {path} is one of the input files under {source}")
            elif same_file(path, source):
                raise OutputConflict(f"{flag} {path} is the input file {source}")
    return frozenset(skip)


def check_file_output(flag: str, output: str | None, inputs: dict[str, str | None]) -> None:
    """For the commands over records (`dedup`, `report`, `export`): an output file may not be
    a records input, nor a folder."""
    if not output or output == "-":
        return
    if os.path.isdir(output) or output.endswith(("/", os.sep)):
        raise OutputConflict(f"{flag} {output} is a folder: name the file to write")
    for name, source in inputs.items():
        if not source or source == "-":
            continue
        if same_file(output, source) or os.path.abspath(output) == os.path.abspath(source):
            raise OutputConflict(f"{flag} {output} is the same file as {name} {source}")
        if os.path.isdir(source) and is_within(output, source) and Path(output).name.startswith("part-"):
            raise OutputConflict(f"{flag} {output} would be read as a shard of {source}")


def check_folder_output(flag: str, output: str, source: str) -> None:
    """For `export`: the output is a folder of tables, not a file and not the records."""
    if os.path.exists(output) and not os.path.isdir(output):
        raise OutputConflict(f"{flag} {output} is a file: name a folder for the tables")
    if os.path.exists(output) and same_file(output, source):
        raise OutputConflict(f"{flag} {output} is the records folder {source}: name a folder of its own")
