from django.core.management.base import BaseCommand

from cms.site_setup import ensure_site


class Command(BaseCommand):
    help = "Create the site's home pages in Finnish, Swedish and English (idempotent)."

    def handle(self, *args, **options):
        home = ensure_site()
        self.stdout.write(f"Site ready: home page {home.title!r} with its translations.")
