"""HTTP load test: wrk against ``textmetrics serve --workers 2`` on loopback, side by side with in-process speed.

    python bench/load.py [--text-file examples/oped.txt
                          | --jsonl ../shared/data/sentiment/vader_ground_truth/nyt_editorial_snippets.jsonl]
                         [--rounds 8] [--duration 4] [--connections 4] [--docs 16]

What it does, in one run:

1. builds ``--docs`` distinct op-ed-length documents (~650 words): from ``--text-file`` (each copy
   gets a distinct first sentence), or by joining consecutive snippets of a JSONL file with a
   ``text`` field until each document reaches the op-ed's length;
2. starts ``textmetrics serve --host 127.0.0.1 --port P --workers 2`` (or, when that console
   command is not installed, ``python -m textmetrics.api.serve`` with the same options);
3. for ``--rounds`` rounds: measures in-process documents per second (``analyze(text).to_dict()``
   and JSON encoding, one thread) while the server idles, then the same with two processes at
   once (what two workers could do without HTTP under the machine's load of the moment), then
   runs ``wrk --latency`` for
   ``--duration`` seconds POSTing the documents in rotation to /v1/score. Alternating keeps both
   figures of a round under the same machine load, which other work on a shared machine changes;
4. prints per round and overall requests/s, p50/p99 latency, errors, and the ratio of HTTP
   throughput to twice the in-process rate (2 workers on 2 cores). The acceptance bar is an
   overall ratio of at least 0.75 with no errors; the exit code is 1 when it is missed.
   The last column divides requests by the CPU time the server (master and workers) used, next
   to in-process documents per CPU second: the cost of the HTTP layer, whatever else the machine
   is doing at the time.

wrk comes from Debian (``apt-get install wrk``). Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import textmetrics

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXT = ROOT / "examples" / "oped.txt"
TARGET_RATIO = 0.75
WORKERS = 2
OPENERS = ("Consider the numbers.", "Start with the facts.", "Look at the record.", "Here is the problem.")


def documents_from_text(path: Path, count: int) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [f"{OPENERS[i % len(OPENERS)]} (Draft {i + 1}.) {text}" for i in range(count)]


def documents_from_jsonl(path: Path, count: int, words: int) -> list[str]:
    docs, current, size = [], [], 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text") or ""
            current.append(text)
            size += len(text.split())
            if size >= words:
                docs.append(" ".join(current))
                current, size = [], 0
                if len(docs) == count:
                    break
    if len(docs) < count:
        raise SystemExit(f"{path} has text for only {len(docs)} documents of {words} words")
    return docs


def in_process_rate(docs: list[str], seconds: float) -> tuple[float, float]:
    """Documents per wall-clock second and per CPU second of analyze() + to_dict() + JSON encoding,
    one thread, resources already loaded."""
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for text in docs:
            json.dumps(textmetrics.analyze(text).to_dict())
        done += len(docs)
    return done / (time.perf_counter() - start), done / (time.process_time() - cpu)


def _rate_into(queue, docs: list[str], seconds: float) -> None:
    queue.put(in_process_rate(docs, seconds)[0])


def parallel_rate(docs: list[str], seconds: float, processes: int = WORKERS) -> float:
    """Documents per second of ``processes`` in-process runners at once (forked: resources loaded),
    the ceiling for as many server workers under the machine's conditions of the moment."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    runners = [context.Process(target=_rate_into, args=(queue, docs, seconds)) for _ in range(processes)]
    for runner in runners:
        runner.start()
    rates = [queue.get() for _ in runners]
    for runner in runners:
        runner.join()
    return sum(rates)


def _spin(loops: int) -> None:
    total = 0
    for i in range(loops):
        total += i


def parallel_capacity(loops: int = 10_000_000) -> float:
    """How many cores' worth of pure-Python work two processes get at once right now: 2.0 on two
    free cores, about 1.0 when the machine (a VM shared with other work) gives us one."""
    context = multiprocessing.get_context("fork")

    def timed(processes: int) -> float:
        runners = [context.Process(target=_spin, args=(loops,)) for _ in range(processes)]
        start = time.perf_counter()
        for runner in runners:
            runner.start()
        for runner in runners:
            runner.join()
        return time.perf_counter() - start

    one = min(timed(1) for _ in range(2))
    two = min(timed(2) for _ in range(2))
    return 2 * one / two


def server_cpu_seconds(master: int) -> float:
    """CPU time (user + system) of the gunicorn master and its workers so far, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        pid, ppid = int(entry), int(fields[1])
        if pid == master or ppid == master:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_command(port: int) -> list[str]:
    exe = shutil.which("textmetrics")
    options = ["--host", "127.0.0.1", "--port", str(port), "--workers", str(WORKERS)]
    if exe and subprocess.run([exe, "serve", "--help"], capture_output=True).returncode == 0:
        return [exe, "serve", *options]
    return [sys.executable, "-m", "textmetrics.api.serve", *options]


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited during start-up")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer /healthz in time")


def lua_script(docs: list[str]) -> str:
    """A wrk script POSTing the documents as JSON in rotation."""
    bodies = []
    for text in docs:
        body = json.dumps({"text": text})
        level = "=" * 4
        while f"]{level}]" in body:
            level += "="
        bodies.append(f"[{level}[{body}]{level}]")
    return (
        "local bodies = {" + ",\n".join(bodies) + "}\n"
        "local i = 0\n"
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        "request = function()\n"
        "  i = i % #bodies + 1\n"
        "  return wrk.format(nil, nil, nil, bodies[i])\n"
        "end\n"
    )


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNITS[unit]


def parse_wrk(output: str) -> dict:
    """Requests/s, latency percentiles (ms), request and error counts from ``wrk --latency``."""
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non_2xx": 0,
        "socket_errors": 0,
    }
    for pct in ("50", "75", "90", "99"):
        result[f"p{pct}_ms"] = _ms(re.search(rf"^\s+{pct}%\s+(\S+)", output, re.M).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non_2xx:
        result["non_2xx"] = int(non_2xx.group(1))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if errors:
        result["socket_errors"] = sum(int(n) for n in errors.groups())
    return result


def run_wrk(url: str, docs: list[str], duration: int, connections: int) -> tuple[dict, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(lua_script(docs))
        script = handle.name
    try:
        command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "--latency",
                   "-s", script, url]
        completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
        if completed.returncode != 0:
            raise SystemExit(f"wrk failed: {completed.stderr.strip()}")
        return parse_wrk(completed.stdout), completed.stdout
    finally:
        os.unlink(script)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--text-file", type=Path, default=None, help=f"an op-ed (default {DEFAULT_TEXT})")
    source.add_argument("--jsonl", type=Path, help="a JSONL file with a text field, joined into op-ed-length documents")
    parser.add_argument("--docs", type=int, default=16, help="distinct documents to rotate (default 16)")
    parser.add_argument("--words", type=int, default=650, help="words per document built from --jsonl")
    parser.add_argument("--rounds", type=int, default=8, help="alternations of in-process and HTTP timing (default 8)")
    parser.add_argument("--duration", type=int, default=4, help="seconds of wrk load per round (default 4)")
    parser.add_argument("--in-process-seconds", type=float, default=2.0, help="seconds of in-process timing per round")
    parser.add_argument("--connections", type=int, default=4, help="concurrent connections (default 4)")
    parser.add_argument("--show-wrk", action="store_true", help="print wrk's own reports too")
    parser.add_argument("--nice", type=int, default=0,
                        help="change this process's scheduling priority first (inherited by the server, wrk and the "
                             "in-process runners); e.g. -10 as root on a machine shared with other work")
    args = parser.parse_args(argv)
    if args.nice:
        os.nice(args.nice)

    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    if args.jsonl:
        docs = documents_from_jsonl(args.jsonl, args.docs, args.words)
    else:
        docs = documents_from_text(args.text_file or DEFAULT_TEXT, args.docs)
    words = sum(len(d.split()) for d in docs) / len(docs)
    textmetrics.analyze(docs[0])  # load every resource before timing
    capacity_before = parallel_capacity()

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = serve_command(port)
    env = {**os.environ, "TEXTMETRICS_LOG_LEVEL": "WARNING"}  # no access log lines at this rate
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rounds = []
    try:
        wait_ready(url + "/healthz", server)
        run_wrk(url + "/v1/score", docs, 2, args.connections)  # warm up
        # other work on the machine comes and goes: alternate the two measurements so that each
        # round compares them under the same conditions
        for _ in range(args.rounds):
            local, local_cpu = in_process_rate(docs, args.in_process_seconds)
            parallel = parallel_rate(docs, args.in_process_seconds)
            cpu_before = server_cpu_seconds(server.pid)
            result, raw = run_wrk(url + "/v1/score", docs, args.duration, args.connections)
            result["per_cpu_second"] = result["requests"] / (server_cpu_seconds(server.pid) - cpu_before)
            result["local_per_cpu_second"] = local_cpu
            result["parallel"] = parallel
            rounds.append((local, result))
            if args.show_wrk:
                print(raw)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    capacity_after = parallel_capacity()
    print(f"server: {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(command))}")
    print(f"cores' worth of CPU two processes got at once (2.0 = two free cores): {capacity_before:.2f} before, "
          f"{capacity_after:.2f} after")
    print(f"documents: {len(docs)} distinct, {words:.0f} words on average; per round {args.in_process_seconds:g} s "
          f"in-process, then wrk -t1 -c{args.connections} -d{args.duration}s on loopback")
    print()
    print("| round | in-process docs/s, 1 process | 2 processes at once | HTTP req/s | p50 ms | p99 ms "
          "| non-2xx | socket errors | HTTP / (2 x 1 process) | HTTP / 2 processes "
          "| req per server CPU s / docs per CPU s in-process |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, (local, r) in enumerate(rounds, 1):
        print(f"| {n} | {local:.1f} | {r['parallel']:.1f} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} "
              f"| {r['non_2xx']} | {r['socket_errors']} | {r['rps'] / (WORKERS * local):.2f} "
              f"| {r['rps'] / r['parallel']:.2f} | {r['per_cpu_second']:.1f} / {r['local_per_cpu_second']:.1f} |")
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    local = mean([rate for rate, _ in rounds])
    parallel = mean([r["parallel"] for _, r in rounds])
    rps = mean([r["rps"] for _, r in rounds])
    p50 = sorted(r["p50_ms"] for _, r in rounds)[len(rounds) // 2]
    p99 = max(r["p99_ms"] for _, r in rounds)
    errors = sum(r["non_2xx"] + r["socket_errors"] for _, r in rounds)
    ratio = rps / (WORKERS * local)
    per_cpu = mean([r["per_cpu_second"] for _, r in rounds])
    local_cpu = mean([r["local_per_cpu_second"] for _, r in rounds])
    print(f"| all | {local:.1f} | {parallel:.1f} | {rps:.1f} | {p50:.1f} (median) | {p99:.1f} (max) "
          f"| {sum(r['non_2xx'] for _, r in rounds)} | {sum(r['socket_errors'] for _, r in rounds)} | {ratio:.2f} "
          f"| {rps / parallel:.2f} | {per_cpu:.1f} / {local_cpu:.1f} = {per_cpu / local_cpu:.2f} |")
    ok = ratio >= TARGET_RATIO and errors == 0
    print()
    print(f"{'PASS' if ok else 'FAIL'}: HTTP throughput is {ratio:.2f} x twice the in-process rate "
          f"(target >= {TARGET_RATIO}), {errors} errors; load average now {os.getloadavg()[0]:.1f}, "
          f"nice {os.nice(0)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
