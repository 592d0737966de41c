# SPDX-License-Identifier: MIT
"""Load on quorum-serve against quorum-search run once per query: the same
queries (bench/queries.txt, quorum's column) sent by CLIENTS parallel
clients, each request a search with facets and snippets (/api/search, or
quorum-search --format json), for ROUNDS passes over the list. Prints one
markdown table row per way: requests, throughput, p50 and p99 latency.

  python3 bench/serve_load.py QUERIES URL QUORUM-SEARCH DB [CLIENTS] [ROUNDS]
"""
import concurrent.futures
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request


def read_queries(path):
    queries = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            queries.append(line.rstrip("\n").split("\t")[1])
    return queries


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(requests, send, clients):
    """(wall seconds, per-request latencies in ms); fails on any error."""
    def timed(query):
        start = time.perf_counter()
        send(query)
        return (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        latencies = list(pool.map(timed, requests))
    return time.perf_counter() - start, latencies


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    queries_file, url, search, db = sys.argv[1:5]
    clients = int(sys.argv[5]) if len(sys.argv) > 5 else 16
    rounds = int(sys.argv[6]) if len(sys.argv) > 6 else 3
    queries = read_queries(queries_file)
    requests = queries * rounds

    def http(query):
        address = url.rstrip("/") + "/api/search?" + urllib.parse.urlencode({"q": query})
        with urllib.request.urlopen(address, timeout=60) as response:
            response.read()

    def process(query):
        subprocess.run([search, "--db", db, "--format", "json", query], check=True, stdout=subprocess.DEVNULL)

    # One pass each first, untimed: both read the index into the page cache.
    run(queries, http, clients)
    run(queries, process, clients)
    print("| way | clients | requests | requests/s | p50 ms | p99 ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    results = {}
    for name, send in (("quorum-serve /api/search", http), ("quorum-search, one process per query", process)):
        wall, latencies = run(requests, send, clients)
        results[name] = len(requests) / wall
        print("| %s | %d | %d | %.1f | %.1f | %.1f |" % (name, clients, len(requests), len(requests) / wall,
                                                       statistics.median(latencies), percentile(latencies, 0.99)))
    serve, cli = results.values()
    print("\nThroughput ratio, server to one process per query: %.2f" % (serve / cli))


if __name__ == "__main__":
    main()
