from django.core.management.base import BaseCommand

from outreach.places.loader import load_places
from outreach.places.models import Municipality, Venue


class Command(BaseCommand):
    help = "Load or refresh the municipalities, boundaries and venues from the bundled data files."

    def handle(self, *args, **options):
        municipalities, venues = load_places(Municipality, Venue)
        unverified = Venue.objects.filter(location_verified=False).count()
        self.stdout.write(
            f"{municipalities} municipalities, {venues} venues loaded; "
            f"{unverified} venues await a verified location."
        )
