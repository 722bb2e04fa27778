#!/usr/bin/env python3
"""Looks at plan's HTML as a reader would, in a real browser (Debian's Chromium).

For each page it is given, it opens the file in headless Chromium with
JavaScript off, driven through the DevTools protocol over a pipe (no network,
no package beyond Python's own), then:

- measures, at the printable width of a Letter page, that nothing is wider than
  the page (a probe run by DevTools, after the page was laid out with scripts
  off);
- prints it to PDF as the browser's "Save as PDF" does, using the page's own
  @page rules, and, with pdftotext, checks that every page carries the plan's
  title, its period and "page N / M", and that every id it is told of appears;
- writes the PDF, and the first page as a PNG, where it is told.

Usage: browser_check.py --out DIR [--report FILE --ids FILE --title T --period P]
                        [--page FILE]... [--overflowing FILE]...
  --report      a bilan: every check; --ids names a file with one indicator id a line
  --page        any page: the overflow check only
  --overflowing a page that must FAIL the overflow check: proves the check can fail
"""

import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
# Letter is 8.5 in wide; the bilan's @page margins are 15 mm a side. At 96 px an inch:
LETTER_PRINTABLE_PX = int(8.5 * 96 - 2 * 15 / 25.4 * 96)

PROBE = r"""
(() => {
  const limit = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > limit + 1) {
      wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.className && el.className.baseVal === undefined ? '.' + el.className : '') +
        ' right=' + Math.round(r.right));
    }
  }
  return JSON.stringify({limit: limit, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 10)});
})()
"""


class Browser:
    """Chromium, driven through --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="plan-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        high_r, high_w = os.dup(to_child_r), os.dup(from_child_w)

        def wire():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + self.profile, "--remote-debugging-pipe", "about:blank"]
        self.proc = subprocess.Popen(args, preexec_fn=wire, pass_fds=(3, 4),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (to_child_r, from_child_w, high_r, high_w):
            os.close(fd)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed its pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, event, session):
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == event and e.get("sessionId") == session:
                    del self.events[i]
                    return e
            self.events.append(self._read_message())

    def open(self, path, width):
        """A new tab showing `path` with scripts off, laid out `width` px wide for print."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=session)
        self.send("Emulation.setScriptExecutionDisabled", {"value": True}, session)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": 1000, "deviceScaleFactor": 1, "mobile": False}, session)
        self.send("Emulation.setEmulatedMedia", {"media": "print"}, session)
        self.send("Page.navigate", {"url": "file://" + os.path.abspath(path)}, session)
        self.wait_for("Page.loadEventFired", session)
        return session

    def probe(self, session):
        """Runs the overflow probe. The page's own scripts stayed off while it
        loaded; DevTools now evaluates only this probe."""
        self.send("Emulation.setScriptExecutionDisabled", {"value": False}, session)
        result = self.send("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, session)
        self.send("Emulation.setScriptExecutionDisabled", {"value": True}, session)
        return json.loads(result["result"]["value"])

    def pdf(self, session):
        self.send("Emulation.setEmulatedMedia", {"media": ""}, session)
        self.send("Emulation.clearDeviceMetricsOverride", session=session)
        result = self.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                               "displayHeaderFooter": False}, session)
        return base64.b64decode(result["data"])

    def close(self):
        try:
            self.send("Browser.close")
        except RuntimeError:
            pass
        self.proc.wait(timeout=30)
        shutil.rmtree(self.profile, ignore_errors=True)


def pages_text(pdf_path):
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    texts = []
    for n in range(1, count + 1):
        out = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf_path, "-"],
                             capture_output=True, text=True, check=True).stdout
        texts.append(out)
    return texts


def squeeze(text):
    """Text without its spaces: pdftotext keeps or drops a space after a
    colon or a dot in a page's margin as the glyphs' places fall."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


def check_overflow(browser, path, failures):
    session = browser.open(path, LETTER_PRINTABLE_PX)
    found = browser.probe(session)
    wide = found["scroll"] > found["limit"] + 1 or found["wide"]
    print(f"  {path}: width {found['limit']} px, content {found['scroll']} px"
          + (f", too wide: {found['wide']}" if found["wide"] else ""))
    if wide:
        failures.append(f"{path}: content overflows the Letter page width: {found['wide']}")
    return session, bool(wide)


def check_report(browser, out, spec, failures):
    path, ids_file, title, period = spec
    session, _ = check_overflow(browser, path, failures)
    pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    with open(pdf, "wb") as f:
        f.write(browser.pdf(session))
    texts = pages_text(pdf)
    total = len(texts)
    print(f"  {pdf}: {total} pages")
    for n, text in enumerate(texts, 1):
        flat = squeeze(text)
        for need in (title, period, f"page {n} / {total}"):
            if squeeze(need) not in flat:
                failures.append(f"{pdf} page {n} lacks {need!r}")
    whole = re.sub(r"\s+", " ", " ".join(texts))
    with open(ids_file, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    missing = [i for i in ids if not re.search(r"(?<![\w.])" + re.escape(i) + r"(?![\w])", whole)]
    if missing:
        failures.append(f"{pdf}: these indicator ids appear on no page: {missing}")
    print(f"  every page checked for title, period and page N / M; {len(ids) - len(missing)}/{len(ids)} ids found")
    png = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + "-page1")
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, png], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--report")
    parser.add_argument("--ids")
    parser.add_argument("--title")
    parser.add_argument("--period")
    parser.add_argument("--page", action="append", default=[])
    parser.add_argument("--overflowing", action="append", default=[])
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    failures = []
    browser = Browser()
    try:
        if args.report:
            check_report(browser, args.out, (args.report, args.ids, args.title, args.period), failures)
        for page in args.page:
            check_overflow(browser, page, failures)
        for page in args.overflowing:
            seen = []
            check_overflow(browser, page, seen)
            if not seen:
                failures.append(f"{page} overflows, but the probe did not see it: the check cannot fail")
    finally:
        browser.close()
    for failure in failures:
        print("FAIL: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
