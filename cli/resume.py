"""``--resume``: continue a killed run without scoring any document twice.

The output JSONL file is the record of what is done: every complete line holds one document with
its ``id``. A run killed mid-write leaves at most one torn last line (no newline, or not valid JSON);
it is cut off and its document scored again. A bad line anywhere else means the file is not ours,
and resuming refuses rather than guess.
"""

from __future__ import annotations

import json
import os

from textmetrics.errors import ConfigError

__all__ = ["completed_ids", "id_key"]


def id_key(rid) -> str:
    """A hashable key equal for equal JSON ids (``7`` and ``"7"`` stay different, as in the file)."""
    return json.dumps(rid, ensure_ascii=False)


def completed_ids(path: str) -> tuple[set[str], int]:
    """Ids already in ``path`` and the number of bytes cut from a torn last line.

    The file is read as a stream, so memory grows with the number of ids, not the file size.
    """
    done: set[str] = set()
    if not os.path.exists(path):
        return done, 0
    good_end = 0  # offset just after the last complete, valid line
    torn: tuple[int, str] | None = None
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            if torn is not None:
                raise ConfigError(f"{path}:{torn[0]}: {torn[1]}; cannot resume from this file")
            problem, obj = _parse(raw)
            if problem is None:
                done.add(id_key(obj["id"]))
                good_end += len(raw)
            else:
                torn = (number, problem)
    size = os.path.getsize(path)
    if good_end < size:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    return done, size - good_end


def _parse(raw: bytes) -> tuple[str | None, dict | None]:
    """(None, the object) for a complete line holding an object with an id, else (the problem, None)."""
    if not raw.endswith(b"\n"):
        return "incomplete line", None
    try:
        obj = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return "not valid JSON", None
    if not isinstance(obj, dict) or "id" not in obj:
        return "a line without an id", None
    return None, obj
