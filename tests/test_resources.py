"""Package resources: load_once and the one reader (textmetrics.resources)."""

from __future__ import annotations

import threading
import time

import pytest

from textmetrics.errors import ResourceError
from textmetrics.resources import load_once, read_lines, read_text
from textmetrics.words.cmudict import cmudict_syllables


def test_load_once_runs_the_loader_once_for_racing_threads():
    calls = []

    def slow_loader():
        calls.append(1)
        time.sleep(0.05)  # widen the race window (nothing is timed)
        return object()

    get = load_once(slow_loader)
    barrier = threading.Barrier(8)
    seen = []

    def worker():
        barrier.wait()
        seen.append(get())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(seen) == 8 and all(v is seen[0] for v in seen)


def test_cmudict_is_loaded_once():
    assert cmudict_syllables() is cmudict_syllables()
    assert cmudict_syllables()["syllable"] == 3  # CMUdict: S IH1 L AH0 B AH0 L


def test_read_lines_drops_comments_and_blanks():
    lines = read_lines("sentence_openers.txt")
    assert lines and not any(line.startswith("#") or not line for line in lines)


def test_reads_from_other_installed_packages():
    assert "\t" in read_text("vader_lexicon.txt", package="vaderSentiment").splitlines()[0]


def test_missing_file_is_a_resource_error_naming_it():
    with pytest.raises(ResourceError, match="no_such_file.txt"):
        read_text("no_such_file.txt")


def test_every_core_subpackage_is_listed_for_installation():
    # pyproject.toml lists the packages by hand (the folders are mapped with package-dir); a
    # subpackage left out installs without its modules and fails on import outside editable mode
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {"textmetrics" + "".join("." + part for part in init.parent.relative_to(root / "core").parts)
             for init in (root / "core").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
