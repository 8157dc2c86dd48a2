"""A throwaway Tuuli server for the browser benchmarks: fresh SQLite file, migrated, one worker,
served over real HTTP in a background thread. Import after choosing the settings module."""

import os
import threading
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = Path("/tmp/tuuli-bench-worker.sqlite3")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
PASSWORD = "correct-horse-battery"


def setup_django():
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DATABASE}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outreach.settings.test")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs a loop
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("compilemessages", ignore_patterns=[".venv"], verbosity=0)


@contextmanager
def serve():
    """Yield ``(base_url, username)`` of a running server with a logged-in-able worker."""
    setup_django()
    from django.contrib.auth.models import Group
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    from outreach.accounts.roles import group_name
    from tests.factories import UserFactory

    user = UserFactory(username="bench-worker")
    user.groups.add(Group.objects.get(name=group_name("outreach_worker")))

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=True)
    server.set_app(StaticFilesHandler(get_wsgi_application()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", user.username
    finally:
        server.shutdown()
        server.server_close()


def log_in(page, base_url, username, language="fi"):
    page.goto(f"{base_url}/{language}/accounts/login/?next=/{language}/worker/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(f"**/{language}/worker/")
    page.wait_for_selector("body[data-ready=true][data-service-worker=ready]")


def start_session(page):
    page.locator("#venue-list label").first.click()
    page.locator("#session-themes input[value=violence]").check()
    page.click("#start-form button[type=submit]")
    page.wait_for_selector("#session-view:not([hidden])")
    page.wait_for_function("document.getElementById('pending-count').textContent === '0'")
