"""Compressed transfer size of the worker app's first load, Leaflet included.

    .venv/bin/python bench/worker_first_load.py

Logs in once in Chromium against a throwaway server, opens the worker app and records every
response the page and its service worker fetch (map tiles are blocked: none are needed). Sizes
are each body compressed with gzip level 6, what a typical server sends. Target (issue 3): the
first load at most 200 KB.
"""

import gzip
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.worker_server import CHROMIUM, CHROMIUM_ARGS, PASSWORD, serve  # noqa: E402

TARGET_KB = 200


def main():
    from playwright.sync_api import sync_playwright

    with serve() as (base_url, username), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(bypass_csp=True)  # wait_for_function() needs eval
        page = context.new_page()
        sizes = {}
        sources = defaultdict(set)

        def record(response):
            url = response.url
            if not url.startswith(base_url) or response.status >= 300:
                return
            try:
                body = response.body()
            except Exception:  # a response without a body (e.g. aborted)
                return
            if not body:  # Chromium does not hand over some bodies the service worker fetched
                return
            sizes[url] = max(sizes.get(url, 0), len(gzip.compress(body, compresslevel=6)))
            sources[url].add("service worker" if response.request.service_worker else "page")

        context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
        page.goto(f"{base_url}/fi/accounts/login/?next=/fi/worker/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        context.on("response", record)  # from here on: the app's first load after logging in
        page.click("form button[type=submit]")
        page.wait_for_selector("body[data-ready=true][data-service-worker=ready]")
        page.wait_for_function("async () => !!(await caches.match(location.pathname))")
        page.wait_for_timeout(1000)
        # Chromium does not hand over the bodies the service worker fetched: measure those
        # URLs of its precache list that the page did not load itself.
        for path in page.request.get(f"{base_url}/api/worker/shell").json()["urls"]:
            url = base_url + path
            if url not in sizes:
                body = page.request.get(url).body()
                sizes[url] = len(gzip.compress(body, compresslevel=6))
                sources[url].add("service worker")
        browser.close()

    page_total = sum(size for url, size in sizes.items() if "page" in sources[url])
    worker_only = sum(size for url, size in sizes.items() if "page" not in sources[url])
    print(f"{'gzip bytes':>10}  fetched by      url")
    for url, size in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"{size:>10}  {'+'.join(sorted(sources[url])):<14}  {url.removeprefix(base_url)}")
    print(
        f"First load of the worker app: {page_total / 1024:.1f} KB gzip (target ≤ {TARGET_KB} KB);"
        f" the service worker's precache adds {worker_only / 1024:.1f} KB it alone fetches"
    )


if __name__ == "__main__":
    main()
