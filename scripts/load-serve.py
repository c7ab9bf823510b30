#!/usr/bin/env python3
"""Bounded load on `claimcheck serve` over loopback: N requests, C at a time, each a
POST /api/check of one article. Prints requests per second and p50/p99 latency.

    scripts/load-serve.py [--bin PATH] [--requests 2000] [--concurrency 16] [--article FILE]

Starts the server itself on a free port (release binary by default) and stops it after.
A benchmark, not a test: numbers go in README with the machine they were measured on.
"""
import argparse, http.client, json, os, statistics, subprocess, sys, threading, time

def main():
    ap = argparse.ArgumentParser()
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    ap.add_argument("--bin", default=os.path.join(target, "release", "claimcheck"))
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--article", default="tests/fixtures/kalugin-interview.txt")
    ap.add_argument("--date", default="2025-06-01")
    a = ap.parse_args()

    server = subprocess.Popen([a.bin, "serve", "--addr", "127.0.0.1:0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        addr = next(w for w in line.split() if w.startswith("http://"))
        host, port = addr[len("http://"):].rstrip("/").split(":")
        body = json.dumps({"text": open(a.article, encoding="utf-8").read(), "date": a.date})
        latencies, failures, lock = [], [], threading.Lock()
        counter = iter(range(a.requests))

        def worker():
            conn = http.client.HTTPConnection(host, int(port), timeout=120)
            while True:
                with lock:
                    if next(counter, None) is None:
                        break
                t0 = time.perf_counter()
                conn.request("POST", "/api/check", body, {"Content-Type": "application/json"})
                resp = conn.getresponse()
                resp.read()
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if resp.status != 200:
                        failures.append(resp.status)
            conn.close()

        start = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(a.concurrency)]
        for t in threads: t.start()
        for t in threads: t.join()
        wall = time.perf_counter() - start
        latencies.sort()
        p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
        print(f"{len(latencies)} requests, {a.concurrency} at a time, {len(failures)} failed")
        print(f"{len(latencies) / wall:.1f} requests/s; latency p50 {p(0.50):.1f} ms, "
              f"p99 {p(0.99):.1f} ms, mean {statistics.mean(latencies) * 1000:.1f} ms")
        return 1 if failures else 0
    finally:
        server.terminate()
        server.wait()

if __name__ == "__main__":
    sys.exit(main())
