import re

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def quick_exit_url():
    """The neutral site the quick-exit control leaves to (setting ``THEME_QUICK_EXIT_URL``)."""
    return settings.THEME_QUICK_EXIT_URL


@register.filter
def tel_href(phone):
    """``09 2525 0111`` -> ``0925250111`` for a ``tel:`` link."""
    return re.sub(r"[^\d+]", "", phone)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)
