"""The demo site as a Swedish reader in crisis sees it: the Swedish crisis number, Nollinjen and
the providers' Swedish names."""

import re

import pytest

from cms import models

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def page_html(client, model, language, query=""):
    page = model.objects.get(locale__language_code=language)
    return client.get(page.url + query).content.decode()


def test_swedish_directory_gives_the_swedish_crisis_number_and_swedish_providers(client):
    html = page_html(client, models.ServiceDirectoryPage, "sv", "?language=sv")
    cards = re.findall(r"<li>\s*<h3.*?</li>", html, flags=re.S)
    crisis = [card for card in cards if "Kristelefon" in card]
    assert len(crisis) == 1 and "09 2525 0112" in crisis[0]
    assert "MIELI Psykisk Hälsa Finland rf" in crisis[0]
    assert "Östra Nylands välfärdsområde" in html
    assert "Itä-Uudenmaan hyvinvointialue" not in html
    assert ">Nollinjen<" in html


def test_swedish_violence_page_names_nollinjen_and_the_quick_exit_button(client):
    page = models.ThemePage.objects.get(locale__language_code="sv", slug="vald-i-nara-relationer")
    html = client.get(page.url).content.decode()
    assert "Nollinjen hjälper" in html and "Nollalinja hjälper" not in html
    assert "Med knappen Lämna webbplatsen snabbt" in html


def test_finnish_substance_use_page_offers_a_substance_use_helpline(client):
    page = models.ThemePage.objects.get(locale__language_code="fi", slug="paihteet")
    html = client.get(page.url).content.decode()
    assert "Päihdeneuvonta (EHYT ry)" in html and "0800 900 45" in html
    assert html.count("Mistä saa apua") == 1
