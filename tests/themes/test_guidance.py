"""Guidance rules: the JSON the worker app evaluates offline, and the rules the four themes ship."""

import pytest
from django.utils import translation

from outreach.referrals.models import ReferralTarget
from outreach.themes.guidance import applicable_guidance
from outreach.themes.registry import all_themes, get_theme


def rule(slug, rule_id):
    return next(r for r in get_theme(slug).guidance if r.id == rule_id)


def test_rule_json_is_the_shape_the_worker_app_reads():
    with translation.override("en"):
        data = rule("violence", "violence-children").to_json()
    assert data == {
        "id": "violence-children",
        "theme": "violence",
        "when": {"field": "children_in_household", "value": True},
        "title": "Children in a home with violence",
        "text": data["text"],
        "referrals": ["nollalinja", "emergency"],
        "urgent": False,
    }
    assert "child welfare notification" in data["text"]


def test_suicidal_thoughts_bring_urgent_crisis_guidance_in_every_language():
    mental_health = get_theme("mental-health")
    shown = applicable_guidance(mental_health, {"topic": ["anxiety", "suicidal_thoughts"]})
    assert [r.id for r in shown] == ["mental-health-suicidal"]
    assert shown[0].urgent
    assert {"mieli-crisis-fi", "mieli-crisis-sv", "mieli-crisis-en", "emergency"} <= set(
        shown[0].referrals
    )
    for language, word in [("fi", "112"), ("sv", "112"), ("en", "112")]:
        with translation.override(language):
            assert word in shown[0].to_json()["text"]
    with translation.override("sv"):
        assert shown[0].to_json()["title"] == "Självmordstankar: agera nu"


def test_urgent_rules_come_first():
    shown = applicable_guidance(
        get_theme("mental-health"), {"topic": ["crisis", "suicidal_thoughts"]}
    )
    assert [r.id for r in shown] == ["mental-health-suicidal", "mental-health-crisis"]


@pytest.mark.parametrize(
    "slug, answers, expected",
    [
        ("violence", {"children_in_household": True}, ["violence-children"]),
        ("violence", {"children_in_household": False}, []),
        ("violence", {"role": "experienced"}, ["violence-safety"]),
        ("gambling", {"money_problems": True}, ["gambling-money-problems"]),
        ("gambling", {"game_type": ["lotteries", "online_casino"]}, ["gambling-online-casino"]),
        ("substance-use", {"substance": ["other_drugs"]}, ["substance-use-overdose"]),
        ("substance-use", {"substance": ["alcohol"]}, ["substance-use-alcohol-test"]),
        ("mental-health", {}, []),
    ],
)
def test_answers_trigger_their_guidance(slug, answers, expected):
    assert [r.id for r in applicable_guidance(get_theme(slug), answers)] == expected


def test_every_theme_has_guidance_in_its_schema():
    for theme in all_themes():
        schema = theme.schema_json()
        assert all(item["theme"] == theme.slug for item in schema["guidance"])
    assert get_theme("violence").schema_json()["quick_exit"] is True


@pytest.mark.django_db
def test_every_referral_a_rule_names_is_seeded_and_active():
    seeded = set(ReferralTarget.objects.filter(active=True).values_list("key", flat=True))
    named = {key for theme in all_themes() for r in theme.guidance for key in r.referrals}
    assert named and named <= seeded
