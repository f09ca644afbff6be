"""``load_once``: the one way package resources are loaded lazily, once per process, thread-safe."""

from __future__ import annotations

import threading
from functools import wraps
from typing import Callable, TypeVar

__all__ = ["load_once"]

T = TypeVar("T")
_UNSET = object()


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
