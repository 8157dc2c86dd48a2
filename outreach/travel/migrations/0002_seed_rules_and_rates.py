from django.db import migrations

from outreach.travel.seeds import seed_rules_and_rates


def seed(apps, schema_editor):
    seed_rules_and_rates(apps.get_model("travel", "TravelRules"), apps.get_model("travel", "MileageRate"))


class Migration(migrations.Migration):
    """Default rules and rates with their sources (outreach/travel/seeds.py)."""

    dependencies = [("travel", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
