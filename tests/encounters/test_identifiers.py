import pytest
from django.utils import translation

from outreach.encounters.identifiers import find_identifiers


@pytest.mark.parametrize(
    "text",
    [
        "131052-308T",  # the example in Finnish official guidance
        "hetu 010594Y9021",  # the new century signs from 2023
        "020202A0202 on koodi",
    ],
)
def test_personal_identity_codes_with_a_valid_check_character(text):
    assert [str(k) for k in find_identifiers(text)] == ["a personal identity code"]


def test_a_wrong_check_character_is_not_an_identity_code():
    assert find_identifiers("131052-308X") == []


@pytest.mark.parametrize("text", ["040 123 4567", "+358 40 1234567", "(09) 2525 0111"])
def test_phone_numbers(text):
    assert [str(k) for k in find_identifiers(text)] == ["a phone number"]


def test_email_addresses():
    assert [str(k) for k in find_identifiers("kirjoita minna.m@example.fi")] == [
        "an e-mail address"
    ]


@pytest.mark.parametrize("text", ["", "Puhuttiin yksinäisyydestä 20 min", "klo 14.30, 3 henkeä"])
def test_ordinary_notes_pass(text):
    assert find_identifiers(text) == []


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield
