"""The HTML view in a real browser: headless Chromium loads it, runs its script, requests nothing.

Chromium runs with a fresh profile, its background services off, and every
connection sent to a closed local port (``--proxy-server`` plus
``--host-resolver-rules``), so the tests never reach the network even when the
browser tries to. Screenshots go to ``$QUOTEATTR_SCREENSHOT_DIR`` (or the
test's tmp_path) for a human to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import Character, Quote
from quoteattr.html import render_html
from test_html import Tree, name_of

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CAST = [
    Character("Mr. Bennet", gender="M"),
    Character("Mrs. Bennet", aliases=("his lady", "his wife"), gender="F"),
]
BROWSERS = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-pings",
    "--hide-scrollbars",
    # Whatever the browser itself tries to fetch goes nowhere.
    "--proxy-server=http://127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--v=0",
    "--window-size=1280,1000",
)


@pytest.fixture(scope="module")
def chromium() -> str:
    """Chromium's path; missing is a skip on a developer's machine and a failure in CI."""
    path = os.environ.get("QUOTEATTR_CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed but CI must run the browser tests: apt-get install -y chromium")
        pytest.skip("chromium is not installed (apt-get install -y chromium); the browser tests run in CI")
    return path


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = os.environ.get("QUOTEATTR_SCREENSHOT_DIR")
    path = Path(directory) if directory else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Run:
    """One headless Chromium load of a page: its DOM after the script ran, its console, its network log."""

    def __init__(self, chromium: str, page: Path, workdir: Path, *, fragment: str = "", screenshot: Path | None = None):
        profile = workdir / f"profile-{page.stem}"
        self.net_log = workdir / f"{page.stem}.netlog.json"
        args = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--log-net-log={self.net_log}", "--dump-dom"]
        if screenshot is not None:
            args.append(f"--screenshot={screenshot}")
        args.append(page.resolve().as_uri() + fragment)
        done = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=workdir)
        assert done.returncode == 0, f"chromium failed ({done.returncode}):\n{done.stderr[-3000:]}"
        self.dom = done.stdout
        self.console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
        assert "<body" in self.dom, f"chromium dumped no DOM:\n{done.stderr[-3000:]}"

    def requests(self) -> Iterator[dict[str, Any]]:
        """The URL requests in the network log: url, initiator, network_isolation_key."""
        log = json.loads(self.net_log.read_text(encoding="utf-8"))
        start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        for event in log["events"]:
            if event["type"] == start_job and "url" in event.get("params", {}):
                yield event["params"]

    def page_requests(self) -> list[str]:
        """URLs the page asked for (the browser's own update and sign-in checks are 'not an origin')."""
        return [
            r["url"]
            for r in self.requests()
            if r.get("initiator") != "not an origin" or "file://" in r.get("network_isolation_key", "")
        ]


def write_page(directory: Path, name: str) -> tuple[Path, str, list[Quote]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    quotes = quoteattr.extract(text, characters=CAST if name == "fiction" else ())
    page = directory / f"{name}.html"
    page.write_text(render_html(text, quotes, title=f"{name}.txt"), encoding="utf-8")
    return page, text, quotes


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("name", ["news", "fiction"])
def test_page_in_chromium(name: str, chromium: str, tmp_path: Path, screenshot_dir: Path) -> None:
    page, text, quotes = write_page(tmp_path, name)
    shot = screenshot_dir / f"{name}.png"
    shot.unlink(missing_ok=True)
    run = Run(chromium, page, tmp_path, fragment="#q1", screenshot=shot)

    # The script ran (the CSP let it through by hash) and nothing was refused.
    tree = Tree(run.dom)
    (body,) = tree.all("body")
    assert "js" in body.classes
    assert not [line for line in run.console if "Content Security Policy" in line or "Refused" in line], run.console

    # Every quote is highlighted; the legend lists every speaker with its count.
    assert {e.attrs["data-q"] for e in tree.all(".q")} == {str(i) for i in range(len(quotes))}
    legend = {name_of(row): int(row.attrs["data-count"]) for row in tree.all("li") if "data-s" in row.attrs}
    assert sum(legend.values()) == len(quotes)
    for quote in quotes:
        assert (quote.speaker.name if quote.speaker else "unattributed") in legend

    # The #q1 link opened quote 1's details in the panel.
    (details,) = tree.all("#details")
    assert details.attrs.get("data-q") == "1"
    assert tree.all("blockquote")[0].text == quotes[1].text
    speaker = quotes[1].speaker
    assert (speaker.name if speaker else "unattributed") in details.text
    assert all("sel" in e.classes for e in tree.fragments(1))

    # Nothing was requested from the network.
    assert run.page_requests() == []
    assert not [r["url"] for r in run.requests() if r["url"].startswith("file:") and r["url"] != page.as_uri()]

    # The screenshot is there to look at.
    assert png_size(shot) == (1280, 1000)
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kB


def test_network_check_sees_external_requests(chromium: str, tmp_path: Path) -> None:
    """The network-log check is not vacuous: a page that loads an image and a stylesheet is caught."""
    page = tmp_path / "leaky.html"
    page.write_text(
        '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://quoteattr-check.invalid/s.css">'
        '</head><body><img src="http://quoteattr-check.invalid/x.png"></body></html>',
        encoding="utf-8",
    )
    run = Run(chromium, page, tmp_path)
    assert sorted(run.page_requests()) == ["http://quoteattr-check.invalid/x.png", "https://quoteattr-check.invalid/s.css"]


def test_csp_check_sees_a_wrong_hash(chromium: str, tmp_path: Path) -> None:
    """The console check is not vacuous: a style the policy does not name is refused, and the log says so."""
    text = "“Yes,” she said."
    page = tmp_path / "tampered.html"
    html = render_html(text, quoteattr.extract(text)).replace("<style>", "<style>body{color:red}", 1)
    page.write_text(html, encoding="utf-8")
    run = Run(chromium, page, tmp_path)
    assert any("Content Security Policy" in line for line in run.console), run.console
