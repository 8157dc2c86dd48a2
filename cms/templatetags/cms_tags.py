from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from cms.models import Footer, HomePage
from outreach.language import reader_language
from outreach.referrals.models import ReferralTarget, in_reader_language_order

register = template.Library()


@register.filter
def translation_in(page, language_code):
    """The live translation of ``page`` in ``language_code``, or ``None``."""
    return page.translations_by_language.get(language_code)


def _locale_id(context):
    page = context.get("page")
    return page.locale_id if page is not None else Locale.get_active().pk


@register.inclusion_tag("cms/includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The home page of the page's language and its children marked "show in menus"."""
    home = HomePage.objects.filter(locale_id=_locale_id(context)).live().first()
    items = home.get_children().live().in_menu() if home else []
    return {"home": home, "items": items, "current": context.get("page")}


@register.inclusion_tag("cms/includes/footer.html", takes_context=True)
def site_footer(context):
    return {"footer": Footer.for_locale(_locale_id(context))}


@register.inclusion_tag("cms/includes/helplines.html")
def helplines():
    """Helplines from the referral data, so a changed number is changed everywhere at once."""
    lines = ReferralTarget.objects.filter(kind=ReferralTarget.Kind.HELPLINE, active=True)
    return {"helplines": in_reader_language_order(lines.exclude(phone=""))}


@register.filter
def lang_if_fallback(obj, field="name"):
    """` lang="fi"` when ``obj`` has no ``<field>_<language>`` of the active language and shows
    the Finnish one instead, so screen readers pronounce it as Finnish (WCAG 3.1.2)."""
    language = reader_language()
    if language == "fi" or getattr(obj, f"{field}_{language}", None):
        return ""
    return mark_safe(' lang="fi"')
