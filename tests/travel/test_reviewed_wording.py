"""What a resident reads on the travel form after the localisation review (2.2, 2.3)."""

import re

import pytest

from .helpers import step_one

pytestmark = pytest.mark.django_db


def option_labels(page, name):
    select = re.search(rf'<select name="{name}".*?</select>', page, re.S).group(0)
    return [
        label
        for value, label in re.findall(r'<option value="(\w*)"[^>]*>([^<]*)<', select)
        if value
    ]


def test_swedish_form_lists_municipalities_alphabetically_in_swedish(client):
    page = client.get("/sv/travel/request/").content.decode()
    labels = option_labels(page, "municipality")
    assert "Borgå" in labels
    assert labels == sorted(labels)  # Borgå under B, not between Mörskom and Pukkila
    assert "arbetstagare" not in page.lower()
    assert "popup-" not in page.lower()


def test_finnish_form_keeps_finnish_order(client):
    labels = option_labels(client.get("/fi/travel/request/").content.decode(), "municipality")
    assert labels == sorted(labels)
    assert "Porvoo" in labels


def test_english_estimate_speaks_of_a_copayment(client, visit_code):
    response, _state = step_one(client, visit_code, language="en")
    page = response.content.decode()
    assert "Estimated support" in page
    assert "Copayment" in page
    assert "elf-liability" not in page
    assert "The finance team checks every claim" in page
