# SPDX-License-Identifier: MIT
"""quorum-serve over HTTP: the API answers what quorum-search prints for the
same options; errors, headers and limits; notes indexed while it serves;
16 parallel clients; the warning off loopback; a clean stop on SIGTERM."""
import concurrent.futures
import os
import subprocess
import time

from serve_harness import Checks, Server, arguments

# (URL parameters, the same search as quorum-search arguments)
SEARCHES = [
    ({"q": "coordination with UN agencies"}, ["coordination", "with", "UN", "agencies"]),
    ({"q": "coordination with UN agencies", "any": "1"}, ["--any", "coordination with UN agencies"]),
    ({"q": "basin data", "page": "2", "limit": "5"}, ["--page", "2", "--limit", "5", "basin data"]),
    ({"q": "\"policy capability\""}, ["\"policy capability\""]),
    ({"q": "budget", "sort": "newest"}, ["--sort", "newest", "budget"]),
    ({"q": "budget", "collapse": "meeting"}, ["--collapse", "meeting", "budget"]),
    ({"q": "financement", "lang": "fr"}, ["--lang", "fr", "financement"]),
    ({"body": "Standing Committee on Budget and Finance", "q": "audit"},
     ["--body", "Standing Committee on Budget and Finance", "audit"]),
    ({"q": "basin", "from": "2018", "to": "2018-06"}, ["--from", "2018", "--to", "2018-06", "basin"]),
    ({"meeting": ["WG/BGR/2018/3", "WG/BGR/2017/5"]}, ["--meeting", "WG/BGR/2018/3", "--meeting", "WG/BGR/2017/5"]),
    ({"agenda": "(c) Basin data and coordination with UN agencies"},
     ["--agenda", "(c) Basin data and coordination with UN agencies"]),
    ({"q": "type:request org:IORB"}, ["type:request org:IORB"]),
    ({"like": "WG/BGR/2018/3 \u00b68"}, ["--like", "WG/BGR/2018/3 \u00b68"]),
    ({"q": "zebrafish", "context": "1"}, ["--context", "1", "zebrafish"]),
]


def api_matches_cli(server, checks):
    for params, args in SEARCHES:
        status, answer = server.api("/api/search", params)
        cli = server.cli_json(args)
        api = answer.get("hits", []) + answer.get("facets", []) + [answer.get("summary")]
        checks.check(status == 200 and answer.get("v") == 1, "search %s: status %d" % (params, status))
        checks.check(len(cli) > 1, "search %s finds nothing; choose a query that does" % params)
        checks.check(api == cli, "search %s: API and CLI differ:\n  %s\n  %s" % (params, api, cli))
    status, answer = server.api("/api/requests", {"to": "administration"})
    cli = server.cli_json(["--requests", "--to", "administration"])
    checks.check(status == 200 and answer["records"] + [answer["summary"]] == cli, "requests: API and CLI differ")
    status, answer = server.api("/api/show", {"id": "WG/BGR/2018/3 \u00b68"})
    cli = server.cli_json(["show", "WG/BGR/2018/3 \u00b68"])
    checks.check(status == 200 and answer["hits"] + [answer["summary"]] == cli, "show: API and CLI differ")


def errors_and_headers(server, checks):
    status, headers, body = server.get("/", {"q": "zebrafish"})
    checks.check(status == 200, "search page: %d" % status)
    checks.check(headers["Content-Type"] == "text/html; charset=utf-8", "page type: " + headers["Content-Type"])
    checks.check("script-src 'self'" in headers.get("Content-Security-Policy", ""), "no Content-Security-Policy")
    checks.check(headers.get("X-Content-Type-Options") == "nosniff", "no nosniff")
    checks.check("<script>alert" not in body and "<img" not in body, "note text reached the page unescaped")
    status, answer = server.api("/api/search", {"q": "budget AND"})
    checks.check(status == 400 and "^" in answer["error"]["message"], "bad query: %d %s" % (status, answer))
    checks.check(server.get("/nowhere")[0] == 404, "unknown path is not 404")
    checks.check(server.get("/p", {"id": "NO/SUCH/1"})[0] == 404, "unknown id is not 404")
    checks.check(server.get("/", method="POST")[0] == 405, "POST is not refused with 405")
    status = server.get("/", {"q": "a" * 20000})[0]
    checks.check(status == 414, "a 20 kB URL is not refused with 414: %d" % status)
    status, answer = server.api("/api/search", {"q": "x", "limit": "5000"})
    checks.check(status == 400 and "limit" in answer["error"]["message"], "limit over --max-limit: %d" % status)


def live_reopen(server, checks):
    checks.check(server.api("/api/search", {"q": "hovercraft"})[1]["summary"]["matches"] == 0, "hovercraft before")
    with open(os.path.join(server.notes, "2021-05-05-late.txt"), "w") as note:
        note.write("MINUTES OF THE LATE COMMITTEE\n\nHeld on 5 May 2021\n\n1. The hovercraft proposal was deferred.\n")
    subprocess.run([server.index, "--db", server.db, server.notes], check=True, capture_output=True)
    deadline, found = time.time() + 10, 0
    while time.time() < deadline and not found:
        found = server.api("/api/search", {"q": "hovercraft"})[1]["summary"]["matches"]
        time.sleep(0.1)
    checks.check(found == 1, "a note indexed while serving is not found")


def parallel_clients(server, checks):
    # Every answer under load must be the one a lone client gets.
    queries = [params for params, _ in SEARCHES] * 8
    alone = {str(params): server.get("/api/search", params) for params, _ in SEARCHES}
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda params: (params, server.get("/api/search", params)), queries))
    wrong = [params for params, answer in answers if answer[0] != 200 or answer[2] != alone[str(params)][2]]
    checks.check(not wrong, "%d of %d answers under 16 clients differ from a lone client's: %s"
                 % (len(wrong), len(answers), wrong[:3]))


def main():
    index, search, serve, corpus = arguments()
    checks = Checks()
    server = Server(index, search, serve, corpus)
    try:
        api_matches_cli(server, checks)
        errors_and_headers(server, checks)
        parallel_clients(server, checks)
        live_reopen(server, checks)
        checks.check("warning" not in server.stderr(), "a warning on loopback: " + server.stderr())
        checks.check(server.stop() == 0, "SIGTERM did not stop the server with status 0: " + server.stderr())
    finally:
        server.close()
    exposed = Server(index, search, serve, corpus, ["--bind", "0.0.0.0"])
    try:
        checks.check("no authentication" in exposed.stderr(), "no warning off loopback: " + exposed.stderr())
    finally:
        exposed.close()
    checks.exit()


if __name__ == "__main__":
    main()
