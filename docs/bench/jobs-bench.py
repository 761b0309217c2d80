#!/usr/bin/env python3
"""The measuring half of jobs-bench.sh (which starts Redis, the API and the workers): submits analysis
jobs, follows them to the end and prints Markdown tables. Standard library only.

  jobs-bench.py turnaround BASE LABEL BODY --warmup 10 --count 30 --poll-ms 5   one JSON line of samples
  jobs-bench.py throughput BASE BODY --jobs 300 --clients 8 --workers 1 --pids api=PID,worker1=PID ...
  jobs-bench.py report RESULTS.jsonl                                             Markdown tables

Each measuring command appends one JSON line to stdout and deletes the jobs it created (outside the timing).
"""

import argparse
import http.client
import json
import math
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from urllib.parse import urlparse

STALL_S = 120


class Api:
    """One keep-alive HTTP connection to the service."""

    def __init__(self, base):
        url = urlparse(base)
        self.host, self.port = url.hostname, url.port

    def __enter__(self):
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        return self

    def __exit__(self, *exc):
        self.conn.close()

    def call(self, method, path, body=None):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        return response.status, response.getheader("Content-Type", ""), data

    def submit(self, body):
        status, _, data = self.call("POST", "/jobs", body)
        if status != 201:
            sys.exit(f"POST /jobs {body} answered {status}: {data.decode(errors='replace')}")
        return json.loads(data)["id"]

    def job(self, job_id):
        status, _, data = self.call("GET", "/jobs/" + job_id)
        if status != 200:
            sys.exit(f"GET /jobs/{job_id} answered {status}: {data.decode(errors='replace')}")
        return json.loads(data)

    def delete(self, job_id):
        self.call("DELETE", "/jobs/" + job_id)


def instant(text):
    """Seconds since the epoch of a Java Instant such as 2026-11-22T12:00:00.123456Z (0 to 9 decimals)."""
    whole, _, fraction = text.rstrip("Z").partition(".")
    seconds = datetime.strptime(whole, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).timestamp()
    return seconds + (float("0." + fraction) if fraction else 0.0)


def server_ms(job):
    """(submitted→finished, submitted→started, started→finished) in ms, from the job's own timestamps."""
    submitted, started, finished = (instant(job[k]) for k in ("submitted", "started", "finished"))
    return (finished - submitted) * 1000, (started - submitted) * 1000, (finished - started) * 1000


def ended(job, since):
    """Fails the run on a job that failed, was cancelled, or has not finished STALL_S seconds after `since`
    (a perf_counter time); tells whether it has finished."""
    if job["status"] in ("failed", "cancelled"):
        sys.exit(f"job {job['id']} {job['status']}: {job.get('error')}")
    if job["status"] != "finished" and time.perf_counter() - since > STALL_S:
        sys.exit(f"job {job['id']} still {job['status']} after {STALL_S} s: is a worker running? (see its log)")
    return job["status"] == "finished"


def check_chart(api, job_id):
    status, content_type, data = api.call("GET", f"/results/{job_id}/chart")
    if status != 200 or not content_type.startswith("image/png") or not data.startswith(b"\x89PNG"):
        sys.exit(f"GET /results/{job_id}/chart answered {status} {content_type}, {len(data)} bytes: not a PNG")


def turnaround(args):
    """One job at a time: submit, poll until finished; wall clock and the job's own timestamps."""
    poll = args.poll_ms / 1000
    samples = {"wall_ms": [], "server_ms": [], "wait_ms": [], "run_ms": []}
    created = []
    with Api(args.base) as api:
        for i in range(args.warmup + args.count):
            begin = time.perf_counter()
            job_id = api.submit(args.body)
            while True:
                time.sleep(poll)
                job = api.job(job_id)
                if ended(job, begin):
                    break
            wall = (time.perf_counter() - begin) * 1000
            created.append(job_id)
            if i == 0:
                check_chart(api, job_id)
            if i >= args.warmup:
                total, wait, run = server_ms(job)
                samples["wall_ms"].append(wall)
                samples["server_ms"].append(total)
                samples["wait_ms"].append(wait)
                samples["run_ms"].append(run)
        for job_id in created:
            api.delete(job_id)
    print(json.dumps({"phase": "turnaround", "label": args.label, **samples}))


def read_rss(pid):
    """(peak, current) RSS in MiB from /proc/PID/status."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            fields[name] = value
    return int(fields["VmHWM"].split()[0]) / 1024, int(fields["VmRSS"].split()[0]) / 1024


def reset_peak(pid):
    """Resets VmHWM (Linux clear_refs 5); tells whether the kernel allowed it."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def throughput(args):
    """Submits many jobs at once from several connections; times until the last one has finished."""
    pids = dict(item.split("=") for item in args.pids.split(","))
    reset = all([reset_peak(pid) for pid in pids.values()])
    local = threading.local()
    connections = []

    def submit(_):
        if not hasattr(local, "api"):
            local.api = Api(args.base).__enter__()
            connections.append(local.api)
        return local.api.submit(args.body)

    begin = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        ids = list(pool.map(submit, range(args.jobs)))
    submitted = time.perf_counter() - begin
    poll = args.poll_ms / 1000
    with Api(args.base) as api:
        # Jobs leave the queue in submission order, so following them in that order polls one at a time.
        for job_id in ids:
            since = time.perf_counter()
            while not ended(api.job(job_id), since):
                time.sleep(poll)
        wall = time.perf_counter() - begin
        rss = {name: read_rss(pid) for name, pid in pids.items()}
        jobs = [api.job(job_id) for job_id in ids]
        for job_id in ids:
            api.delete(job_id)
    for connection in connections:
        connection.__exit__()
    span = max(instant(j["finished"]) for j in jobs) - min(instant(j["submitted"]) for j in jobs)
    print(json.dumps({
        "phase": "throughput", "workers": args.workers, "warmup": args.warmup, "jobs": args.jobs,
        "submit_s": submitted, "wall_s": wall, "server_s": span,
        "turnaround_ms": [server_ms(j)[0] for j in jobs],
        "rss": {name: {"peak": peak, "end": end} for name, (peak, end) in rss.items()}, "peak_reset": reset,
    }))


def percentile(values, p):
    """Nearest-rank percentile: of 30 samples, p99 is the largest."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def cell(values, fmt="{:.0f}"):
    """Median and min–max of one figure across runs."""
    if not values:
        return "–"
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def report(args):
    with open(args.results) as results:
        rows = [json.loads(line) for line in results if line.strip()]
    turn = [r for r in rows if r["phase"] == "turnaround"]
    flow = [r for r in rows if r["phase"] == "throughput" and not r["warmup"]]
    labels = list(dict.fromkeys(r["label"] for r in turn))
    runs = len([r for r in turn if r["label"] == labels[0]]) if labels else 0
    if turn:
        count = len(turn[0]["wall_ms"])
        print(f"Job turnaround, submit → finished (chart stored), one job at a time: {count} jobs per kind and run "
              f"after a warm-up, {runs} run(s). Each cell: median across runs (min–max), ms. Wall clock is the "
              f"client's POST → first GET that shows `finished` (polled every {args.poll_ms} ms); job timestamps "
              f"are the job's own `submitted` → `finished`, split into waiting (→ `started`) and running.\n")
        print("| analysis | wall p50 | wall p99 | timestamps p50 | timestamps p99 | waiting p50 | running p50 | running p99 |")
        print("|---|---|---|---|---|---|---|---|")
        for label in labels:
            mine = [r for r in turn if r["label"] == label]
            figures = [cell([percentile(r[key], p) for r in mine]) for key, p in (
                ("wall_ms", 50), ("wall_ms", 99), ("server_ms", 50), ("server_ms", 99),
                ("wait_ms", 50), ("run_ms", 50), ("run_ms", 99))]
            print(f"| {label} | " + " | ".join(figures) + " |")
        print()
    if flow:
        workers = sorted({r["workers"] for r in flow})
        first = flow[0]
        print(f"Sustained throughput: {first['jobs']} `counts` jobs submitted at once per run, "
              f"{len([r for r in flow if r['workers'] == workers[0]])} run(s) per row after a warm-up burst. "
              "Wall clock: first submission → last job seen `finished`; timestamps: first `submitted` → "
              "last `finished`.\n")
        print("| worker processes | jobs/s (wall) | jobs/s (timestamps) | submitting took (s) "
              "| turnaround under load p50 (ms) | p99 (ms) |")
        print("|---|---|---|---|---|---|")
        for n in workers:
            mine = [r for r in flow if r["workers"] == n]
            print(f"| {n} | {cell([r['jobs'] / r['wall_s'] for r in mine], '{:.1f}')} "
                  f"| {cell([r['jobs'] / r['server_s'] for r in mine], '{:.1f}')} "
                  f"| {cell([r['submit_s'] for r in mine], '{:.2f}')} "
                  f"| {cell([percentile(r['turnaround_ms'], 50) for r in mine])} "
                  f"| {cell([percentile(r['turnaround_ms'], 99) for r in mine])} |")
        print()
        exact = all(r["peak_reset"] for r in flow)
        print("Resident memory under that load, MiB: peak (VmHWM, " + (
            "reset before each run" if exact else "since the process started: the kernel refused a reset")
              + ") and at the end of the run; median across runs (min–max).\n")
        print("| worker processes | process | peak RSS | RSS at end |")
        print("|---|---|---|---|")
        for n in workers:
            mine = [r for r in flow if r["workers"] == n]
            for name in mine[0]["rss"]:
                print(f"| {n} | {name} | {cell([r['rss'][name]['peak'] for r in mine])} "
                      f"| {cell([r['rss'][name]['end'] for r in mine])} |")
        print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("turnaround")
    one.add_argument("base")
    one.add_argument("label")
    one.add_argument("body")
    one.add_argument("--warmup", type=int, default=10)
    one.add_argument("--count", type=int, default=30)
    one.add_argument("--poll-ms", type=float, default=5)
    many = commands.add_parser("throughput")
    many.add_argument("base")
    many.add_argument("body")
    many.add_argument("--jobs", type=int, default=300)
    many.add_argument("--clients", type=int, default=8)
    many.add_argument("--poll-ms", type=float, default=5)
    many.add_argument("--workers", type=int, required=True)
    many.add_argument("--pids", required=True, help="name=pid,... of the processes whose RSS to report")
    many.add_argument("--warmup", action="store_true", help="mark the line as a warm-up (left out of the report)")
    out = commands.add_parser("report")
    out.add_argument("results")
    out.add_argument("--poll-ms", type=float, default=5)
    args = parser.parse_args()
    {"turnaround": turnaround, "throughput": throughput, "report": report}[args.command](args)


if __name__ == "__main__":
    main()
