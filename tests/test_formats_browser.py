"""The HTML report in a real headless browser (Debian ``chromium`` + ``chromium-driver``, via Selenium).

Marked ``browser``: deselect with ``-m 'not browser'`` where Chromium cannot be
installed. ``make test`` installs it when missing (as root); set
NEWSLINT_REQUIRE_BROWSER=1 to fail instead of skip when it is absent, and
NEWSLINT_SCREENSHOT_DIR to keep the screenshot.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newslint.cli import main

DATA = Path(__file__).resolve().parent / "data"
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
DRAFT = """Ferry service resumes after <script>window.pwned = true</script> outage

Ferries reportedly ran late, <img src=x onerror="window.pwned = true"> officials said.
About 300 passengers waited at the the pier & the café.
"""

pytestmark = pytest.mark.browser


@pytest.fixture
def browser():
    if not (CHROMIUM.exists() and DRIVER.exists()):
        if os.environ.get("NEWSLINT_REQUIRE_BROWSER"):
            pytest.fail("chromium/chromedriver missing (run `make test` as root to install them)")
        pytest.skip("chromium/chromedriver not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def report_page(tmp_path, monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(DATA / "testplugin"))
    (tmp_path / "ferry.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--isolated", "--select", "WFA,WFB", "-p", "duplicates", "-p", "headlines", "-p",
                 "attribution", "-p", "hedging", "--format", "html", "--output-file", "report.html", "ferry.txt"])
    capsys.readouterr()
    assert code == 1
    return tmp_path / "report.html"


def test_html_report_renders_escaped_draft_with_highlights(browser, report_page, tmp_path):
    browser.get(report_page.as_uri())
    js = browser.execute_script
    assert browser.title == "newslint report"
    assert js("return document.querySelectorAll('script, img, iframe, object').length") == 0
    assert js("return window.pwned === undefined")
    line1 = js("return document.querySelector('#file-1-L1 .text').textContent")
    assert line1 == "Ferry service resumes after <script>window.pwned = true</script> outage"
    assert 'onerror="window.pwned = true"' in js("return document.querySelector('#file-1-L3 .text').textContent")
    marks = js("return Array.from(document.querySelectorAll('mark'), m => [m.textContent, m.title, "
               "getComputedStyle(m).backgroundColor])")
    hedge = next(m for m in marks if m[0] == "reportedly")
    assert hedge[1] == 'WFA001 test-reportedly: Hedge "reportedly": who reports it, and where?'
    figure = next(m for m in marks if m[0].startswith("About 300"))
    assert figure[1].startswith("WFB001 test-figure: Figure \"300\"")
    assert hedge[2] != figure[2]  # colour by family
    notes = js("return document.querySelector('#file-1-L4 .notes').textContent")
    assert "WFB001" in notes and "WFA002" in notes and "help: Delete the second copy." in notes
    assert js("return performance.getEntriesByType('resource').length") == 0  # nothing fetched
    browser.find_element("css selector", "nav.index a").click()
    assert browser.current_url.endswith("#file-1")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("NEWSLINT_SCREENSHOT_DIR"):
        shutil.copy(shot, Path(os.environ["NEWSLINT_SCREENSHOT_DIR"]) / "newslint-html-report.png")
