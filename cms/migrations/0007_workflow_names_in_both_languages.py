"""The moderation workflow and its task are database rows that Wagtail shows as they are ("Lähetä
työnkulkuun …", "Odottaa tarkastustasi"), out of reach of any catalogue. They were named in English;
they are now named in both of the county's languages, as the county names itself, so Finnish and
Swedish users each read their own."""

from django.db import migrations

RENAMES = {
    "wagtailcore.Workflow": (
        "Editor drafts, coordinator approves",
        "Koordinaattori hyväksyy / Koordinatorn godkänner",
    ),
    "wagtailcore.Task": (
        "Coordinator approval",
        "Koordinaattorin hyväksyntä / Koordinatorns godkännande",
    ),
}


def rename(apps, forwards):
    for model, (english, bilingual) in RENAMES.items():
        old, new = (english, bilingual) if forwards else (bilingual, english)
        apps.get_model(model).objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [("cms", "0006_news_date_defaults_to_today")]

    operations = [
        migrations.RunPython(
            lambda apps, editor: rename(apps, True), lambda apps, editor: rename(apps, False)
        )
    ]
