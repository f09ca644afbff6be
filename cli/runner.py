"""Scoring a stream of records: in this process, in a local process pool, or on a dask cluster.

Every engine keeps input order and bounds the work in flight (a few batches per worker), so memory
stays flat however long the input is: records are read only as fast as results are written.
(``multiprocessing.Pool.imap`` would not do: its feeder thread drains the whole input iterator.)

Workers do everything up to the output bytes (analysis, JSON encoding or the CSV row), so the main
process only reads, writes and keeps order. Every engine runs the same :func:`score_text`, which is
why ``--workers 2`` and ``--engine dask`` give output byte-identical to ``--workers 1``.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from textmetrics import analyze
from textmetrics.norms import values_of
from textmetrics.config import check_text_length
from textmetrics.errors import ConfigError, TextmetricsError

from .columns import csv_row
from .inputs import Item, Record, RecordError

__all__ = [
    "Job", "Outcome", "score_text", "score_batch", "run", "ENGINES", "BATCH_SIZE", "ENCODERS",
]

ENGINES = ("local", "dask")
BATCH_SIZE = 32  # records per task: large enough to amortise pickling, small enough to keep order cheap
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: keeps every worker busy without reading ahead
SCHEDULER_TIMEOUT = "10s"  # how long to try reaching a dask scheduler before exit code 2


@dataclass(frozen=True)
class Job:
    """What to compute for every record and how to encode it; small and picklable."""

    metrics: tuple[str, ...] | None = None
    detail: str = "summary"
    include_quoted: bool = False
    sentiment_include_quoted: bool = True
    lexicon: str | None = None
    abbreviations: str | None = None  # a user abbreviation file for the sentence splitter
    max_text_chars: int = 1_000_000
    payload: str = "json"  # how a result travels back: one of ENCODERS
    columns: tuple[str, ...] = ()  # flattened keys, for the "row" encoding
    norms: tuple[str, ...] = ()  # reference names or norms file paths: adds percentiles

    def analyze(self, text: str) -> dict:
        report = analyze(text, metrics=self.metrics, detail=self.detail, include_quoted=self.include_quoted,
                         sentiment_include_quoted=self.sentiment_include_quoted, lexicon=self.lexicon,
                         abbreviations=self.abbreviations, norms=self.norms or None)
        return report.to_dict()


def _encode_json(doc: dict, job: Job) -> str:
    return json.dumps(doc, ensure_ascii=False)


def _encode_row(doc: dict, job: Job) -> list:
    return csv_row(doc, job.columns)


def _encode_dict(doc: dict, job: Job) -> dict:
    return doc


def _encode_values(doc: dict, job: Job) -> list:
    # textmetrics norms build: only the numeric metrics travel back, a few hundred bytes a document
    return values_of(doc)


ENCODERS: dict[str, Callable[[dict, Job], Any]] = {"json": _encode_json, "row": _encode_row, "dict": _encode_dict,
                                                   "values": _encode_values}

# (True, payload) or (False, reason)
Outcome = tuple[bool, Any]


def score_text(text: str, job: Job) -> Outcome:
    """Analyse one text and encode it; a text the library refuses becomes a reason, not an exception."""
    try:
        check_text_length(text, job.max_text_chars)
        return True, ENCODERS[job.payload](job.analyze(text), job)
    except TextmetricsError as exc:
        return False, str(exc)
    except Exception as exc:  # noqa: BLE001 - one unexpected failure must not end a long batch run
        return False, f"internal error ({type(exc).__name__}: {exc})"


def score_batch(texts: list[str], job: Job | None = None) -> list[Outcome]:
    """Score a batch; in a pool worker ``job`` comes from the initializer."""
    job = job if job is not None else _WORKER_JOB
    return [score_text(text, job) for text in texts]


_WORKER_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    """Pool initializer: remember the job and load the resources once, before the first batch."""
    global _WORKER_JOB
    _WORKER_JOB = job
    score_text("Warm up the resources once per worker.", job)


# --- batching and ordering ---------------------------------------------------------------------------------------

Result = tuple[Record, Any] | RecordError


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Runs of items holding at most ``size`` records (errors ride along to keep their place)."""
    batch: list[Item] = []
    records = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Record):
            records += 1
            if records == size:
                yield batch
                batch, records = [], 0
    if batch:
        yield batch


def _merge(batch: list[Item], outcomes: list[Outcome]) -> Iterator[Result]:
    results = iter(outcomes)
    for item in batch:
        if isinstance(item, RecordError):
            yield item
            continue
        ok, payload = next(results)
        yield (item, payload) if ok else RecordError(item.source, item.line, payload)


def _texts(batch: list[Item]) -> list[str]:
    return [item.text for item in batch if isinstance(item, Record)]


def _ordered(batches: Iterator[list[Item]], submit: Callable[[list[str]], Future], limit: int) -> Iterator[Result]:
    """Submit batches, at most ``limit`` pending, and yield their results in submission order."""
    pending: deque[tuple[list[Item], Future]] = deque()
    for batch in batches:
        pending.append((batch, submit(_texts(batch))))
        if len(pending) >= limit:
            done, future = pending.popleft()
            yield from _merge(done, future.result())
    while pending:
        done, future = pending.popleft()
        yield from _merge(done, future.result())


def _run_here(items: Iterable[Item], job: Job) -> Iterator[Result]:
    for batch in _batches(items, BATCH_SIZE):
        yield from _merge(batch, score_batch(_texts(batch), job))


def _run_pool(items: Iterable[Item], job: Job, workers: int) -> Iterator[Result]:
    # fork: workers inherit the modules (and any resources already loaded) instead of re-importing them
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(job,)) as pool:
        yield from _ordered(_batches(items, BATCH_SIZE), lambda texts: pool.submit(score_batch, texts),
                            workers * IN_FLIGHT_PER_WORKER)


def _dask_client(workers: int, scheduler: str | None):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--engine dask needs dask.distributed: pip install 'textmetrics[dask]'") from None
    try:
        if scheduler:
            return Client(scheduler, timeout=SCHEDULER_TIMEOUT), None
        # loopback only: a throwaway cluster has no business listening on the machine's other interfaces
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0",
                               silence_logs=logging.ERROR)
        return Client(cluster), cluster
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the dask scheduler at {scheduler or 'a local cluster'}: {exc}") from None


def _run_dask(items: Iterable[Item], job: Job, workers: int, scheduler: str | None) -> Iterator[Result]:
    client, cluster = _dask_client(workers, scheduler)
    try:
        limit = max(2, IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or workers))
        yield from _ordered(_batches(items, BATCH_SIZE),
                            lambda texts: client.submit(score_batch, texts, job, pure=False), limit)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(items: Iterable[Item], job: Job, workers: int = 1, engine: str = "local",
        scheduler: str | None = None) -> Iterator[Result]:
    """Yield ``(record, payload)`` or a :class:`RecordError` for every item, in input order."""
    if engine == "dask":
        return _run_dask(items, job, workers, scheduler)
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if scheduler:
        raise ConfigError("--scheduler needs --engine dask")
    if workers <= 1:
        return _run_here(items, job)
    return _run_pool(items, job, workers)
