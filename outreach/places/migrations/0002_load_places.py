from django.db import migrations

from outreach.places.loader import load_places


def load(apps, schema_editor):
    load_places(apps.get_model("places", "Municipality"), apps.get_model("places", "Venue"))


class Migration(migrations.Migration):
    """Loads the seven municipalities, their boundaries and the known venues. Reversing keeps them:
    venues may have pop-up sessions by then."""

    dependencies = [("places", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
