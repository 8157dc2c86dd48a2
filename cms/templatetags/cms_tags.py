from django import template
from wagtail.models import Locale

from cms.models import Footer, HomePage
from outreach.referrals.models import ReferralTarget

register = template.Library()


@register.filter
def translation_in(page, language_code):
    """The live translation of ``page`` in ``language_code``, or ``None``."""
    return (
        page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=language_code)
        .first()
    )


def _home():
    return HomePage.objects.filter(locale=Locale.get_active()).live().first()


@register.inclusion_tag("cms/includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The home page of the active language and its children marked "show in menus"."""
    home = _home()
    items = home.get_children().live().in_menu().specific() if home else []
    return {"home": home, "items": items, "current": context.get("page")}


@register.inclusion_tag("cms/includes/footer.html")
def site_footer():
    return {"footer": Footer.for_active_language()}


@register.inclusion_tag("cms/includes/helplines.html")
def helplines():
    """Helplines from the referral data, so a changed number is changed everywhere at once."""
    return {
        "helplines": ReferralTarget.objects.filter(
            kind=ReferralTarget.Kind.HELPLINE, active=True
        ).exclude(phone="")
    }
