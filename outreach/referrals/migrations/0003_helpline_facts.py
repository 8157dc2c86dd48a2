"""Verified helpline facts: Nollinjen's Swedish name, languages and hours, the Finnish MIELI
line's hours, and a substance-use line (Päihdeneuvonta), so the substance-use pages and the
AUDIT-C result point somewhere other than 112.

Sources (stored copies, read 3.12.2026):
- Nollalinja / Nollinjen 080 005 005, around the clock, in Finnish, Swedish and English:
  https://www.nollalinja.fi/om-nollinjen/ and https://nollalinja.fi/en
- MIELI Crisis Helpline in Finnish 09 2525 0111, 24 hours a day:
  https://mentalhealth.fi/where-to-go-in-an-emergency ; numbers 0111 (fi), 0112 (sv) and 0116
  (en) as on MIELI's own page http://mieli.fi/helpline (the 0113 of older pages was the
  English and Arabic line).
- Päihdeneuvonta 0800 900 45, EHYT ry: https://ehyt.fi/uutishuone/tiedotteet/paihdeneuvontapalvelusta-saa-apua-oisinkin/
  and https://www.sttinfo.fi/tiedote/71722775/ennatysmaara-haki-apua-paihdeongelmiin-paihdeneuvonnasta
  Its hours stay empty: EHYT reported in April 2025 that the night service was under threat
  (sttinfo.fi/tiedote/71339984), so "around the clock" is not verified for now.
- The Swedish and English MIELI lines' hours stay empty: no current source.

A field is changed only while it still holds the value 0002 seeded, so a coordinator's edit
wins; ``verified_on`` stays for a person to set.
"""

from django.db import migrations

# key -> {field: (seeded value, verified value)}
UPDATES = {
    "nollalinja": {
        "name_sv": ("Nollalinja", "Nollinjen"),
        "languages": ([], ["fi", "sv", "en"]),
        "hours": ("", "24/7"),
    },
    "mieli-crisis-fi": {
        "hours": ("", "24/7"),
        "name_sv": ("MIELI Kristelefonen på finska", "MIELI rf:s kristelefon på finska"),
    },
    # MIELI's own Swedish usage (mieli.fi/sv: "MIELI rf:s kristelefon").
    "mieli-crisis-sv": {
        "name_sv": ("MIELI Kristelefonen på svenska", "MIELI rf:s kristelefon på svenska")
    },
    "mieli-crisis-en": {
        "name_sv": ("MIELI Kristelefonen på engelska", "MIELI rf:s kristelefon på engelska")
    },
}

PAIHDENEUVONTA = {
    "kind": "helpline",
    "name_fi": "Päihdeneuvonta (EHYT ry)",
    "name_sv": "Päihdeneuvonta – rådgivning om rusmedel (EHYT)",
    "name_en": "Päihdeneuvonta – substance use advice (EHYT)",
    "phone": "0800 900 45",
    "themes": ["substance-use"],
    # The languages it answers in are not in the sources: left for the coordinator.
    "languages": [],
    "web_address": "https://ehyt.fi/",
}


def update(apps, schema_editor, forward=True):
    ReferralTarget = apps.get_model("referrals", "ReferralTarget")
    for key, fields in UPDATES.items():
        target = ReferralTarget.objects.filter(key=key).first()
        if target is None:
            continue
        for field, (seeded, verified) in fields.items():
            old, new = (seeded, verified) if forward else (verified, seeded)
            if getattr(target, field) == old:
                setattr(target, field, new)
        target.save()
    if forward:
        ReferralTarget.objects.get_or_create(key="paihdeneuvonta", defaults=PAIHDENEUVONTA)
    else:
        ReferralTarget.objects.filter(key="paihdeneuvonta", verified_on__isnull=True).delete()


def backward(apps, schema_editor):
    update(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [("referrals", "0002_seed_helplines")]

    operations = [migrations.RunPython(update, backward)]
