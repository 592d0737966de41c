# SPDX-License-Identifier: MIT
"""What the end-to-end tests of quorum-serve share: an index of corpus/ and
the hostile note in a temporary folder, a server started in its own session
on a free port, and HTTP helpers. Standard library only."""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77  # CTest's SKIP_RETURN_CODE for these tests


class Server:
    """quorum-serve on an index of corpus/ and tests/serve/hostile-minutes.txt."""

    def __init__(self, index, search, serve, corpus, extra_args=()):
        self.index, self.search, self.serve = index, search, serve
        self.folder = tempfile.mkdtemp(prefix="quorum-serve-test-")
        self.db = os.path.join(self.folder, "db")
        notes = os.path.join(self.folder, "notes")
        shutil.copytree(corpus, notes, ignore=shutil.ignore_patterns("*.md"))
        shutil.copy(os.path.join(HERE, "hostile-minutes.txt"), notes)
        subprocess.run([index, "--db", self.db, notes], check=True, capture_output=True)
        self.notes = notes
        self.log = open(os.path.join(self.folder, "serve.log"), "w+")
        # Its own session: a signal to the server never reaches the test runner.
        self.process = subprocess.Popen([serve, "--db", self.db, "--port", "0", *extra_args],
                                        stderr=self.log, start_new_session=True)
        self.url = self._wait_for_url()

    def _wait_for_url(self):
        deadline = time.time() + 20
        while time.time() < deadline:
            self.log.seek(0)
            found = re.search(r"on (http://[^ ]+/)", self.log.read())
            if found:
                return found.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        self.log.seek(0)
        raise RuntimeError("quorum-serve did not start:\n" + self.log.read())

    def stderr(self):
        self.log.seek(0)
        return self.log.read()

    def get(self, path, params=None, method="GET"):
        """(status, headers, body text) of one request."""
        url = self.url.rstrip("/") + path
        if params:
            url += "?" + urllib.parse.urlencode(params, doseq=True)
        request = urllib.request.Request(url, method=method, data=b"x" if method == "POST" else None)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode("utf-8")

    def api(self, path, params):
        status, _, body = self.get(path, params)
        return status, json.loads(body)

    def cli_json(self, args):
        """The lines quorum-search --format json prints, parsed."""
        out = subprocess.run([self.search, "--db", self.db, "--format", "json", *args],
                             check=True, capture_output=True, text=True).stdout
        return [json.loads(line) for line in out.splitlines()]

    def stop(self):
        """Stops the server with SIGTERM; returns its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def close(self):
        self.stop()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def arguments():
    """index search serve corpus, as CTest passes them."""
    if len(sys.argv) < 5:
        sys.exit("usage: %s QUORUM-INDEX QUORUM-SEARCH QUORUM-SERVE CORPUS" % sys.argv[0])
    return sys.argv[1:5]


class Checks:
    """Counts failures and says each one, so one run shows them all."""

    def __init__(self):
        self.failures = 0

    def check(self, condition, what):
        if not condition:
            self.failures += 1
            print("FAIL: " + what, flush=True)
        return condition

    def exit(self):
        print("%d failure(s)" % self.failures if self.failures else "all checks passed", flush=True)
        sys.exit(1 if self.failures else 0)
