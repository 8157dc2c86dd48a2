"""Helplines from the product brief arrive as editable data, unverified until someone checks."""

import pytest

from outreach.referrals.models import ReferralTarget, referral_targets_json

pytestmark = pytest.mark.django_db


def test_helplines_of_the_brief_are_seeded_with_their_numbers():
    phones = dict(ReferralTarget.objects.values_list("key", "phone"))
    assert phones == {
        "emergency": "112",
        "mieli-crisis-fi": "09 2525 0111",
        "mieli-crisis-sv": "09 2525 0112",
        "mieli-crisis-en": "09 2525 0116",
        "peluuri": "0800 100 101",
        "nollalinja": "080 005 005",
        "paihdeneuvonta": "0800 900 45",
    }
    # Nobody has verified them yet: the admin must not claim otherwise.
    assert not ReferralTarget.objects.filter(verified_on__isnull=False).exists()


def test_the_crisis_line_in_each_language_can_be_picked_offline():
    by_language = {
        tuple(t["languages"]): t for t in referral_targets_json() if "mental-health" in t["themes"]
    }
    assert by_language[("sv",)]["phone"] == "09 2525 0112"
    assert by_language[("sv",)]["names"]["sv"] == "MIELI rf:s kristelefon på svenska"
