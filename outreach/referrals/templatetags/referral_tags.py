from django import template

from outreach.referrals.models import around_the_clock_note

register = template.Library()


@register.simple_tag
def around_the_clock(targets):
    """Who answers at night when the reader's own crisis line is closed (empty if nobody needs
    telling)."""
    return around_the_clock_note(targets)
