from django.db import migrations, models

from outreach.places.loader import load_places


def reload(apps, schema_editor):
    load_places(apps.get_model("places", "Municipality"), apps.get_model("places", "Venue"))


class Migration(migrations.Migration):
    """A Swedish address where the street has a Swedish name; the seed is loaded again so that the
    research notes leave the public addresses (a coordinator's own address is kept)."""

    dependencies = [("places", "0002_load_places")]

    operations = [
        migrations.AddField(
            model_name="venue",
            name="address_sv",
            field=models.CharField(
                blank=True,
                help_text="Only where the street has a Swedish name; else the address above is shown.",
                max_length=300,
                verbose_name="address in Swedish",
            ),
        ),
        migrations.RunPython(reload, migrations.RunPython.noop),
    ]
