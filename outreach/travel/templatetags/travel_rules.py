"""The rules in plain words, the distance estimate both ways, and the appeal address: one
definition each, for the info page, the request form, the status page and the e-mails."""

from django import template
from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from ..models import TravelRules
from ..models.rules import RuleNotFound
from ..pricing import estimated_car_km

register = template.Library()


@register.inclusion_tag("travel/_rules.html")
def travel_rules():
    """This year's rules from the rule table (what finance last saved), or nothing if missing."""
    try:
        return {"rules": TravelRules.for_date(timezone.localdate())}
    except RuleNotFound:
        return {"rules": None}


def _km(value):
    return f"{formats.number_format(value, 1)}\xa0km"


@register.simple_tag
def estimated_km(one_way_km, trips=2):
    """ "about 23,1 km one way, 46,2 km there and back": the estimate is one way, a claim counts
    every one-way trip, so both are shown together wherever the estimate is."""
    if one_way_km is None:
        return ""
    if int(trips) == 1:
        return _("about %(one_way)s one way") % {"one_way": _km(one_way_km)}
    return _("about %(one_way)s one way, %(total)s there and back") % {
        "one_way": _km(one_way_km),
        "total": _km(estimated_car_km(one_way_km, int(trips))),
    }


@register.simple_tag
def appeal_address():
    """Where a request for rectification is sent (TRAVEL_APPEAL_ADDRESS); empty until set."""
    return settings.TRAVEL_APPEAL_ADDRESS
