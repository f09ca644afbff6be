"""The web page (GET /) and `textmetrics report` in a real browser: headless Chromium via selenium.

A live `textmetrics serve` on a random loopback port; Chromium and chromedriver must be installed
(/usr/bin/chromium, /usr/bin/chromedriver): without them these tests fail, they do not skip.
Screenshots go to docs/screenshots/ (committed; see docs/page.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from browser_support import chrome, live_server

ROOT = Path(__file__).resolve().parent.parent
OPED = (ROOT / "examples" / "oped.txt").read_text(encoding="utf-8")
SHOTS = ROOT / "docs" / "screenshots"
HOSTILE = ('He wrote "<script>window.PWNED=1</script>" & left. <img src=x onerror="window.PWNED=2"> '
           'We must surely act now! <a href="javascript:window.PWNED=3">click</a> Who pays? '
           "</textarea><svg onload=window.PWNED=4> That is clearly a terrible, awful idea.")


def By():
    from selenium.webdriver.common.by import By as _By
    return _By


@pytest.fixture(scope="module")
def server():
    with live_server() as base:
        yield base


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads):
    with chrome(download_dir=str(downloads)) as driver:
        yield driver


def api_score(base: str, text: str) -> dict:
    body = json.dumps({"text": text, "detail": "full"}).encode()
    request = urllib.request.Request(base + "v1/score", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def severe(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE" or "Content Security Policy" in e["message"]]


def wait_for(driver, script: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def score_in_page(driver, base: str, text: str, width: int = 1280) -> None:
    driver.set_window_size(width, 900)
    driver.get(base)
    driver.get_log("browser")  # start from an empty log
    driver.execute_script("document.getElementById('text').value = arguments[0]", text)
    driver.execute_script("window.TM_LAST = null")
    driver.find_element(By().ID, "go").click()
    wait_for(driver, "return window.TM_LAST && document.querySelector('#tm-text') !== null")


def highlights(driver, layer: str) -> Counter:
    cats = driver.execute_script(
        "return [...document.querySelectorAll('#tm-text [data-layer=\"' + arguments[0] + '\"]:not([data-cont])')]"
        ".map(e => e.dataset.category)", layer)
    return Counter(cats)


def test_op_ed_highlights_match_the_api(browser, server):
    doc = api_score(server, OPED)
    score_in_page(browser, server, OPED)
    assert highlights(browser, "marker") == Counter(m["category"] for m in doc["markers"])
    assert highlights(browser, "style") == Counter(m["category"] for m in doc["style_spans"])
    assert sum(highlights(browser, "sentence").values()) == len(doc["sentences"])
    # every span is represented: the text of its element (with continuations) is text[start:end]
    texts = browser.execute_script("""
        const out = {};
        for (const e of document.querySelectorAll('#tm-text [data-span]')) {
          out[e.dataset.span] = (out[e.dataset.span] || '') + e.textContent; }
        return out;""")
    spans = browser.execute_script("return window.TM.collectSpans(window.TM_LAST.doc, Array.from(window.TM_LAST.text).length)")
    chars = list(OPED)
    for span in spans:
        assert texts[str(span["id"])] == "".join(chars[span["start"]:span["end"]]), span
    # the whole text, in order
    assert browser.execute_script("return document.getElementById('tm-text').textContent") == OPED
    assert severe(browser) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    node = browser.find_element(By().CSS_SELECTOR, "#tm-text [data-layer=marker][data-rule]")
    browser.execute_script("document.getElementById('tm-strip-h').scrollIntoView(); arguments[0].focus({preventScroll: true})", node)
    browser.save_screenshot(str(SHOTS / "page-1280.png"))


def test_toggles_hide_and_show_a_layer_and_a_category(browser, server):
    score_in_page(browser, server, OPED)
    decoration = ("return getComputedStyle(document.querySelector('#tm-text [data-layer=marker][data-category=hedge]'))"
                  ".textDecorationLine")
    assert "underline" in browser.execute_script(decoration)
    hedge = browser.find_element(By().CSS_SELECTOR, 'input[data-toggle-layer="marker"][data-toggle-category="hedge"]')
    hedge.click()
    assert browser.execute_script(decoration) == "none"
    assert browser.execute_script("return document.querySelectorAll('#tm-text [data-category=hedge]:not(.off)').length") == 0
    hedge.click()
    assert "underline" in browser.execute_script(decoration)
    layer = browser.find_element(By().ID, "tm-t-style")
    layer.click()
    assert browser.execute_script("return document.querySelectorAll('#tm-text [data-layer=style]:not(.off)').length") == 0
    layer.click()
    assert browser.execute_script("return document.querySelectorAll('#tm-text [data-layer=style].off').length") == 0


def test_focus_card_names_the_rule(browser, server):
    score_in_page(browser, server, OPED)
    doc = browser.execute_script("return window.TM_LAST.doc")
    quoted = [m for m in doc["markers"] if m["in_quote"]]
    target = browser.find_element(By().CSS_SELECTOR, "#tm-text [data-layer=marker][data-rule]:not([data-cont])")
    rule = target.get_attribute("data-rule")
    target.send_keys("")  # focus by keyboard path
    browser.execute_script("arguments[0].focus()", target)
    card = browser.find_element(By().ID, "tm-card")
    assert card.is_displayed()
    assert rule in card.text and "Stance marker" in card.text
    assert target.get_attribute("aria-describedby") == "tm-card"
    rules = json.load(urllib.request.urlopen(server + "v1/rules"))["rules"]
    described = {r["id"]: r["description"] for r in rules}
    if rule in described:
        assert described[rule] in card.text
    if quoted:
        m = quoted[0]
        node = browser.execute_script(
            "return [...document.querySelectorAll('#tm-text [data-layer=marker][data-in-quote=true]')][0]")
        browser.execute_script("arguments[0].focus()", node)
        assert "inside a quotation, not counted" in card.text.lower()
    # hover works as well
    from selenium.webdriver import ActionChains
    style = browser.find_element(By().CSS_SELECTOR, "#tm-text [data-layer=style]")
    ActionChains(browser).move_to_element(style).perform()
    assert "Style:" in card.text


def test_strip_has_a_mark_per_sentence_and_jumps(browser, server):
    score_in_page(browser, server, OPED)
    n = len(browser.execute_script("return window.TM_LAST.doc.sentences"))
    marks = browser.find_elements(By().CSS_SELECTOR, "svg.strip rect[data-sentence]")
    assert len(marks) == n
    assert browser.find_element(By().CSS_SELECTOR, "svg.strip").get_attribute("aria-label")
    assert all(m.get_attribute("aria-label") for m in marks)
    last = marks[-1]
    browser.execute_script("window.scrollTo(0, 0)")
    last.click()
    assert browser.execute_script(
        "return [...document.querySelectorAll('#tm-text .current')].map(e => e.dataset.sentence)") == [str(n - 1)]
    top = browser.execute_script(
        "return document.querySelector('#tm-text .current').getBoundingClientRect().top")
    assert 0 <= top <= browser.execute_script("return window.innerHeight")
    # Enter on a focused mark
    from selenium.webdriver.common.keys import Keys
    browser.execute_script("arguments[0].focus()", marks[2])
    marks[2].send_keys(Keys.ENTER)
    assert browser.execute_script("return document.querySelector('#tm-text .current').dataset.sentence") == "2"


def test_summary_names_grade_band_and_sentiment(browser, server):
    score_in_page(browser, server, OPED)
    text = browser.find_element(By().CSS_SELECTOR, "section[aria-labelledby=tm-summary-h]").text
    for needle in ("Words", "Sentences", "Reading time", "Grade", "Passives per 1,000 words", "Hedges per 1,000 words",
                   "Sentiment", "magnitude"):
        assert needle in text, needle


def test_compare_shows_the_deltas(browser, server):
    draft_b = OPED.replace("may ", "will ").replace("perhaps", "")
    score_in_page(browser, server, OPED)
    browser.execute_script("document.getElementById('text-b').value = arguments[0]", draft_b)
    browser.find_element(By().ID, "compare").click()
    wait_for(browser, "return document.querySelectorAll('#tm-compare-table tbody tr').length > 0")
    a, b = api_score(server, OPED), api_score(server, draft_b)
    hedges = browser.find_element(By().CSS_SELECTOR, '#tm-compare-table tr[data-metric="hedging.count"]')
    cells = hedges.find_elements(By().TAG_NAME, "td")
    assert cells[1].text == str(a["hedging"]["count"]) and cells[2].text == str(b["hedging"]["count"])
    change = b["hedging"]["count"] - a["hedging"]["count"]
    assert float(cells[3].get_attribute("data-change")) == change
    assert change < 0 and cells[4].text.startswith("less")
    assert severe(browser) == []


def test_export_downloads_valid_json_and_csv(browser, server, downloads):
    score_in_page(browser, server, OPED)
    browser.find_element(By().ID, "tm-export-json").click()
    browser.find_element(By().ID, "tm-export-csv").click()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not ((downloads / "textmetrics.json").exists()
                                               and (downloads / "textmetrics-summary.csv").exists()):
        time.sleep(0.2)
    doc = json.loads((downloads / "textmetrics.json").read_text(encoding="utf-8"))
    assert doc == api_score(server, OPED)
    csv = (downloads / "textmetrics-summary.csv").read_text(encoding="utf-8")
    assert csv.startswith("metric,label,value") and "counts.words,Words,649" in csv.replace("\r", "")
    browser.find_element(By().ID, "tm-copy").click()
    copied = wait_for(browser, "return window.TM.lastCopied")
    assert "Words: 649" in copied


def test_hostile_text_is_inert(browser, server):
    score_in_page(browser, server, HOSTILE)
    assert browser.execute_script("return window.PWNED === undefined")
    assert browser.execute_script("return document.querySelectorAll('#result script, #result img, #result a, #result svg:not(.strip)').length") == 0
    assert browser.execute_script("return document.getElementById('tm-text').textContent") == HOSTILE
    assert severe(browser) == [], severe(browser)


def test_api_errors_show_the_problem(browser, server):
    browser.get(server)
    browser.execute_script("document.getElementById('text').value = 'x'.repeat(arguments[0])", 2_000_000)
    browser.find_element(By().ID, "go").click()
    text = wait_for(browser, "return document.getElementById('error').textContent")
    # the 422 problem document's title and detail
    assert text == "Invalid input: text has 2000000 characters; the limit is 1000000", text


def test_api_key_is_sent_and_never_stored(downloads):
    with live_server({"TEXTMETRICS_API_KEYS": "sekret-key-1"}) as base, chrome() as driver:
        driver.get(base)
        driver.execute_script("document.getElementById('text').value = 'We must act now.'")
        driver.find_element(By().ID, "go").click()
        error = wait_for(driver, "return document.getElementById('error').textContent")
        assert error.startswith("Unauthorized"), error
        driver.find_element(By().ID, "key").send_keys("sekret-key-1")
        driver.find_element(By().ID, "go").click()
        wait_for(driver, "return document.querySelector('#tm-text') !== null")
        assert driver.execute_script("return localStorage.length + sessionStorage.length") == 0
        assert driver.execute_script("return document.cookie") == ""


@pytest.mark.parametrize("width", [390, 1280])
def test_page_works_at_phone_and_desktop_widths(browser, server, width):
    score_in_page(browser, server, OPED, width=width)
    # nothing wider than the viewport: no horizontal scrolling of the page
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert browser.find_element(By().ID, "tm-text").is_displayed()
    assert browser.find_element(By().CSS_SELECTOR, "svg.strip").is_displayed()
    if width == 390:
        browser.execute_script("document.getElementById('tm-strip-h').scrollIntoView()")
        SHOTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SHOTS / "page-390.png"))
    assert severe(browser) == []


def test_keyboard_reaches_controls_with_visible_focus(browser, server):
    score_in_page(browser, server, OPED)
    from selenium.webdriver.common.keys import Keys
    body = browser.find_element(By().TAG_NAME, "body")
    browser.execute_script("document.getElementById('text').focus()")
    seen = set()
    for _ in range(12):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        active = browser.switch_to.active_element
        seen.add(active.get_attribute("id") or active.tag_name)
        outline = browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
        if active.tag_name in ("button", "input"):
            assert outline != "none", active.get_attribute("id")
    assert {"go", "key"} <= seen
    assert body


def test_report_opens_from_file_with_no_network(tmp_path):
    out = tmp_path / "report.html"
    (tmp_path / "hostile.txt").write_text(OPED + "\n\n" + HOSTILE, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "textmetrics.cli", "report", str(tmp_path / "hostile.txt"), "-o", str(out)],
                   check=True, capture_output=True)
    with chrome() as driver:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        driver.get(out.as_uri())
        wait_for(driver, "return document.querySelector('#tm-text') !== null")
        data = json.loads(driver.execute_script("return document.getElementById('tm-data').textContent"))
        doc = data["doc"]
        assert highlights(driver, "marker") == Counter(m["category"] for m in doc["markers"])
        assert highlights(driver, "style") == Counter(m["category"] for m in doc["style_spans"])
        assert len(driver.find_elements(By().CSS_SELECTOR, "svg.strip rect[data-sentence]")) == len(doc["sentences"])
        assert driver.execute_script("return window.PWNED === undefined")
        node = driver.find_element(By().CSS_SELECTOR, "#tm-text [data-layer=marker][data-rule]")
        driver.execute_script("arguments[0].focus()", node)
        assert node.get_attribute("data-rule") in driver.find_element(By().ID, "tm-card").text
        assert severe(driver) == [], severe(driver)
        driver.set_window_size(1280, 900)
        driver.execute_script("document.getElementById('tm-text-h').scrollIntoView()")
        SHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SHOTS / "report-1280.png"))


def _axe_source(tmp_path_factory) -> str:
    import shutil
    npm = shutil.which("npm")
    assert npm, "axe-core is installed with npm, which .ci/run installs; install npm"
    prefix = tmp_path_factory.mktemp("axe")
    subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(prefix), "axe-core@4"],
                   check=True, capture_output=True, timeout=300)
    return (prefix / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_core_finds_no_serious_violations(browser, server, tmp_path_factory, width):
    source = _axe_source(tmp_path_factory)
    score_in_page(browser, server, OPED, width=width)
    browser.execute_script("document.getElementById('text-b').value = arguments[0]", OPED[:500])
    browser.find_element(By().ID, "compare").click()
    wait_for(browser, "return document.querySelectorAll('#tm-compare-table tbody tr').length > 0")
    browser.execute_script(source)  # WebDriver scripts are not subject to the page's CSP
    browser.set_script_timeout(120)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map("
        "v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target)}))))"
        ".catch(e => done([{id: 'error', impact: 'critical', help: String(e)}]))")
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)
