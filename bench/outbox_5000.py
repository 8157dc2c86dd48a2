"""A 5 000-record offline outbox synced completely in a real browser, and how long it took.

    .venv/bin/python bench/outbox_5000.py [--records 5000]

Starts a session in the worker app (Chromium, throwaway server), cuts the sync endpoint off,
queues the records in the IndexedDB outbox, then reconnects and times "Sync now" until the
pending count is 0 and the server holds every record. Target (issue 3): under 30 s.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.worker_server import CHROMIUM, CHROMIUM_ARGS, log_in, serve, start_session  # noqa: E402

QUEUE = """async (count) => {
    const owner = JSON.parse(document.getElementById("app-options").textContent).username;
    const session = (await window.tuuli.outbox.getMeta(`session:${owner}`)).record;
    const ages = ["under18", "18-29", "30-64", "65+"];
    const records = Array.from({ length: count }, (_, i) => ({
        type: "encounter", uuid: crypto.randomUUID(), session: session.uuid,
        occurred_at: new Date(Date.now() - (i % 120) * 60000).toISOString(),
        themes: ["violence"], age_band: ages[i % 4], concern_about: "self",
        contact_type: "conversation", language: "fi", guided_to: "", duration: "",
        answers: i % 3 ? {} : { violence: { schema_version: 1, answers: { role: "witnessed" } } },
    }));
    await window.tuuli.outbox.add(records, owner, records.map(() => "bench"));
}"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    count = parser.parse_args().records
    from playwright.sync_api import sync_playwright

    with serve() as (base_url, username), sync_playwright() as playwright:
        from outreach.encounters.models import Encounter

        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(bypass_csp=True)  # wait_for_function() needs eval
        context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
        page = context.new_page()
        log_in(page, base_url, username)
        start_session(page)

        context.route("**/api/worker/sync", lambda route: route.abort("internetdisconnected"))
        page.evaluate(QUEUE, count)
        page.wait_for_function(
            f"document.getElementById('pending-count').textContent === '{count}'", timeout=120_000
        )
        context.unroute("**/api/worker/sync")

        started = time.perf_counter()
        page.click("#sync-now")
        page.wait_for_function(
            "document.getElementById('pending-count').textContent === '0'",
            timeout=300_000,
            polling=100,
        )
        seconds = time.perf_counter() - started
        stored = Encounter.objects.count()
        browser.close()

    print(
        f"Outbox of {count} records synced in {seconds:.1f} s ({count / seconds:,.0f} records/s),"
        f" {stored} on the server; target < 30 s"
    )


if __name__ == "__main__":
    main()
