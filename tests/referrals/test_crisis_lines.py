"""What a person in crisis reads: the line in their own language first, who answers at night,
a substance-use line after a risky self-test, and guidance worded as the county's reviewers
proposed (docs/crisis-texts.md)."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from outreach.themes.blocks import theme_block_choices
from outreach.themes.registry import get_theme

pytestmark = pytest.mark.django_db


def render(key, language):
    block = dict(theme_block_choices(include_disabled=True))[key]
    with translation.override(language):
        return block.render(block.get_default())


def names(html):
    return re.findall(r'class="referral-name">([^<]+)<', html)


def test_a_swedish_reader_sees_the_swedish_crisis_line_first_and_who_answers_at_night():
    html = render("mental_health_referrals", "sv")
    assert names(html)[0] == "MIELI rf:s kristelefon på svenska"
    assert names(html).index("MIELI rf:s kristelefon på finska") > 0
    assert names(html)[-1] == "Nödnumret 112"
    assert "dygnet runt" in html and "Nollinjen (080 005 005)" in html


def test_a_finnish_reader_sees_the_finnish_line_first_open_around_the_clock():
    html = render("mental_health_referrals", "fi")
    assert names(html)[0] == "MIELI Kriisipuhelin suomeksi"
    assert '<span class="referral-hours">24/7</span>' in html
    assert "ympäri vuorokauden" not in html  # no night note: the reader's own line is open


def test_nollinjen_is_named_in_swedish_and_serves_three_languages():
    html = render("violence_referrals", "sv")
    assert names(html) == ["Nollinjen", "Nödnumret 112"]
    assert "Nollalinja" not in html
    assert "Språk: finska, svenska, engelska" in html
    assert '<span class="referral-hours">24/7</span>' in html


def test_the_site_wide_helplines_follow_the_reader_language():
    with translation.override("sv"):
        html = Template("{% load cms_tags %}{% helplines %}").render(Context())
    strong = re.findall(r"<strong[^>]*>([^<]+)</strong>", html)
    assert strong.index("MIELI rf:s kristelefon på svenska") < strong.index(
        "MIELI rf:s kristelefon på finska"
    )
    assert "Nollinjen" in strong


def test_a_risky_audit_c_result_offers_a_substance_use_line_not_only_112():
    html = render("substance_use_audit_c", "fi")
    help_part = html.split("data-result-help", 1)[1]
    assert "Päihdeneuvonta (EHYT ry)" in help_part and 'href="tel:080090045"' in help_part
    assert "Hätänumero 112" not in help_part
    assert "Mistä saa apua" not in help_part  # the page's own help list carries that heading
    assert "Puhu tuloksestasi" in help_part


def test_the_substance_use_page_lists_the_substance_use_line_before_112():
    assert names(render("substance_use_referrals", "fi")) == [
        "Päihdeneuvonta (EHYT ry)",
        "Hätänumero 112",
    ]


def guidance(slug, rule_id, language):
    rule = next(r for r in get_theme(slug).guidance if r.id == rule_id)
    with translation.override(language):
        return rule.to_json()


def test_suicide_guidance_names_suicidal_thoughts_in_finnish():
    data = guidance("mental-health", "mental-health-suicidal", "fi")
    assert "itsemurha-ajatuksia" in data["text"]
    assert "itsensä vahingoittamista" not in data["text"]
    assert data["title"].startswith("Itsemurha-ajatukset")
    assert (
        "MIELI rf:s kristelefon"
        in guidance("mental-health", "mental-health-suicidal", "sv")["text"]
    )


@pytest.mark.parametrize(
    "language, duty",
    [
        ("fi", "velvollisuus tehdä lastensuojeluilmoitus"),
        ("sv", "välfärdsområdets barnskydd (barnskyddslagen 25 §)"),
        ("en", "You are obliged to make a child welfare notification"),
    ],
)
def test_child_welfare_guidance_states_the_statutory_duty(language, duty):
    text = guidance("violence", "violence-children", language)["text"]
    assert duty in text
    assert "25 §" in text or "section 25" in text


def test_safe_browsing_uses_short_sentences_and_the_plain_emergency_line():
    html = render("violence_safe_browsing", "sv")
    assert "Ring 112 i nödsituationer." in html
    assert "radera bara den här webbplatsen." in html
    assert "In an emergency, call 112." in render("violence_safe_browsing", "en")
