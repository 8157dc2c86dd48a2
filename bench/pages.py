"""Serve the demo site with gunicorn and measure public pages beside a static file.

    .venv/bin/python bench/pages.py [--seconds 5] [--connections 8]

Builds the demo in a throw-away SQLite database, then runs gunicorn twice with production
settings: once with the page cache on, once with it off (CMS_PAGE_CACHE_SECONDS=0). For the home,
a theme and the calendar page, and for a static file served by the same server in the same run, it
prints requests per second and p50/p99 latency. Targets: cached pages at least half the static
rate; uncached p50 under 50 ms.
"""

import argparse
import http.client
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cms.demo import content  # noqa: E402  (plain data, no Django needed)

PYTHON = sys.executable
PAGES = {
    "static file": "/static/css/site.css",
    "home": "/fi/",
    "theme": f"/fi/{content.THEMES['mental-health']['fi'][0]}/",
    "calendar": f"/fi/{content.SECTIONS['calendar']['fi'][0]}/",
}


def environment(database):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "outreach.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{database}",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": "",
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/static/css/site.css")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def load(port, path, seconds, connections):
    """Keep-alive clients hammering one path; returns (requests per second, latencies in ms)."""
    latencies, errors = [], []
    stop = time.monotonic() + seconds

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        while time.monotonic() < stop:
            started = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                errors.append(response.status)
        latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(connections)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{path}: HTTP {sorted(set(errors))}")
    return len(latencies) / (time.monotonic() - began), latencies


def run(env, cache_seconds, seconds, connections):
    port = free_port()
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "outreach.wsgi",
            "--workers",
            "2",
            "--worker-class",
            "gthread",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**env, "CMS_PAGE_CACHE_SECONDS": str(cache_seconds)},
    )
    try:
        wait_until_up(port)
        results = {}
        for name, path in PAGES.items():
            load(port, path, 1, connections)  # warm every worker (and its cache)
            rate, latencies = load(port, path, seconds, connections)
            quantiles = statistics.quantiles(latencies, n=100)
            results[name] = (rate, quantiles[49], quantiles[98])
        return results
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=8, help="for the cached run")
    parser.add_argument(
        "--uncached-connections",
        type=int,
        default=1,
        help="for the uncached run: one visitor at a time shows a page's own latency, not queueing",
    )
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = environment(Path(tmp) / "bench.sqlite3")
        manage(env, "migrate", "--noinput", "-v0")
        manage({**env, "DEBUG": "true"}, "demo")
        manage(env, "collectstatic", "--noinput", "-v0")
        print(
            f"{options.seconds:g} s per URL, keep-alive, gunicorn 2 workers x 4 threads, "
            f"{os.cpu_count()} CPUs"
        )
        print(f"{'':<9} {'conns':>5} {'URL':<12} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
        runs = (
            ("cached", 300, options.connections),
            ("uncached", 0, options.uncached_connections),
        )
        for label, cache_seconds, connections in runs:
            results = run(env, cache_seconds, options.seconds, connections)
            static_rate = results["static file"][0]
            for name, (rate, p50, p99) in results.items():
                share = "" if name == "static file" else f"  {rate / static_rate:.0%} of static"
                print(
                    f"{label:<9} {connections:>5} {name:<12} {rate:8.0f} {p50:8.1f} {p99:8.1f}"
                    f"{share}"
                )


if __name__ == "__main__":
    main()
