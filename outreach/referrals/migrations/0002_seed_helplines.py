"""Seed the helplines listed in the product brief (docs: /shared/product.md, "Helplines").

Only what the brief states is seeded: names, numbers, themes and, for the MIELI Crisis Helpline,
the language each number answers in. Hours and web addresses are left for the coordinator to fill
in, and ``verified_on`` stays empty until someone has checked the number: the admin shows which
entries still need verifying. Existing rows with the same key are left alone.
"""

from django.db import migrations

HELPLINES = [
    {
        "key": "emergency",
        "kind": "service",
        "name_fi": "Hätänumero 112",
        "name_sv": "Nödnumret 112",
        "name_en": "Emergency number 112",
        "phone": "112",
        "themes": [],
        "languages": [],
    },
    {
        "key": "mieli-crisis-fi",
        "kind": "helpline",
        "name_fi": "MIELI Kriisipuhelin suomeksi",
        "name_sv": "MIELI Kristelefonen på finska",
        "name_en": "MIELI Crisis Helpline in Finnish",
        "phone": "09 2525 0111",
        "themes": ["mental-health"],
        "languages": ["fi"],
    },
    {
        "key": "mieli-crisis-sv",
        "kind": "helpline",
        "name_fi": "MIELI Kriisipuhelin ruotsiksi",
        "name_sv": "MIELI Kristelefonen på svenska",
        "name_en": "MIELI Crisis Helpline in Swedish",
        "phone": "09 2525 0112",
        "themes": ["mental-health"],
        "languages": ["sv"],
    },
    {
        "key": "mieli-crisis-en",
        "kind": "helpline",
        "name_fi": "MIELI Kriisipuhelin englanniksi",
        "name_sv": "MIELI Kristelefonen på engelska",
        "name_en": "MIELI Crisis Helpline in English",
        "phone": "09 2525 0116",
        "themes": ["mental-health"],
        "languages": ["en"],
    },
    {
        "key": "peluuri",
        "kind": "helpline",
        "name_fi": "Peluuri",
        "name_sv": "Peluuri",
        "name_en": "Peluuri",
        "phone": "0800 100 101",
        "themes": ["gambling"],
        "languages": [],
    },
    {
        "key": "nollalinja",
        "kind": "helpline",
        "name_fi": "Nollalinja",
        "name_sv": "Nollalinja",
        "name_en": "Nollalinja",
        "phone": "080 005 005",
        "themes": ["violence"],
        "languages": [],
    },
]


def seed(apps, schema_editor):
    ReferralTarget = apps.get_model("referrals", "ReferralTarget")
    for helpline in HELPLINES:
        values = dict(helpline)
        ReferralTarget.objects.get_or_create(key=values.pop("key"), defaults=values)


def unseed(apps, schema_editor):
    ReferralTarget = apps.get_model("referrals", "ReferralTarget")
    ReferralTarget.objects.filter(
        key__in=[h["key"] for h in HELPLINES], verified_on__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("referrals", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
