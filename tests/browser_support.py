"""Headless Chromium through selenium for tests/test_page_browser.py and bench/page_render.py.

Chromium and chromedriver must be installed (/usr/bin/chromium, /usr/bin/chromedriver; CI installs
them): their absence is a failure, not a skip. The flags keep Chromium off the network.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("TEXTMETRICS_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("TEXTMETRICS_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--disable-extensions", "--lang=en-US")


def require_chromium() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        raise RuntimeError(f"headless browser tests need {', '.join(missing)}: "
                           "apt-get install -y chromium chromium-driver (.ci/run does it)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(env: dict | None = None):
    """`textmetrics serve` on a random loopback port; yields the base URL, stops it after."""
    port = free_port()
    cmd = [sys.executable, "-m", "textmetrics.cli", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(base + "healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None:
                raise RuntimeError("textmetrics serve exited: " + proc.stderr.read().decode(errors="replace")[-2000:])
            if time.monotonic() > deadline:
                raise RuntimeError("textmetrics serve did not answer /healthz in 90 s")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def chrome(download_dir: str | None = None, width: int = 1280, height: int = 900):
    """A headless Chromium driven by chromedriver, with the browser log readable."""
    require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="tm-chrome-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if download_dir:
        options.add_experimental_option("prefs", {
            "download.default_directory": download_dir, "download.prompt_for_download": False,
            "download.directory_upgrade": True, "safebrowsing.enabled": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        if download_dir:
            driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
