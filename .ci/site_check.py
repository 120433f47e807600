#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Opens every page of the staged site in headless Chromium and fails on a broken internal link or an empty page.

Usage: site_check.py STAGING_DIRECTORY SCREENSHOT_DIRECTORY

Starting at STAGING_DIRECTORY/index.html it follows every relative link to an HTML page of the site (Javadoc is
entered at its index page only). Each page is rendered by Chromium (--dump-dom, so what is checked is what a
browser built, scripts included), and a screenshot of it is saved. A page fails when its main column has no
heading or fewer than MIN_TEXT characters of text; a link fails when it points at a file that does not exist, or
at an anchor that the target page does not have. Only the standard library is used.
"""
import base64
import html.parser
import json
import os
import select
import subprocess
import sys
import urllib.parse

MIN_TEXT = 80
TIMEOUT = 120
CHROMIUM = os.environ.get("CHROMIUM", "chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
         "--no-first-run", "--user-data-dir=" + os.path.join(os.environ.get("TMPDIR", "/tmp"), "site-check-chromium")]


class Page(html.parser.HTMLParser):
    """The links, anchors, headings and main-column text of one rendered page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()
        self.headings = 0
        self.main_text = []
        self._main_depth = 0
        self._skip_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) and tag in ("a", "img", "link", "script", "iframe"):
                self.links.append((tag, attrs[key]))
        if tag == "main" or attrs.get("id") == "bodyColumn":
            self._main_depth = 1
        elif self._main_depth and tag not in VOID:
            self._main_depth += 1
        if self._main_depth and tag in ("h1", "h2"):
            self.headings += 1
        if tag in ("script", "style"):
            self._skip_depth += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip_depth:
            self._skip_depth -= 1
        if self._main_depth and tag not in VOID:
            self._main_depth -= 1

    def handle_data(self, data):
        if self._main_depth and not self._skip_depth:
            self.main_text.append(data)

    def text(self):
        return " ".join("".join(self.main_text).split())


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Browser:
    """One headless Chromium for every page, driven over the DevTools protocol on a pipe (fds 3 and 4)."""

    def __init__(self):
        to_chromium, self._write = os.pipe()
        self._read, from_chromium = os.pipe()

        def wire_fds():
            # Chromium reads commands on fd 3 and writes replies on fd 4.
            high_in, high_out = os.dup(to_chromium), os.dup(from_chromium)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self._process = subprocess.Popen(
            [CHROMIUM, *FLAGS, "--remote-debugging-pipe", "about:blank"], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=wire_fds, close_fds=False)
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer = b""
        self._next_id = 0
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self._call("Page.enable", session=True)
        self._call("Emulation.setDeviceMetricsOverride",
                   {"width": 1280, "height": 1400, "deviceScaleFactor": 1, "mobile": False}, session=True)

    def _send(self, method, params, session):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _receive(self):
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], TIMEOUT)
            chunk = os.read(self._read, 1 << 20) if ready else b""
            if not chunk:
                raise SystemExit(f"site-check: Chromium stopped answering (nothing within {TIMEOUT} s)")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def _call(self, method, params=None, session=False, until_event=None):
        call = self._send(method, params, session)
        result, event_seen = None, until_event is None
        while result is None or not event_seen:
            message = self._receive()
            if message.get("id") == call:
                if "error" in message:
                    raise SystemExit(f"site-check: Chromium refused {method}: {message['error']}")
                result = message["result"]
            elif until_event and message.get("method") == until_event:
                event_seen = True
        return result

    def render(self, path, screenshot):
        """Where the page ended up (Javadoc's index redirects) and the DOM Chromium built for it, read together
        after the load event; also saves its screenshot."""
        url = "file://" + os.path.abspath(path)
        self._call("Page.navigate", {"url": url}, session=True, until_event="Page.loadEventFired")
        snapshot = self._call("Runtime.evaluate", {
            "expression": "JSON.stringify([location.href, document.documentElement.outerHTML])",
            "returnByValue": True}, session=True)["result"]["value"]
        location, dom = json.loads(snapshot)
        png = self._call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        with open(screenshot, "wb") as out:
            out.write(base64.b64decode(png))
        final = urllib.parse.urlsplit(location)
        landed = urllib.parse.unquote(final.path) if final.scheme == "file" else os.path.abspath(path)
        return landed, dom

    def close(self):
        self._process.kill()
        self._process.wait()


def is_internal(link):
    parsed = urllib.parse.urlsplit(link)
    return not parsed.scheme and not parsed.netloc and not link.startswith("//")


class Crawl:
    """The pages found so far, the problems, and the anchors to look up once every page is known."""

    def __init__(self, staging, screenshots):
        self.staging = staging
        self.screenshots = screenshots
        self.queue = [os.path.join(staging, "index.html")]
        self.seen = set(self.queue)
        self.pages = {}
        self.problems = []
        self.wanted_anchors = []

    def run(self, browser):
        while self.queue:
            self.visit(browser, self.queue.pop(0))
        for relative, link, target, fragment in self.wanted_anchors:
            if target in self.pages and fragment not in self.pages[target].ids:
                self.problems.append(f"{relative}: broken link {link} (no anchor #{fragment})")

    def visit(self, browser, path):
        relative = os.path.relpath(path, self.staging)
        shot = os.path.join(self.screenshots, relative.replace(os.sep, "__").removesuffix(".html") + ".png")
        page = Page()
        landed, dom = browser.render(path, shot)
        page.feed(dom)
        self.pages[path] = page
        self.pages[landed] = page
        self.seen.add(landed)
        text = page.text()
        is_javadoc = "apidocs" in relative.split(os.sep)
        if not is_javadoc and (page.headings == 0 or len(text) < MIN_TEXT):
            self.problems.append(f"{relative}: renders empty ({page.headings} headings, {len(text)} characters)")
        for tag, link in page.links:
            if is_internal(link) and link != "#":
                self.follow(landed, relative, is_javadoc, tag, link)

    def follow(self, path, relative, is_javadoc, tag, link):
        parsed = urllib.parse.urlsplit(link)
        target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parsed.path))) \
            if parsed.path else path
        if os.path.isdir(target):
            target = os.path.join(target, "index.html")
        if not os.path.isfile(target):
            self.problems.append(f"{relative}: broken link <{tag}> {link} "
                                 f"(no file {os.path.relpath(target, self.staging)})")
            return
        if parsed.fragment and not is_javadoc:
            self.wanted_anchors.append((relative, link, target, urllib.parse.unquote(parsed.fragment)))
        inside = os.path.commonpath([self.staging, target]) == self.staging
        crawl = target.endswith(".html") and inside and target not in self.seen and not is_javadoc
        if crawl and "apidocs" in os.path.relpath(target, self.staging).split(os.sep):
            crawl = os.path.basename(target) == "index.html"
        if crawl:
            self.seen.add(target)
            self.queue.append(target)


def main(staging, screenshots):
    crawl = Crawl(os.path.abspath(staging), screenshots)
    os.makedirs(screenshots, exist_ok=True)
    browser = Browser()
    try:
        crawl.run(browser)
    finally:
        browser.close()
    for problem in crawl.problems:
        print("site-check: " + problem, file=sys.stderr)
    print(f"site-check: {len({id(page) for page in crawl.pages.values()})} pages rendered, {len(crawl.problems)} problems; "
          f"screenshots in {screenshots}")
    return 1 if crawl.problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
