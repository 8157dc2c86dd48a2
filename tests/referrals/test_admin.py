"""Coordinators and editors keep the helplines up to date in the Wagtail admin."""

import datetime
import re

import pytest

from outreach.referrals.models import ReferralTarget

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/referrals/referraltarget/"


def edit_url(key):
    return f"{LIST_URL}edit/{ReferralTarget.objects.get(key=key).pk}/"


def form_data(target, **changes):
    data = {
        "name_fi": target.name_fi,
        "name_sv": target.name_sv,
        "name_en": target.name_en,
        "key": target.key,
        "kind": target.kind,
        "phone": target.phone,
        "hours": target.hours,
        "web_address": target.web_address,
        "languages": target.languages,
        "themes": target.themes,
        "municipalities": [],
        "verified_on": "",
        "active": "on",
    }
    data.update(changes)
    return data


def test_coordinator_corrects_a_number_and_marks_it_verified(client_as):
    client = client_as("coordinator")
    peluuri = ReferralTarget.objects.get(key="peluuri")
    assert b"Peluuri" in client.get(LIST_URL).content
    form = client.get(edit_url("peluuri")).content.decode()
    assert re.search(r"<input[^>]*value=\"gambling\"[^>]*checked", form), form[-3000:]

    response = client.post(
        edit_url("peluuri"),
        form_data(peluuri, phone="0800 100 102", verified_on="2026-11-20", languages=["fi", "sv"]),
    )

    assert response.status_code == 302
    peluuri.refresh_from_db()
    assert peluuri.phone == "0800 100 102"
    assert peluuri.verified_on == datetime.date(2026, 11, 20)
    assert peluuri.languages == ["fi", "sv"]
    assert peluuri.themes == ["gambling"]


def test_an_unknown_theme_is_refused_and_nothing_is_saved(client_as):
    client = client_as("editor")
    nollalinja = ReferralTarget.objects.get(key="nollalinja")
    response = client.post(
        edit_url("nollalinja"), form_data(nollalinja, phone="1", themes=["astrology"])
    )
    assert response.status_code == 200
    nollalinja.refresh_from_db()
    assert nollalinja.phone == "080 005 005"


@pytest.mark.parametrize("role, status", [("outreach_worker", 302), ("finance", 403)])
def test_other_roles_cannot_edit_helplines(client_as, role, status):
    response = client_as(role).get(edit_url("emergency"))
    assert response.status_code in (status, 302, 403)
    assert ReferralTarget.objects.get(key="emergency").phone == "112"


def test_the_dashboard_asks_to_verify_unchecked_helplines(client_as):
    client = client_as("coordinator")
    dashboard = client.get("/admin/").content.decode()
    assert "Tarkistettavat auttavat puhelimet" in dashboard
    assert "080 005 005" in dashboard

    ReferralTarget.objects.update(verified_on=datetime.date(2026, 11, 20))
    assert "Tarkistettavat auttavat puhelimet" not in client.get("/admin/").content.decode()


def test_finance_is_not_asked_to_verify_helplines(client_as):
    assert "080 005 005" not in client_as("finance").get("/admin/").content.decode()
