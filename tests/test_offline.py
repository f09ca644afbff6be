"""analyze() must work with every socket blocked, an empty HOME and no NLTK data.

Run in a fresh interpreter so that nothing loaded by other tests hides a lazy download.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network is blocked in this test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import nltk
    def no_download(*args, **kwargs):
        raise AssertionError("nltk.download was called")
    nltk.download = no_download

    from textmetrics import analyze
    text = "Dr. Smith arrived at 3 p.m. on Jan. 5. It was, perhaps, the best day of the year!"
    doc = analyze(text, detail="full").to_dict()
    print(json.dumps({"sentences": doc["counts"]["sentences"], "groups": sorted(doc)}))
    """
)


def test_analyze_offline_with_empty_home_and_no_nltk_data(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK", "TEXTMETRICS"))}
    env.update(HOME=str(empty), NLTK_DATA=str(empty), XDG_CACHE_HOME=str(empty))
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=empty, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    # Hand count: "Dr. Smith arrived at 3 p.m. on Jan. 5." and "It was, perhaps, ...!" are two sentences.
    assert out["sentences"] == 2
    assert {"counts", "readability", "lexical", "sentences", "markers", "warnings"} <= set(out["groups"])
