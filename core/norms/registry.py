"""Finding references (built-in names, norms files, a server's configured files) and applying them
to a scored document: the ``percentiles`` object and the short-text warning.

Built-in tables are package data (``textmetrics/data/norms/<name>.json``), each parsed on first use
and kept for the life of the process (:func:`textmetrics.resources.load_once`). A norms file given
by path is parsed once per path and modification time.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache, partial
from typing import Any, Callable, Iterable, Mapping, Union

from textmetrics.errors import InvalidInputError
from textmetrics.resources import load_once, read_text

from .build import metric_paths
from .table import NormTable

__all__ = [
    "BUILTIN", "SHORT_FRACTION", "NormsSpec", "builtin", "load_file", "load_files", "resolve", "available",
    "percentiles", "length_warnings",
]

# The shipped references, in the order they are listed (bench/norms_tables.py builds them)
BUILTIN = ("editorials", "news", "speeches", "abstracts", "tweets")
# A text with fewer words than this share of the reference's median document gets a warning: rates
# and ratios of 40 words swing far more than those of 800, so its percentiles overstate extremes.
SHORT_FRACTION = 0.25

NormsSpec = Union[str, "os.PathLike[str]", NormTable]


def _load_builtin(name: str) -> NormTable:
    return NormTable.from_dict(json.loads(read_text(f"norms/{name}.json")))


_BUILTIN_LOADERS: dict[str, Callable[[], NormTable]] = {
    name: load_once(partial(_load_builtin, name)) for name in BUILTIN}


def builtin(name: str) -> NormTable:
    """A shipped reference by name (parsed on first use); KeyError if there is none."""
    return _BUILTIN_LOADERS[name]()


@lru_cache(maxsize=64)
def _load_path(path: str, mtime_ns: int, size: int) -> NormTable:
    # keyed by modification time and size too: a file rebuilt in place is read again
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream, parse_constant=_no_constant)
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read norms file {path}: {getattr(exc, 'strerror', None) or exc}",
                                "norms") from None
    except ValueError as exc:
        raise InvalidInputError(f"norms file {path} is not valid JSON: {exc}", "norms") from None
    return NormTable.from_dict(data, source=path)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def load_file(path: str | os.PathLike[str]) -> NormTable:
    """The reference in a norms file (made by ``textmetrics norms build``); InvalidInputError (field
    ``norms``) if it cannot be read or is not a norms file."""
    path = os.fspath(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InvalidInputError(f"cannot read norms file {path}: {exc.strerror or exc}", "norms") from None
    return _load_path(os.path.abspath(path), st.st_mtime_ns, st.st_size)


def load_files(paths: Iterable[str]) -> dict[str, NormTable]:
    """Name -> reference for a configuration's norms files; a name may be neither built in nor repeated."""
    out: dict[str, NormTable] = {}
    for path in paths:
        table = load_file(path)
        if table.name in BUILTIN or table.name in out:
            raise InvalidInputError(f"norms file {path}: the name {table.name!r} is already taken", "norms")
        out[table.name] = table
    return out


def available(extra: Mapping[str, NormTable] | None = None) -> list[NormTable]:
    """Every built-in reference, then ``extra`` (a server's configured files)."""
    return [builtin(name) for name in BUILTIN] + list((extra or {}).values())


def _looks_like_path(spec: str) -> bool:
    return "/" in spec or os.sep in spec or spec.endswith(".json")


def _one(spec: Any, extra: Mapping[str, NormTable]) -> NormTable:
    if isinstance(spec, NormTable):
        return spec
    if isinstance(spec, os.PathLike):
        return load_file(spec)
    if not isinstance(spec, str):
        raise InvalidInputError(f"norms must be reference names or norms file paths, not {type(spec).__name__}",
                                "norms")
    if spec in extra:
        return extra[spec]
    if spec in _BUILTIN_LOADERS:
        return builtin(spec)
    if _looks_like_path(spec):
        return load_file(spec)
    names = ", ".join([*BUILTIN, *extra])
    raise InvalidInputError(f"unknown norms {spec!r}; choose from {names}, or give a norms file path", "norms")


def resolve(norms: NormsSpec | Iterable[NormsSpec] | None,
            extra: Mapping[str, NormTable] | None = None) -> tuple[NormTable, ...]:
    """The references ``norms`` names: a name, a path, a :class:`NormTable`, or a list of them.

    Names are looked up in ``extra`` first, then among the built-in ones; a string with a ``/`` or
    ending in ``.json`` is a file path. Raises InvalidInputError (field ``norms``) for an unknown name,
    an unreadable file, an empty list, or two references with one name.
    """
    if norms is None:
        return ()
    extra = extra or {}
    if isinstance(norms, (str, os.PathLike, NormTable)):
        specs: list = [norms]
    else:
        try:
            specs = list(norms)
        except TypeError:
            raise InvalidInputError("norms must be a reference name, a path, or a list of them", "norms") from None
    if not specs:
        raise InvalidInputError("norms must name at least one reference", "norms")
    tables = tuple(_one(spec, extra) for spec in specs)
    names = [t.name for t in tables]
    for name in names:
        if names.count(name) > 1:
            raise InvalidInputError(f"two references are named {name!r}", "norms")
    return tables


def percentiles(data: dict, tables: tuple[NormTable, ...]) -> dict[str, dict[str, float | None]]:
    """Reference name -> {metric id -> percentile or None} for every numeric metric of the groups in ``data``.

    ``data`` holds the rounded values the document shows, so a text and the reference documents
    are compared on the same numbers (ties included).
    """
    present = []  # (position in metric_paths, id, value or None); this runs on every analyze() with norms
    for i, (mid, path) in enumerate(metric_paths()):
        value: Any = data.get(path[0])
        if value is None:
            continue  # a group that was not asked for: no key, as in the document itself
        for part in path[1:]:
            value = value.get(part) if type(value) is dict else None
        kind = type(value)
        present.append((i, mid, value if kind is float or kind is int else None))
    out = {}
    for table in tables:
        lookups = table._lookups
        out[table.name] = {mid: None if value is None or lookups[i] is None else lookups[i](value)
                           for i, mid, value in present}
    return out


def length_warnings(words: int, tables: tuple[NormTable, ...]) -> list[str]:
    """A warning per reference whose median document is over four times longer than the text."""
    out = []
    for t in tables:
        median = t.median_words
        if median and words < SHORT_FRACTION * median:
            out.append(f"the text has {words:,} words, under a quarter of the median {t.name} document "
                       f"({median:,} words): its rates and ratios swing more than theirs, so read its "
                       f"percentiles among {t.name} with care")
    return out
