"""Build a demo: places, the site's pages, a user per role and a few pop-up sessions.

Other apps add to the demo by defining ``demo_data.build(stdout)`` in their package; it runs after
the core demo, in INSTALLED_APPS order.
"""

from datetime import timedelta
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from cms.site_setup import ensure_site
from outreach.accounts.roles import ROLES, group_name
from outreach.encounters.models import PopupSession
from outreach.places.loader import load_places
from outreach.places.models import Municipality, Venue
from outreach.themes.registry import enabled_themes

# Development passwords only: the command refuses to run with DEBUG off.
DEMO_USERS = {
    "worker": ("outreach_worker", "worker-demo-pass"),
    "coordinator": ("coordinator", "coordinator-demo-pass"),
    "finance": ("finance", "finance-demo-pass"),
    "editor": ("editor", "editor-demo-pass"),
}
ADMIN_USER = ("admin", "admin-demo-pass")

# (venue name in Finnish, days from today, start hour, languages spoken)
DEMO_SESSIONS = [
    ("Porvoon pääkirjasto", 2, 16, ["fi", "sv"]),
    ("Loviisan pääkirjasto", 5, 14, ["fi", "sv"]),
    ("Sipoon pääkirjasto", 7, 17, ["fi", "sv", "en"]),
    ("Myrskylän kirjasto", 9, 15, ["fi"]),
    ("Porvoon urheiluhalli", 12, 18, ["fi", "en"]),
]


class Command(BaseCommand):
    help = "Build a demo site with development users. Refuses to run when DEBUG is off."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-logins",
            action="store_false",
            dest="logins",
            help="Leave out the login table (rundemo prints it once the server answers).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo has known passwords: it runs only with DEBUG on.")
        foreign = get_user_model().objects.exclude(username__in=[*DEMO_USERS, ADMIN_USER[0]])
        if foreign.exists():
            # Known passwords must never reach a database that real people log in to.
            raise CommandError(
                "This database holds accounts the demo did not create: the demo runs only on a "
                "fresh development database (remove var/db.sqlite3 or set DATABASE_URL)."
            )
        with transaction.atomic():
            load_places(Municipality, Venue)
            ensure_site()
            users = self._users()
            self._sessions(users["worker"])
        for config in apps.get_app_configs():
            module_name = f"{config.name}.demo_data"
            if find_spec(module_name) is not None:
                import_module(module_name).build(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo built."))
        if options["logins"]:
            write_logins(self.stdout)

    def _users(self):
        User = get_user_model()
        users = {}
        for username, (role, password) in DEMO_USERS.items():
            user, _created = User.objects.get_or_create(username=username)
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=group_name(role))])
            users[username] = user
        admin, _created = User.objects.get_or_create(
            username=ADMIN_USER[0], defaults={"is_staff": True, "is_superuser": True}
        )
        admin.set_password(ADMIN_USER[1])
        admin.save()
        return users

    def _sessions(self, worker):
        today = timezone.localtime().replace(minute=0, second=0, microsecond=0)
        themes = [theme.slug for theme in enabled_themes()]
        for name, days, hour, languages in DEMO_SESSIONS:
            venue = Venue.objects.get(name_fi=name)
            starts_at = (today + timedelta(days=days)).replace(hour=hour)
            PopupSession.objects.get_or_create(
                venue=venue,
                starts_at=starts_at,
                defaults={
                    "worker": worker,
                    "ends_at": starts_at + timedelta(hours=3),
                    "themes": themes,
                    "languages": languages,
                    "status": PopupSession.Status.PLANNED,
                },
            )


def write_logins(stdout):
    stdout.write("Development logins (never use these anywhere else):")
    for username, (role, password) in DEMO_USERS.items():
        stdout.write(f"  {ROLES[role][0]:<16} {username:<12} {password}")
    stdout.write(f"  {'Administrator':<16} {ADMIN_USER[0]:<12} {ADMIN_USER[1]}")
