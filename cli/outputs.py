"""Writers for ``textmetrics score``: table, json, jsonl and csv, written incrementally.

- ``json``: one input document gives the document object; several give an array, written one
  document per line as they arrive. Each document is ``json.dumps(obj, ensure_ascii=False)`` of the
  same object the API answers (docs/json.md), with ``"id"`` first when several documents are scored.
- ``jsonl``: one object per line, always with its ``id``, flushed line by line (``--resume`` relies on it).
- ``csv``: ``id``, then flattened columns (``readability.flesch_kincaid_grade``) in catalogue order,
  then ``warnings``.
- ``table``: one document gives a table per metric group with what each number means; several give
  one fixed-width row per document with the main metrics, written as each arrives.

:func:`open_destination` writes json, csv and table output to a temporary file renamed into place
when the run ends (readers never see half a file); jsonl is appended to directly.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from typing import Any, TextIO

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .columns import flatten
from .inputs import Record
from .meaning import catalogue_index, format_value, metric_rows

__all__ = [
    "FORMATS", "Destination", "open_destination", "make_writer", "with_id", "table_console",
    "JsonWriter", "JsonlWriter", "CsvWriter", "TableWriter", "document_tables",
    "PAYLOAD_ENCODING", "TABLE_WIDTH", "SUMMARY_COLUMNS",
]

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_WIDTH = 80


def table_console(stream: TextIO) -> Console:
    """A rich console writing plain text at 80 columns (no colour guessing, no highlighting)."""
    return Console(file=stream, width=TABLE_WIDTH, highlight=False)


def with_id(rid, payload_json: str) -> str:
    """Put ``"id"`` first in an encoded document object; equal to ``json.dumps({"id": rid, **doc})``."""
    head = '{"id": ' + json.dumps(rid, ensure_ascii=False)
    return head + "}" if payload_json == "{}" else head + ", " + payload_json[1:]


# --- destinations ------------------------------------------------------------------------------------------------


class Destination:
    """Where output goes: stdout, a file written in place (jsonl), or a temporary file renamed at the end."""

    def __init__(self, stream: TextIO, final_path: str | None = None, temp_path: str | None = None,
                 owned: bool = True) -> None:
        self.stream = stream
        self.final_path = final_path
        self.temp_path = temp_path
        self._owned = owned

    def commit(self) -> None:
        """Finish: flush, and move a temporary file into place atomically."""
        self.stream.flush()
        if self.temp_path is not None:
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.temp_path, self.final_path)
            self.temp_path = None
        elif self._owned:
            self.stream.close()
        else:
            self.stream.detach()  # leave sys.stdout's buffer open

    def abort(self) -> None:
        """Give up: remove a temporary file; a jsonl file keeps the lines already flushed."""
        if self.temp_path is not None:
            self.stream.close()
            os.unlink(self.temp_path)
            self.temp_path = None
        elif self._owned:
            self.stream.close()
        else:
            try:
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self.stream.detach()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def open_destination(output: str | None, fmt: str, append: bool = False) -> Destination:
    """Open stdout (``output`` None or ``"-"``), a jsonl file in place, or a temporary file beside ``output``."""
    if output is None or output == "-":
        sys.stdout.flush()
        # UTF-8 whatever the locale says: the output holds the documents' own characters
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True)
        return Destination(stream, owned=False)
    if fmt == "jsonl":
        return Destination(open(output, "a" if append else "w", encoding="utf-8", newline="\n"), output)
    directory = os.path.dirname(os.path.abspath(output))
    fd, temp = tempfile.mkstemp(dir=directory, prefix="." + os.path.basename(output) + ".", suffix=".tmp")
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; the result should look like any file the user writes
    return Destination(open(fd, "w", encoding="utf-8", newline=""), output, temp)


# --- writers -----------------------------------------------------------------------------------------------------


class _Writer:
    """Counts documents and failures; ``several`` is known once a second item has been seen."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.seen = 0
        self.written = 0

    def error(self) -> None:
        self.seen += 1
        self._after_seen()

    def add(self, record: Record, payload) -> None:
        self.seen += 1
        self._after_seen()
        self._add(record, payload)
        self.written += 1

    def _after_seen(self) -> None:
        pass

    def _add(self, record: Record, payload) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class JsonlWriter(_Writer):
    def _add(self, record: Record, payload: str) -> None:
        self.stream.write(with_id(record.id, payload) + "\n")
        self.stream.flush()


class _Lookahead(_Writer):
    """Holds the first document until a second item shows whether the output is one document or several."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._first: tuple[Record, Any] | None = None
        self.several = False

    def _after_seen(self) -> None:
        if self.seen == 2 and not self.several:
            self.several = True
            self._start_several()
            if self._first is not None:
                self._add_several(*self._first)
                self._first = None

    def _add(self, record: Record, payload) -> None:
        if self.several:
            self._add_several(record, payload)
        else:
            self._first = (record, payload)

    def close(self) -> None:
        if self.several:
            self._end_several()
        elif self._first is not None:
            self._write_single(*self._first)
        self.stream.flush()

    def _start_several(self) -> None: ...
    def _add_several(self, record: Record, payload) -> None: ...
    def _end_several(self) -> None: ...
    def _write_single(self, record: Record, payload) -> None: ...


class JsonWriter(_Lookahead):
    def _start_several(self) -> None:
        self.stream.write("[")
        self._sep = "\n"

    def _add_several(self, record: Record, payload: str) -> None:
        self.stream.write(self._sep + with_id(record.id, payload))
        self._sep = ",\n"

    def _end_several(self) -> None:
        self.stream.write("\n]\n" if self._sep != "\n" else "]\n")

    def _write_single(self, record: Record, payload: str) -> None:
        self.stream.write(payload + "\n")


class CsvWriter(_Writer):
    def __init__(self, stream: TextIO, columns: list[str]) -> None:
        super().__init__(stream)
        self._csv = csv.writer(stream, lineterminator="\n")
        self._csv.writerow(["id", *columns])

    def _add(self, record: Record, payload: list) -> None:
        self._csv.writerow([record.id, *payload])


# --- tables ------------------------------------------------------------------------------------------------------


def document_tables(doc: dict, title: str | None = None, text: str | None = None) -> list:
    """Rich renderables for one document: a table per group, then warnings and (full detail) the
    hard sentences and the markers. ``text``: the document, to quote the hard sentences."""
    index = catalogue_index()
    percentiles = doc.get("percentiles")  # shown beside each value, not as a table of its own
    out: list = []
    if title:
        out.append(Text(title, style="bold"))
    for group, values in doc.items():
        if not isinstance(values, dict) or group == "percentiles":
            continue
        table = Table(title=group.capitalize(), title_justify="left", title_style="bold", expand=False,
                      width=TABLE_WIDTH, box=box.SIMPLE_HEAD)
        table.add_column("Metric", ratio=6, overflow="fold")
        table.add_column("Value", justify="right", ratio=2, no_wrap=True)
        table.add_column("What it means", ratio=7, overflow="fold")
        for _, name, value, meaning in metric_rows(group, values, index, percentiles):
            table.add_row(name, format_value(value), meaning)
        out.append(table)
    hard = [s for s in doc.get("sentences", []) if s.get("difficulty") in ("hard", "very_hard")]
    if hard:
        out.append(_hard_sentences_table(hard, text))
    markers = doc.get("markers")
    if markers:
        out.append(_markers_table(markers))
    for warning in doc.get("warnings", []):
        out.append(Text(f"warning: {warning}", style="yellow"))
    return out


def _hard_sentences_table(sentences: list[dict], text: str | None) -> Table:
    """The hard and very hard sentences (grade: ARI of the sentence), with their opening words."""
    table = Table(title="Hard sentences", title_justify="left", title_style="bold", width=TABLE_WIDTH,
                  box=box.SIMPLE_HEAD)
    table.add_column("Sentence", justify="right", no_wrap=True)  # counted from 1, as people do
    table.add_column("Difficulty", no_wrap=True)
    table.add_column("Grade", justify="right", no_wrap=True)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column("Begins", ratio=1, overflow="ellipsis", no_wrap=True)
    for s in sentences:
        begins = " ".join(text[s["start"]:s["end"]].split()) if text is not None else ""
        table.add_row(str(s["index"] + 1), s["difficulty"].replace("_", " "), format_value(s.get("grade")),
                      str(s.get("words", "")), begins)
    return table


def _markers_table(markers: list[dict]) -> Table:
    table = Table(title="Markers", title_justify="left", title_style="bold", width=TABLE_WIDTH, box=box.SIMPLE_HEAD)
    table.add_column("Category", min_width=19, no_wrap=True)
    table.add_column("Text", ratio=1, overflow="fold")
    table.add_column("Sentence", justify="right", no_wrap=True)  # counted from 1, as people do
    table.add_column("Quoted", no_wrap=True)
    for m in markers:
        sentence = m.get("sentence")
        table.add_row(str(m.get("category", "")), str(m.get("text", "")),
                      str(sentence + 1) if isinstance(sentence, int) else "-", "yes" if m.get("in_quote") else "")
    return table


# Columns of the one-row-per-document table: (flattened key, header, width, legend)
SUMMARY_COLUMNS = (
    ("counts.words", "Words", 7, "Words: word tokens"),
    ("readability.flesch_reading_ease", "Ease", 6, "Ease: Flesch Reading Ease, higher is easier (60-70 plain English)"),
    ("readability.consensus_grade", "Grade", 6, "Grade: consensus US school grade of the grade-level formulas"),
    ("sentiment.score", "Sent.", 6, "Sent.: sentiment score from -1 (negative) to 1 (positive)"),
    ("hedging.per_1000_words", "Hedge", 6, "Hedge: hedges per 1,000 words"),
    ("persuasion.booster.per_1000_words", "Boost", 6, "Boost: boosters per 1,000 words"),
    ("lexical.mtld", "MTLD", 6, "MTLD: lexical diversity, higher is more varied"),
)


class TableWriter(_Lookahead):
    """One document: a table per group (rich). Several: one fixed-width line per document, written
    as it arrives (formatted directly: rich's layout engine would cost more than the scoring)."""

    def __init__(self, stream: TextIO, console: Console | None = None) -> None:
        super().__init__(stream)
        self.console = console or table_console(stream)
        self._columns: list[tuple[str, str, int, str]] | None = None
        self._id_width = 0

    def _write_single(self, record: Record, payload: dict) -> None:
        for part in document_tables(payload, title=str(record.id), text=record.text):
            self.console.print(part)

    def _line(self, first: str, cells: list[str], warn: str) -> str:
        if cell_len(first) > self._id_width:
            first = set_cell_size(first, self._id_width - 1) + "…"
        values = "".join(" " + cell.rjust(width) for cell, (_, _, width, _) in zip(cells, self._columns or []))
        return set_cell_size(first, self._id_width) + values + " " + warn.rjust(4) + "\n"

    def _add_several(self, record: Record, payload: dict) -> None:
        flat = flatten(payload)
        if self._columns is None:
            self._columns = [c for c in SUMMARY_COLUMNS if c[0] in flat]
            self._id_width = max(12, TABLE_WIDTH - sum(width + 1 for _, _, width, _ in self._columns) - 5)
            self.stream.write(self._line("Document", [header for _, header, _, _ in self._columns], "Warn"))
        cells = [format_value(flat.get(key)) for key, _, _, _ in self._columns]
        self.stream.write(self._line(str(record.id), cells, str(len(payload.get("warnings", [])))))

    def _end_several(self) -> None:
        if self._columns is None:
            return  # nothing was scored
        legend = [c[3] for c in self._columns] + ["Warn: number of warnings (see --format json)"]
        self.stream.write("\n".join(legend) + "\n")


def make_writer(fmt: str, stream: TextIO, columns: list[str] | None = None, console: Console | None = None) -> _Writer:
    if fmt == "json":
        return JsonWriter(stream)
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, columns or [])
    if fmt == "table":
        return TableWriter(stream, console)
    raise ValueError(f"unknown format {fmt!r}")


PAYLOAD_ENCODING: dict[str, str] = {"json": "json", "jsonl": "json", "csv": "row", "table": "dict"}
