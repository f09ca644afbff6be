"""Reading documents for ``textmetrics score``: files, directories, stdin; text, JSONL and CSV.

Every reader is a generator: it yields one :class:`Record` per document or one :class:`RecordError`
per bad record, in input order, holding at most one record (or one text file) in memory. Files are
read as bytes and decoded line by line, so a byte that is not valid in the encoding names its line.

Formats (by extension, or ``--input-format`` for stdin and unknown extensions):

- ``.txt``/``.md`` (and any other name): the whole file is one document; its id is the path.
- ``.jsonl``/``.ndjson``: one JSON object per line; the text is in ``text_field``; the id is
  ``id_field`` when the record has it, else the line number.
- ``.csv``: a header row, then one document per row; the text is the ``text_field`` column; the id is
  the ``id_field`` column when present, else the line where the row starts.

When several sources are read (several paths, or a directory), line-number ids are written
``"path:line"`` so that they stay unique across files.
"""

from __future__ import annotations

import csv
import fnmatch
import json
import os
import sys
from dataclasses import dataclass
from typing import BinaryIO, Iterator, Union

__all__ = [
    "Record", "RecordError", "Item", "InputOptions", "Source", "expand_sources", "read_sources",
    "ReadProgress", "STDIN", "DEFAULT_GLOBS", "INPUT_FORMATS",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
DEFAULT_GLOBS = ("*.txt", "*.md", "*.jsonl", "*.ndjson", "*.csv")
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")
_BY_EXTENSION = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


@dataclass(frozen=True, slots=True)
class Record:
    """One document to score. ``line`` is where it starts in ``source`` (1 for a whole file)."""

    source: str
    line: int
    id: str | int
    text: str


@dataclass(frozen=True, slots=True)
class RecordError:
    """A record that cannot be scored, reported on stderr as ``source:line: reason``."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


Item = Union[Record, RecordError]


@dataclass(frozen=True)
class InputOptions:
    text_field: str = "text"
    id_field: str = "id"
    encoding: str = "utf-8"
    input_format: str = "auto"  # applies to stdin and to files whose extension says nothing


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read (``path`` is ``"-"`` for stdin), its format and its size in bytes (0 if unknown)."""

    path: str
    kind: str
    size: int = 0

    @property
    def name(self) -> str:
        return STDIN_NAME if self.path == STDIN else self.path


@dataclass
class ReadProgress:
    """Bytes consumed so far, for the progress line's ETA."""

    bytes_read: int = 0
    total_bytes: int = 0


def _kind(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    return _BY_EXTENSION.get(os.path.splitext(path)[1].lower(), "text")


def _walk(directory: str, globs: tuple[str, ...]) -> Iterator[str]:
    """Files under ``directory`` whose name matches a glob, in sorted order; hidden entries skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, g) for g in globs):
                yield os.path.join(root, name)


def expand_sources(paths: list[str], globs: tuple[str, ...], input_format: str) -> tuple[list[Source], list[RecordError]]:
    """Resolve the command line's paths into sources; raise FileNotFoundError for a missing path.

    A directory that holds no matching file gives a :class:`RecordError` rather than stopping the run.
    """
    sources: list[Source] = []
    problems: list[RecordError] = []
    for path in paths:
        if path == STDIN:
            fmt = "text" if input_format == "auto" else input_format
            sources.append(Source(STDIN, fmt))
        elif os.path.isdir(path):
            found = [Source(p, _kind(p, "auto"), os.path.getsize(p)) for p in _walk(path, globs)]
            if not found:
                problems.append(RecordError(path, None, f"no files match {', '.join(globs)}"))
            sources.extend(found)
        elif os.path.exists(path):
            sources.append(Source(path, _kind(path, input_format), os.path.getsize(path)))
        else:
            raise FileNotFoundError(f"{path}: no such file or directory")
    return sources, problems


def _decode_error(source: str, line: int, exc: UnicodeDecodeError, encoding: str) -> RecordError:
    byte = exc.object[exc.start:exc.start + 1].hex()
    return RecordError(source, line, f"not valid {encoding} (byte 0x{byte}); give the file's encoding with --encoding")


def _codec(encoding: str) -> str:
    # A UTF-8 byte order mark (Windows editors write one) is dropped, not read as text.
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def _open(source: Source) -> BinaryIO:
    if source.path == STDIN:
        return sys.stdin.buffer
    return open(source.path, "rb")


def _read_text(source: Source, opts: InputOptions, stream: BinaryIO, progress: ReadProgress) -> Iterator[Item]:
    data = stream.read()
    progress.bytes_read += len(data)
    try:
        text = data.decode(_codec(opts.encoding))
    except UnicodeDecodeError as exc:
        yield _decode_error(source.name, data.count(b"\n", 0, exc.start) + 1, exc, opts.encoding)
        return
    if not text.strip():
        yield RecordError(source.name, None, "empty file")
        return
    yield Record(source.name, 1, source.name, text)


def _lines(source: Source, opts: InputOptions, stream: BinaryIO, progress: ReadProgress) -> Iterator[tuple[int, str | RecordError]]:
    """(line number, decoded line or a RecordError) for every line of a binary stream."""
    codec = _codec(opts.encoding)
    for number, raw in enumerate(stream, start=1):
        progress.bytes_read += len(raw)
        try:
            yield number, raw.decode(codec if number == 1 else opts.encoding)
        except UnicodeDecodeError as exc:
            yield number, _decode_error(source.name, number, exc, opts.encoding)


def _text_of(record, opts: InputOptions) -> str | None:
    text = record.get(opts.text_field)
    return text if isinstance(text, str) else None


def _read_jsonl(source: Source, opts: InputOptions, stream: BinaryIO, progress: ReadProgress,
                qualify: bool) -> Iterator[Item]:
    empty = True
    for number, line in _lines(source, opts, stream, progress):
        if isinstance(line, RecordError):
            empty = False
            yield line
            continue
        if not line.strip():
            continue  # blank lines (a trailing newline, a separator) are not records
        empty = False
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            reason = exc.msg.removesuffix(" at").lower()
            yield RecordError(source.name, number, f"not valid JSON ({reason} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield RecordError(source.name, number, f"expected a JSON object, got {type(record).__name__}")
            continue
        yield _record(source, number, record, opts, qualify)
    if empty:
        yield RecordError(source.name, None, "empty file")


def _record(source: Source, number: int, record: dict, opts: InputOptions, qualify: bool) -> Item:
    text = _text_of(record, opts)
    if text is None:
        what = "no" if record.get(opts.text_field) is None else "a non-string"
        return RecordError(source.name, number, f"{what} {opts.text_field!r} field")
    if not text.strip():
        return RecordError(source.name, number, f"empty {opts.text_field!r} field")
    rid = record.get(opts.id_field)
    if rid is None or rid == "" or isinstance(rid, (dict, list, bool)):
        rid = f"{source.name}:{number}" if qualify else number
    return Record(source.name, number, rid, text)


class _LineCounter:
    """Feeds decoded lines to csv.reader and remembers where the current row started."""

    def __init__(self, lines: Iterator[tuple[int, str | RecordError]]) -> None:
        self._lines = lines
        self.number = 0
        self.error: RecordError | None = None

    def __iter__(self):
        return self

    def __next__(self) -> str:
        self.number, line = next(self._lines)
        if isinstance(line, RecordError):
            self.error = line
            raise StopIteration
        return line


def _read_csv(source: Source, opts: InputOptions, stream: BinaryIO, progress: ReadProgress,
              qualify: bool) -> Iterator[Item]:
    lines = _LineCounter(_lines(source, opts, stream, progress))
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        yield lines.error or RecordError(source.name, None, "empty file")
        return
    if opts.text_field not in header:
        yield RecordError(source.name, 1, f"no {opts.text_field!r} column (columns: {', '.join(header)}); "
                                          "name the text column with --text-field")
        return
    rows = 0
    while True:
        start = lines.number + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield RecordError(source.name, start, f"not valid CSV ({exc})")
            return
        if not row:
            continue
        rows += 1
        if len(row) != len(header):
            yield RecordError(source.name, start, f"{len(row)} fields, the header has {len(header)}")
            continue
        yield _record(source, start, dict(zip(header, row)), opts, qualify)
    if lines.error:
        yield lines.error  # decoding failed mid-file: a CSV row cannot be resynchronised after it
    elif rows == 0:
        yield RecordError(source.name, None, "no rows after the header")


_READERS = {"text": _read_text, "jsonl": _read_jsonl, "csv": _read_csv}


def read_sources(sources: list[Source], opts: InputOptions, progress: ReadProgress | None = None,
                 qualify: bool = False) -> Iterator[Item]:
    """Every record of every source, in order. ``qualify`` makes line-number ids ``"path:line"``."""
    progress = progress if progress is not None else ReadProgress()
    csv.field_size_limit(2**31 - 1)  # the text length limit is enforced per record, with a message
    for source in sources:
        try:
            stream = _open(source)
        except OSError as exc:
            yield RecordError(source.name, None, f"cannot read ({exc.strerror or exc})")
            continue
        try:
            if source.kind == "text":
                yield from _read_text(source, opts, stream, progress)
            else:
                yield from _READERS[source.kind](source, opts, stream, progress, qualify)
        except OSError as exc:
            yield RecordError(source.name, None, f"cannot read ({exc.strerror or exc})")
        finally:
            if source.path != STDIN:
                stream.close()
