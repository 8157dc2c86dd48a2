"""Theme blocks on public pages: self-tests that never send answers, helplines from the admin,
quick exit and safe-browsing advice, and the StreamField the CMS puts them in."""

import re

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.blocks import RichTextBlock

from outreach.referrals.models import ReferralTarget
from outreach.themes.blocks import ThemeStreamField, theme_block_choices

pytestmark = pytest.mark.django_db


def render(key, language="fi", **value):
    block = dict(theme_block_choices(include_disabled=True))[key]
    data = {**block.get_default(), **value} if value else block.get_default()
    with translation.override(language):
        return block.render(data)


def assert_no_inline_code(html):
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert "<style" not in html and " style=" not in html


def test_audit_c_asks_three_questions_with_sex_specific_limits():
    html = render("substance_use_audit_c", "sv")
    assert "Självtest om alkohol (AUDIT-C)" in html
    assert html.count('class="self-test-question" data-question') == 4  # sex + three questions
    assert re.findall(r'<input[^>]*data-threshold="(\d+)"', html) == ["5", "6", "5"]
    assert_no_inline_code(html)


def test_editors_can_set_the_audit_c_limits():
    html = render("substance_use_audit_c", threshold_women=4, threshold_men=5)
    assert re.findall(r'<input[^>]*data-threshold="(\d+)"', html) == ["4", "5", "4"]


@pytest.mark.parametrize("key", ["substance_use_audit_c", "gambling_lie_bet"])
def test_self_tests_cannot_send_answers(key):
    html = render(key, "en")
    form = re.search(r"<form[^>]*>", html).group(0)
    assert "action=" not in form and "method=" not in form
    # Without JavaScript the button stays hidden, so the form cannot be submitted at all.
    assert re.search(r"<button[^>]*data-self-test-submit[^>]*hidden", html)
    assert "not sent anywhere or stored" in html
    assert_no_inline_code(html)


def test_lie_bet_asks_two_yes_no_questions():
    html = render("gambling_lie_bet", "fi")
    assert html.count("data-question") == 2
    assert "Peluuri" in html  # its helpline, from the admin data, with the result


def test_helplines_of_a_theme_come_from_the_admin_data():
    ReferralTarget.objects.filter(key="emergency").update(hours="24/7")
    html = render("violence_referrals", "sv")
    names = re.findall(r'class="referral-name">([^<]+)<', html)
    assert names == ["Nollinjen", "Nödnumret 112"]
    assert 'href="tel:080005005"' in html

    ReferralTarget.objects.filter(key="nollalinja").update(active=False)
    assert "Nollinjen" not in render("violence_referrals", "sv")


@override_settings(THEME_QUICK_EXIT_URL="https://weather.example/")
def test_quick_exit_and_safe_browsing_blocks():
    html = render("violence_quick_exit", "en")
    assert 'data-exit-url="https://weather.example/"' in html
    assert "Leave this site quickly" in html and "Esc" in html
    assert 'src="/static/themes/quick-exit.js"' in html
    assert_no_inline_code(html)
    advice = render("violence_safe_browsing", "fi")
    assert "112" in advice
    assert_no_inline_code(advice)


def test_the_quick_exit_include_renders_on_its_own():
    from django.template.loader import render_to_string

    with translation.override("sv"):
        html = render_to_string("themes/quick_exit.html")
    assert "data-quick-exit" in html and "Esc" in html


def test_theme_blocks_stay_out_of_migrations():
    field = ThemeStreamField([("text", RichTextBlock())], blank=True)
    _name, path, args, kwargs = field.deconstruct()
    assert path == "outreach.themes.blocks.ThemeStreamField"
    assert [name for name, _index in args[0]] == ["text"]
    assert {"text", "violence_quick_exit", "substance_use_audit_c"} <= set(
        field.stream_block.child_blocks
    )


@override_settings(DISABLED_THEMES=["gambling"])
def test_a_disabled_themes_blocks_render_but_cannot_be_added():
    assert "gambling_lie_bet" not in dict(theme_block_choices())
    field = ThemeStreamField([("text", RichTextBlock())], blank=True)
    assert "gambling_lie_bet" in field.stream_block.child_blocks
    assert field.stream_block.meta.block_counts["gambling_lie_bet"] == {"max_num": 0}
    assert "violence_quick_exit" not in field.stream_block.meta.block_counts
