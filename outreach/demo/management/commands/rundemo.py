"""Build the demo and serve it with a task worker: what `make run` runs.

The addresses and logins come last, once the server answers, so that nothing buries them; the
task worker logs only warnings and errors unless ``Q_LOG_LEVEL`` says otherwise (``INFO``
shows each task).
"""

import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from outreach.demo.launcher import answers, serve

from .demo import write_logins

HOST, PORT = "127.0.0.1", 8000


class Command(BaseCommand):
    help = "Build the demo, serve it with a task worker and print the logins once it answers."

    def handle(self, *args, **options):
        # Another server there would answer for ours and the logins would point at it.
        if answers((HOST, PORT)):
            raise CommandError(f"Port {PORT} is in use: stop the server that runs there first.")
        call_command("demo", logins=False, stdout=self.stdout)
        self.stdout.flush()  # before the children write to the same screen
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        commands = [
            ([*manage, "qcluster"], {"Q_LOG_LEVEL": os.environ.get("Q_LOG_LEVEL", "WARNING")}),
            ([*manage, "runserver", f"{HOST}:{PORT}"], {}),
        ]
        exit_code = serve(commands, (HOST, PORT), self._print_start_here)
        if exit_code:
            sys.exit(exit_code)

    def _print_start_here(self):
        site = f"http://{HOST}:{PORT}"
        self.stdout.write(self.style.SUCCESS(f"Tuuli is running at {site}/ (Ctrl-C stops it)."))
        self.stdout.write(f"  Worker app     {site}/fi/worker/  (log in as worker)")
        self.stdout.write(f"  Wagtail admin  {site}/admin/")
        write_logins(self.stdout)
        self.stdout.flush()
