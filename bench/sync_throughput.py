"""Encounters per second through the HTTP sync endpoint, beside a raw bulk_create of the same rows.

    .venv/bin/python bench/sync_throughput.py                 # SQLite and PostgreSQL
    .venv/bin/python bench/sync_throughput.py --only sqlite   # one of them
    .venv/bin/python bench/sync_throughput.py --encounters 50000

Each database is a fresh one (a file in /tmp for SQLite; ``tuuli_pwa_bench`` on the local
PostgreSQL, or ``BENCH_POSTGRES_URL``), migrated from scratch. The endpoint runs in a real HTTP
server in this process and is called over a socket with a logged-in session and CSRF token,
in batches of 500, alternating with the raw insert for a few rounds and printing medians.
Targets (issue 3): at least 5 000/s on SQLite, within 2x of the raw insert.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_URL = "sqlite:////tmp/tuuli-bench-sync.sqlite3"
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/tuuli_pwa_bench"
)
BATCH = 500


def encounter(session_uuid, index, now):
    """A realistic record: most carry a theme answer, some a referral."""
    record = {
        "type": "encounter",
        "uuid": str(uuid.uuid4()),
        "session": session_uuid,
        "occurred_at": (now - timedelta(minutes=index % 180)).isoformat(),
        "themes": ["violence"] if index % 2 else ["gambling", "violence"],
        "age_band": ["under18", "18-29", "30-64", "65+"][index % 4],
        "contact_type": "conversation",
        "language": "fi",
        "duration": "5-15",
    }
    if index % 3:
        record["answers"] = {
            "violence": {"schema_version": 1, "answers": {"role": "witnessed", "form": ["digital"]}}
        }
    return record


def fresh_database(url):
    if url.startswith("sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        return
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def run(label, total, rounds):
    """Runs in a child process whose DATABASE_URL names the database to measure."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
    from django.core.wsgi import get_wsgi_application
    from django.db import connection, transaction
    from django.test import Client

    call_command("migrate", verbosity=0)

    from outreach.accounts.roles import group_name
    from outreach.encounters.models import Encounter, PopupSession
    from outreach.worker.ingest import build_context
    from outreach.worker.records import parse
    from tests.factories import UserFactory

    user = UserFactory()
    user.groups.add(
        django.contrib.auth.models.Group.objects.get(name=group_name("outreach_worker"))
    )

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = WSGIServer(("127.0.0.1", 0), QuietHandler, ipv6=False)
    server.set_app(get_wsgi_application())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]

    client = Client()
    client.force_login(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    http = HTTPConnection("127.0.0.1", port)

    def request(method, path, body=None, token=""):
        headers = {"Cookie": cookie + (f"; csrftoken={token}" if token else "")}
        if body is not None:
            headers |= {"Content-Type": "application/json", "X-CSRFToken": token}
        http.request(method, path, body=body, headers=headers)
        response = http.getresponse()
        return response.status, json.loads(response.read())

    _status, me = request("GET", "/api/worker/me")
    token = me["csrf_token"]
    now = datetime.now(UTC)
    venue = django.apps.apps.get_model("places", "Venue").objects.values_list("pk", flat=True)[0]
    session = {
        "type": "session",
        "uuid": str(uuid.uuid4()),
        "venue": venue,
        "themes": ["violence", "gambling"],
        "started_at": (now - timedelta(hours=4)).isoformat(),
    }
    assert request("POST", "/api/worker/sync", json.dumps({"records": [session]}), token)[0] == 200

    context = build_context()
    session_pk = PopupSession.objects.get(uuid=session["uuid"]).pk

    def endpoint_round():
        bodies = [
            json.dumps({"records": [encounter(session["uuid"], i, now) for i in range(BATCH)]})
            for _ in range(total // BATCH)
        ]
        started = time.perf_counter()
        for body in bodies:
            status, answer = request("POST", "/api/worker/sync", body, token)
            assert status == 200 and all(r["status"] == "stored" for r in answer["receipts"])
        return time.perf_counter() - started

    def raw_round():
        """The same rows straight into the table: the floor the endpoint is held to."""
        batches = []
        for _ in range(total // BATCH):
            batches.append([])
            for i in range(BATCH):
                cleaned = parse(encounter(session["uuid"], i, now), context)[1]
                batches[-1].append(
                    Encounter(
                        uuid=cleaned["uuid"],
                        session_id=session_pk,
                        worker=user,
                        received_at=now,
                        content_hash=cleaned["hash"],
                        **cleaned["content"],
                    )
                )
        started = time.perf_counter()
        for objects in batches:
            with transaction.atomic():
                Encounter.objects.bulk_create(objects)
        return time.perf_counter() - started

    # Alternate the two and take medians: the machine is shared, so single runs are noisy.
    endpoint_times, raw_times = [], []
    for _ in range(rounds):
        endpoint_times.append(endpoint_round())
        raw_times.append(raw_round())
    assert Encounter.objects.count() == 2 * rounds * (total // BATCH) * BATCH
    endpoint_seconds, raw_seconds = statistics.median(endpoint_times), statistics.median(raw_times)
    server.shutdown()

    endpoint_rate, raw_rate = total / endpoint_seconds, total / raw_seconds
    print(
        f"{label:<11} {connection.vendor:<11} endpoint {endpoint_rate:>8,.0f}/s"
        f"   raw bulk_create {raw_rate:>8,.0f}/s   ratio {raw_rate / endpoint_rate:.2f}x"
        f"   ({total} encounters in batches of {BATCH}, median of {rounds} rounds)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--encounters", type=int, default=10_000, help="per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run(args.child, args.encounters, args.rounds)
    targets = {"sqlite": SQLITE_URL, "postgresql": POSTGRES_URL}
    for label, url in targets.items():
        if args.only and args.only != label:
            continue
        fresh_database(url)
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "outreach.settings.test",
            "DATABASE_CONN_MAX_AGE": "60",  # as in production: the server keeps its connection
            "PYTHONPATH": str(ROOT),
        }
        command = [sys.executable, __file__, "--child", label]
        command += ["--encounters", str(args.encounters), "--rounds", str(args.rounds)]
        subprocess.run(command, env=env, check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
