"""Run the service under gunicorn: ``textmetrics serve`` calls :func:`run`.

A custom gunicorn application (``BaseApplication``) so that no configuration file or command line
of gunicorn's own is read. The master process builds the Flask app once (``preload_app``): that
validates the ``TEXTMETRICS_*`` settings before any worker starts, and loads every core resource
(dictionary, word lists, lexicons), so each forked worker has them before its first request and a
worker recycled by ``max_requests`` starts warm.

Also runnable as ``python -m textmetrics.api.serve [--host H] [--port P] [--workers N]``.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.config import Config

from textmetrics.config import Settings

from .app import create_app

__all__ = ["run", "gunicorn_options", "TextmetricsApplication", "DEFAULT_HOST", "DEFAULT_PORT"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
WORKER_TIMEOUT = 120  # seconds; a 1000-item batch of op-eds takes tens of seconds on one core
GRACEFUL_TIMEOUT = 30
MAX_REQUESTS = 10_000  # recycle workers now and then (bounded memory growth) ...
MAX_REQUESTS_JITTER = 1_000  # ... but not all at once
KEEPALIVE = 5


def default_workers() -> int:
    """One worker per core: the work is CPU-bound pure Python, so more workers only queue."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


def gunicorn_options(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    workers: int | None = None,
    *,
    timeout: int = WORKER_TIMEOUT,
    max_requests: int = MAX_REQUESTS,
    max_requests_jitter: int = MAX_REQUESTS_JITTER,
    log_level: str = "info",
    worker_class: str = "sync",
    threads: int = 1,
) -> dict[str, Any]:
    """The gunicorn settings :func:`run` uses."""
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    options = {
        "bind": [_bind(host, port)],
        "workers": workers or default_workers(),
        "worker_class": worker_class,
        "threads": threads,
        "timeout": timeout,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": KEEPALIVE,
        "max_requests": max_requests,
        "max_requests_jitter": max_requests_jitter,
        "preload_app": True,
        "accesslog": None,  # the app writes its own structured access log (textmetrics.api.access)
        "errorlog": "-",
        "loglevel": log_level.lower(),
        "proc_name": "textmetrics",
    }
    if "control_socket_disable" in Config().settings:
        # gunicorn >= 25 opens a control socket at one fixed path per user; several servers on
        # one machine (tests, benchmarks) would fight over it, and nothing here uses it
        options["control_socket_disable"] = True
    return options


class TextmetricsApplication(BaseApplication):
    """gunicorn running :func:`textmetrics.api.create_app` with the given settings."""

    def __init__(self, options: dict[str, Any], settings: Settings | None = None) -> None:
        self.options = options
        self.settings = settings
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return create_app(self.settings)


def run(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    workers: int | None = None,
    *,
    settings: Settings | None = None,
    **options: Any,
) -> None:
    """Serve until interrupted. Raises ConfigError for a bad ``TEXTMETRICS_*`` value before starting."""
    settings = settings or Settings.from_env()
    opts = gunicorn_options(host, port, workers, log_level=settings.log_level, **options)
    TextmetricsApplication(opts, settings).run()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m textmetrics.api.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    run(args.host, args.port, args.workers)


if __name__ == "__main__":
    main()
