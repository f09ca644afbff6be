"""``--resume``: a killed run, rerun, leaves every id exactly once and every line valid JSON."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from textmetrics.cli import app
from textmetrics.cli.resume import completed_ids
from textmetrics.errors import ConfigError

runner = CliRunner()

SENTENCES = ["The council may delay the vote.", "We must act now!", "Who benefits from this?",
             "Experts say the figures are uncertain.", "It seems likely to pass."]


def corpus(path, n: int, repeat: int = 1) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(SENTENCES[(i + k) % 5] for k in range(5)) * repeat + f" Document {i}."
            f.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")


def test_completed_ids_drops_a_torn_last_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": 1, "x": 2}\n{"id": "b"}\n{"id": 3, "x": [1, 2')
    done, cut = completed_ids(str(out))
    assert done == {"1", '"b"'}  # ids as JSON: the number 1 and the string "b"
    assert cut == len(b'{"id": 3, "x": [1, 2')
    assert out.read_bytes() == b'{"id": 1, "x": 2}\n{"id": "b"}\n'


def test_completed_ids_drops_a_complete_looking_line_without_newline(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": 1}\n{"id": 2}')  # killed between the object and its newline
    assert completed_ids(str(out)) == ({"1"}, len(b'{"id": 2}'))


def test_completed_ids_refuses_a_bad_line_in_the_middle(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": 1}\nnot json\n{"id": 2}\n')
    with pytest.raises(ConfigError, match=r"out.jsonl:2: not valid JSON; cannot resume"):
        completed_ids(str(out))
    assert out.read_bytes() == b'{"id": 1}\nnot json\n{"id": 2}\n'  # left untouched


def test_missing_output_file_means_nothing_done(tmp_path):
    assert completed_ids(str(tmp_path / "none.jsonl")) == (set(), 0)


def test_resume_continues_a_partial_file_to_the_same_bytes_as_one_run(tmp_path):
    corpus(tmp_path / "c.jsonl", 30)
    full = tmp_path / "full.jsonl"
    assert runner.invoke(app, ["score", str(tmp_path / "c.jsonl"), "-f", "jsonl", "-o", str(full)]).exit_code == 0
    lines = full.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(lines[:12]) + lines[12][:40])  # 12 lines and a torn 13th
    result = runner.invoke(app, ["score", str(tmp_path / "c.jsonl"), "-f", "jsonl", "-o", str(partial), "--resume"])
    assert result.exit_code == 0
    assert partial.read_bytes() == full.read_bytes()
    assert "dropped a torn last line (40 bytes)" in result.stderr
    assert "12 documents already in" in result.stderr


def test_resume_needs_jsonl_and_an_output_file(tmp_path):
    corpus(tmp_path / "c.jsonl", 2)
    for args in (["-f", "jsonl"], ["-f", "json", "-o", str(tmp_path / "o.json")], ["-f", "jsonl", "-o", "-"]):
        result = runner.invoke(app, ["score", str(tmp_path / "c.jsonl"), "--resume", *args])
        assert result.exit_code == 2
        assert result.stderr == "textmetrics: error: --resume needs --format jsonl and --output FILE\n"


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "textmetrics.cli", *args]


def test_sigkill_midway_then_resume_gives_every_id_once(tmp_path):
    """Issue 6 acceptance: a run killed with SIGKILL midway, rerun with --resume."""
    source, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    n = 800
    corpus(source, n, repeat=2)
    args = ["score", str(source), "-f", "jsonl", "-o", str(out)]
    proc = subprocess.Popen(_command(*args), stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 50:
                break
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL  # it was killed, not finished
    written = out.read_bytes().count(b"\n")
    assert 50 <= written < n
    rerun = subprocess.run(_command(*args, "--resume"), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]  # every line valid JSON
    assert sorted(ids) == sorted(f"doc-{i}" for i in range(n))  # every id exactly once
    assert ids == [f"doc-{i}" for i in range(n)]  # and in input order
